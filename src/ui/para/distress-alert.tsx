import { createSignal, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { recordStaffResponse } from '../../db/repos/para-records';
import { scaleById } from '../../db/repos/scale-reads';
import { alertLevelsOf, ratingsAwaitingResponse } from '../../domain/distress';
import { type AppEvent, NOTE_MAX_LENGTH, type StaffResponse } from '../../domain/events';
import type { Student } from '../../domain/people';
import { levelOf, type ScaleAssignment, SWATCH_INK, SWATCHES } from '../../domain/scales';
import { locale, t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/**
 * A rating at a level the teacher marks comes to the para bar at once, with the response every
 * adult gives at that level, and stays until the adult says what they did (one tap when it was the
 * planned response). Outside the bar's foldable body, so a folded bar still shows it.
 */
export function DistressAlert(props: {
  student: Student;
  assignment: ScaleAssignment;
  events: readonly AppEvent[];
}) {
  const awaiting = () => ratingsAwaitingResponse(props.events, alertLevelsOf(props.assignment));
  const newest = () => awaiting()[0];
  const scale = useLive(
    () => newest()?.scaleId,
    (id) => (id ? scaleById(db, id) : Promise.resolve(undefined)),
  );
  const level = () => {
    const rating = newest();
    const shown = scale();
    return rating && shown ? levelOf(shown, rating.level) : undefined;
  };
  const [describing, setDescribing] = createSignal(false);
  const [note, setNote] = createSignal('');
  const { busy, status, save } = useSave();
  const time = (at: number) =>
    new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit' }).format(at);

  const respond = async (response: StaffResponse) => {
    const ratings = awaiting().map((rating) => rating.id);
    await save(
      () =>
        recordStaffResponse(
          db,
          adultSession(),
          props.student.id,
          { ratings, response, ...(response === 'other' ? { note: note() } : {}) },
          clock.now(),
        ),
      t('distress.recorded'),
    );
    if (status()?.kind === 'done') {
      setDescribing(false);
      setNote('');
    }
  };

  return (
    <>
      <Show when={newest() && level()}>
        {(at) => (
          <section class="distress-alert" role="alert" aria-labelledby="distress-title">
            <h3 id="distress-title">
              <span
                class="level-chip-number"
                style={{ background: SWATCHES[at().colour], color: SWATCH_INK }}
                aria-hidden="true"
              >
                {at().level}
              </span>{' '}
              {t('distress.rated', {
                name: props.student.name,
                level: at().level,
                label: at().label,
                time: time(newest()?.at ?? 0),
              })}
            </h3>
            <p class="distress-response">
              {t('distress.response', { response: at().staffResponse || t('todayScale.noResponse') })}
            </p>
            <Show
              when={describing()}
              fallback={
                <div class="distress-actions">
                  <button
                    type="button"
                    class="button primary big"
                    disabled={busy()}
                    onClick={() => void respond('planned')}
                  >
                    {t('distress.gavePlanned')}
                  </button>
                  <button type="button" class="button" onClick={() => setDescribing(true)}>
                    {t('distress.didOther')}
                  </button>
                </div>
              }
            >
              <form
                class="note-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void respond('other');
                }}
              >
                <label for="distress-note">{t('distress.whatYouDid')}</label>
                <input
                  id="distress-note"
                  required
                  maxLength={NOTE_MAX_LENGTH}
                  value={note()}
                  onInput={(event) => setNote(event.currentTarget.value)}
                />
                <button type="submit" class="button primary" disabled={busy()}>
                  {t('distress.saveOther')}
                </button>
              </form>
            </Show>
          </section>
        )}
      </Show>
      <StatusLine status={status()} />
    </>
  );
}
