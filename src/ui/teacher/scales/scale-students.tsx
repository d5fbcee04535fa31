import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listScales } from '../../../db/repos/scale-reads';
import { assignScale } from '../../../db/repos/scales';
import { listStudents } from '../../../db/repos/student-reads';
import { alertLevelsOf, DEFAULT_ALERT_LEVELS } from '../../../domain/distress';
import { SCALE_LEVELS, type ScaleLevel } from '../../../domain/events';
import type { Student } from '../../../domain/people';
import type { FivePointScale } from '../../../domain/scales';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/**
 * Which scale each student rates on, whether they check in with it as the day starts, and the
 * levels whose rating alerts the adult beside them on the para bar.
 */
export function ScaleStudents() {
  const students = useLive(() => listStudents(db));
  const scales = useLive(() => listScales(db));
  return (
    <section class="panel" aria-labelledby="scale-students-title">
      <h2 id="scale-students-title">{t('scales.studentsTitle')}</h2>
      <p class="hint">{t('scales.studentsHint')}</p>
      <Show when={(students() ?? []).length > 0} fallback={<p class="empty">{t('scales.noStudents')}</p>}>
        <ul class="scale-students">
          {/* Keyed by id: a save brings the student back as a new object, and the form keeps its state. */}
          <For each={(students() ?? []).map((student) => student.id)}>
            {(id) => (
              <Show when={students()?.find((student) => student.id === id)}>
                {(student) => <StudentScale student={student()} scales={scales() ?? []} />}
              </Show>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function StudentScale(props: { student: Student; scales: readonly FivePointScale[] }) {
  // The form starts from what is saved; later updates of the student are this form's own saves.
  const saved = props.student.scale;
  const [scaleId, setScaleId] = createSignal<string>(saved?.scaleId ?? '');
  const [checkIn, setCheckIn] = createSignal(saved?.checkInAtStart ?? true);
  const [alertLevels, setAlertLevels] = createSignal<readonly ScaleLevel[]>(
    saved ? alertLevelsOf(saved) : DEFAULT_ALERT_LEVELS,
  );
  const toggleAlert = (level: ScaleLevel, on: boolean) =>
    setAlertLevels(SCALE_LEVELS.filter((each) => (each === level ? on : alertLevels().includes(each))));
  const { status, save: runSave } = useSave();
  const name = () => props.student.name;
  const prefix = `student-scale-${props.student.id}`;

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const scale = props.scales.find((candidate) => candidate.id === scaleId());
    await runSave(
      () =>
        assignScale(
          db,
          adultSession(),
          props.student.id,
          scale
            ? { scaleId: scale.id, checkInAtStart: checkIn(), alertLevels: [...alertLevels()] }
            : undefined,
          clock.now(),
        ),
      scale
        ? t('scales.assigned', { name: name(), scale: scale.name })
        : t('scales.unassigned', { name: name() }),
    );
  };

  return (
    <li class="scale-student">
      <form class="scale-student-form" onSubmit={save}>
        <div class="scale-field">
          <label for={`${prefix}-scale`}>{t('scales.scaleFor', { name: name() })}</label>
          <select
            id={`${prefix}-scale`}
            value={scaleId()}
            onChange={(event) => setScaleId(event.currentTarget.value)}
          >
            <option value="">{t('scales.noScale')}</option>
            <For each={props.scales}>{(scale) => <option value={scale.id}>{scale.name}</option>}</For>
          </select>
        </div>
        <Show when={scaleId()}>
          <label class="scale-check">
            <input
              type="checkbox"
              checked={checkIn()}
              onChange={(event) => setCheckIn(event.currentTarget.checked)}
            />
            {t('scales.checkInAtStart')}
          </label>
          <fieldset class="scale-alert-levels">
            <legend>{t('scales.alertLevels')}</legend>
            <For each={SCALE_LEVELS}>
              {(level) => (
                <label class="scale-check">
                  <input
                    type="checkbox"
                    checked={alertLevels().includes(level)}
                    onChange={(event) => toggleAlert(level, event.currentTarget.checked)}
                  />
                  {level}
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <button type="submit" class="button primary">
          {t('scales.saveFor', { name: name() })}
        </button>
      </form>
      <StatusLine status={status()} />
    </li>
  );
}
