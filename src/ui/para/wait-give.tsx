import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { endWait, startWait } from '../../db/repos/para-records';
import type { AppEvent } from '../../domain/events';
import type { Student } from '../../domain/people';
import { currentWait, WAIT_CHOICES } from '../../domain/waiting';
import { locale, t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

const lengthWords = (seconds: number) =>
  seconds < 60 ? t('wait.seconds', { seconds }) : t('wait.minutes', { minutes: seconds / 60 });

/**
 * A wait for the student, with one tap on its length: a "wait" card with its own timer comes in
 * front of their day, and the day comes back when it is over, or when the adult ends it.
 */
export function WaitGive(props: { student: Student; events: readonly AppEvent[]; now: number }) {
  const { busy, status, save } = useSave();
  const wait = () => currentWait(props.events, props.now);
  const time = (at: number) =>
    new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit' }).format(at);
  return (
    <div class="para-wait">
      <Show
        when={wait()}
        fallback={
          <fieldset class="board-buttons">
            <legend>{t('wait.give', { name: props.student.name })}</legend>
            <For each={WAIT_CHOICES}>
              {(seconds) => (
                <button
                  type="button"
                  class="button"
                  disabled={busy()}
                  onClick={() =>
                    void save(() => startWait(db, adultSession(), props.student.id, seconds, clock.now()))
                  }
                >
                  {lengthWords(seconds)}
                </button>
              )}
            </For>
          </fieldset>
        }
      >
        {(running) => (
          <p>
            <span class="today-now">
              {t('wait.running', { name: props.student.name, time: time(running().endsAt) })}
            </span>{' '}
            <button
              type="button"
              class="button"
              disabled={busy()}
              onClick={() =>
                void save(() => endWait(db, adultSession(), props.student.id, running().id, clock.now()))
              }
            >
              {t('wait.end')}
            </button>
          </p>
        )}
      </Show>
      <StatusLine status={status()} />
    </div>
  );
}
