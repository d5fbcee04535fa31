import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { recordObservation } from '../../../db/repos/observations';
import type { ObservationMade } from '../../../domain/events';
import type { StaffId } from '../../../domain/ids';
import {
  FEEDBACK_MAX_LENGTH,
  OBSERVATION_MARKS,
  OBSERVATION_POINTS,
  type ObservationMark,
  type ObservationPoint,
  observationTally,
} from '../../../domain/observation';
import type { AdultSession, Staff, Student } from '../../../domain/people';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { dayWords } from '../../components/plan-words';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/** The week's observations in a line each: who, when, the tally and the feedback. */
export function ObservationList(props: {
  observations: readonly ObservationMade[];
  nameOf: (id: StaffId) => string;
}) {
  return (
    <Show when={props.observations.length > 0} fallback={<p>{t('observe.none')}</p>}>
      <ul class="fidelity-lines">
        <For each={props.observations}>
          {(observation) => (
            <li>
              {t('observe.line', {
                date: dayWords(schoolDayOf(observation.at)),
                name: props.nameOf(observation.observed),
                ...observationTally(observation),
              })}
              <Show when={observation.feedback}>{(words) => <> — “{words()}”</>}</Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/**
 * The teacher's checklist while watching an adult with the student: each point of the plan done,
 * not done or not seen, and the feedback given afterwards.
 */
export function ObservationForm(props: {
  student: Student;
  session: AdultSession;
  staff: readonly Pick<Staff, 'id' | 'name'>[];
}) {
  const [observed, setObserved] = createSignal('');
  const [marks, setMarks] = createSignal<Partial<Record<ObservationPoint, ObservationMark>>>({});
  const [feedback, setFeedback] = createSignal('');
  const { busy, status, save } = useSave();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    await save(
      () =>
        recordObservation(
          db,
          props.session,
          props.student.id,
          { observed: observed(), marks: marks(), ...(feedback().trim() ? { feedback: feedback() } : {}) },
          clock.now(),
        ),
      t('observe.saved'),
    );
    if (status()?.kind === 'done') {
      setMarks({});
      setFeedback('');
    }
  };
  return (
    <details class="observe no-print">
      <summary>{t('observe.open', { name: props.student.name })}</summary>
      <form class="form" onSubmit={submit}>
        <label for="observe-adult">{t('observe.adult')}</label>
        <select
          id="observe-adult"
          required
          value={observed()}
          onChange={(e) => setObserved(e.currentTarget.value)}
        >
          <option value="">{t('observe.chooseAdult')}</option>
          <For each={props.staff}>{(member) => <option value={member.id}>{member.name}</option>}</For>
        </select>
        <For each={OBSERVATION_POINTS}>
          {(point) => (
            <fieldset class="copy-mode">
              <legend>{t(`observe.point.${point}`)}</legend>
              <For each={OBSERVATION_MARKS}>
                {(mark) => (
                  <label>
                    <input
                      type="radio"
                      name={`observe-${point}`}
                      checked={marks()[point] === mark}
                      onChange={() => setMarks({ ...marks(), [point]: mark })}
                    />
                    {t(`observe.mark.${mark}`)}
                  </label>
                )}
              </For>
            </fieldset>
          )}
        </For>
        <label for="observe-feedback">{t('observe.feedback')}</label>
        <textarea
          id="observe-feedback"
          maxLength={FEEDBACK_MAX_LENGTH}
          value={feedback()}
          onInput={(e) => setFeedback(e.currentTarget.value)}
        />
        <button type="submit" class="button primary" disabled={busy()}>
          {t('observe.save')}
        </button>
      </form>
      <StatusLine status={status()} />
    </details>
  );
}
