import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { recordNeeds } from '../../db/repos/para-records';
import { type AppEvent, NOTE_MAX_LENGTH } from '../../domain/events';
import { NEED_ANSWERS, type Need, type NeedAnswer, needsOfDay } from '../../domain/needs';
import type { Student } from '../../domain/people';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/**
 * The start-of-day needs check-in on the para bar: the items the teacher chose, answered with a
 * tap each, from what the para saw or the family's note; then its answers stay on the bar all day.
 */
export function NeedsCheckIn(props: {
  student: Student;
  items: readonly Need[];
  events: readonly AppEvent[];
}) {
  const noted = () => needsOfDay(props.events);
  const [editing, setEditing] = createSignal(false);
  const [answers, setAnswers] = createSignal<Partial<Record<Need, NeedAnswer>>>({});
  const [fromFamily, setFromFamily] = createSignal(false);
  const [note, setNote] = createSignal('');
  const { busy, status, save } = useSave();
  const answerWords = (answer: NeedAnswer) => t(`needs.answer.${answer}`);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    await save(
      () =>
        recordNeeds(
          db,
          adultSession(),
          props.student.id,
          { answers: answers(), fromFamily: fromFamily(), ...(note().trim() ? { note: note() } : {}) },
          clock.now(),
        ),
      t('needs.saved'),
    );
    if (status()?.kind === 'done') setEditing(false);
  };

  return (
    <section class="para-needs" aria-labelledby="needs-title">
      <h3 id="needs-title">{t('needs.title', { name: props.student.name })}</h3>
      <Show
        when={!editing() && noted()}
        fallback={
          <form class="note-form" onSubmit={submit}>
            <For each={props.items}>
              {(need) => (
                <fieldset class="board-buttons">
                  <legend>{t(`needs.item.${need}`)}</legend>
                  <For each={NEED_ANSWERS}>
                    {(answer) => (
                      <button
                        type="button"
                        class="button"
                        aria-pressed={answers()[need] === answer}
                        onClick={() => setAnswers({ ...answers(), [need]: answer })}
                      >
                        {answerWords(answer)}
                      </button>
                    )}
                  </For>
                </fieldset>
              )}
            </For>
            <label class="para-check">
              <input
                type="checkbox"
                checked={fromFamily()}
                onChange={(event) => setFromFamily(event.currentTarget.checked)}
              />
              {t('needs.fromFamily')}
            </label>
            <label for="needs-note">{t('needs.note')}</label>
            <input
              id="needs-note"
              maxLength={NOTE_MAX_LENGTH}
              value={note()}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
            <button
              type="submit"
              class="button primary"
              disabled={busy() || Object.keys(answers()).length === 0}
            >
              {t('needs.save')}
            </button>
          </form>
        }
      >
        {(today) => (
          <>
            <ul class="needs-answers">
              <For each={props.items.filter((need) => today().answers[need] !== undefined)}>
                {(need) => (
                  <li>
                    {t(`needs.item.${need}`)}:{' '}
                    <strong>{answerWords(today().answers[need] ?? 'not-known')}</strong>
                  </li>
                )}
              </For>
            </ul>
            <Show when={today().note}>{(words) => <p>{words()}</p>}</Show>
            <Show when={today().fromFamily}>
              <p class="hint">{t('needs.fromFamilyNoted')}</p>
            </Show>
            <button
              type="button"
              class="button"
              onClick={() => {
                setAnswers(today().answers);
                setFromFamily(today().fromFamily);
                setNote(today().note ?? '');
                setEditing(true);
              }}
            >
              {t('needs.change')}
            </button>
          </>
        )}
      </Show>
      <StatusLine status={status()} />
    </section>
  );
}
