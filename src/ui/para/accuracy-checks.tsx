import './accuracy-checks.css';
import '../../i18n/kiosk-self-check';
import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { useSchoolDay } from '../../app/school-day';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import {
  checkOutcomes,
  type PendingCheck,
  pendingChecks,
  recordAdultCheck,
} from '../../db/repos/self-checks';
import type { SelfCheckAnswer } from '../../domain/events';
import type { Student } from '../../domain/people';
import { locale, type MessageKey, t } from '../../i18n';
import { AnswerButtons, answerWords } from '../components/answer-buttons';
import { StatusLine } from '../components/status-line';
import { useNow } from '../components/use-now';
import { useSave } from '../components/use-save';

/** Often enough that a lapsed check leaves the screen within seconds of its next interval. */
const LAPSE_TICK_MS = 5000;

const timeOf = (at: number) =>
  new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit' }).format(at);
const adultText = (key: MessageKey, params?: Record<string, string | number>) => t(key, params);

/**
 * The accuracy checks an adult is asked for: the question, the step and the moment, answered from
 * what the adult saw, without the student's answer, which shows only once the adult has answered.
 * Unanswered checks lapse (see checkLapse) rather than pile up.
 */
export function AccuracyChecks(props: { student: Student }) {
  const day = useSchoolDay();
  const studentId = () => props.student.id;
  const pending = useLive(
    () => [studentId(), day()] as const,
    ([id, today]) => pendingChecks(db, id, today),
  );
  const outcomes = useLive(
    () => [studentId(), day()] as const,
    ([id, today]) => checkOutcomes(db, id, today),
  );
  // A check on an interval lapses when its next interval comes, answered or not.
  const now = useNow(LAPSE_TICK_MS);
  const open = () =>
    (pending() ?? []).filter((check) => check.lapsesAt === undefined || now() < check.lapsesAt);
  const { busy, status, save } = useSave();
  const name = () => props.student.name;
  const matched = () => (outcomes() ?? []).filter((outcome) => outcome.matched).length;

  const check = async (pendingCheck: PendingCheck, answer: SelfCheckAnswer) => {
    await save(
      async () => {
        const { tokenGiven } = await recordAdultCheck(
          db,
          adultSession(),
          props.student.id,
          pendingCheck.answerEvent,
          answer,
          clock.now(),
        );
        const outcome = (await checkOutcomes(db, props.student.id, day())).find(
          (each) => each.answerEvent === pendingCheck.answerEvent,
        );
        return { tokenGiven, outcome };
      },
      ({ tokenGiven, outcome }) => {
        if (!outcome) return undefined;
        const student = answerWords(outcome.studentAnswer, adultText);
        const words = outcome.matched
          ? t('checks.match', { name: name(), answer: student })
          : t('checks.mismatch', {
              name: name(),
              student,
              adult: answerWords(outcome.adultAnswer, adultText),
            });
        return tokenGiven ? `${words} ${t('checks.tokenGiven', { name: name() })}` : words;
      },
    );
  };

  return (
    <Show when={open().length > 0 || (outcomes() ?? []).length > 0}>
      <div class="accuracy-checks">
        <h3>{t('checks.title')}</h3>
        <Show when={open().length > 0}>
          <p class="hint">{t('checks.hint', { name: name() })}</p>
        </Show>
        <For each={open()}>
          {(pendingCheck) => (
            <fieldset class="accuracy-check">
              <legend>
                {pendingCheck.stepLabel
                  ? t('checks.promptStep', {
                      question: pendingCheck.question,
                      name: name(),
                      step: pendingCheck.stepLabel,
                      time: timeOf(pendingCheck.at),
                    })
                  : t('checks.prompt', {
                      question: pendingCheck.question,
                      name: name(),
                      time: timeOf(pendingCheck.at),
                    })}
              </legend>
              <AnswerButtons
                kind={pendingCheck.kind}
                text={adultText}
                size="small"
                disabled={busy()}
                onAnswer={(answer) => void check(pendingCheck, answer)}
              />
            </fieldset>
          )}
        </For>
        <StatusLine status={status()} />
        <Show when={(outcomes() ?? []).length > 0}>
          <p>{t('checks.accuracy', { matched: matched(), checked: (outcomes() ?? []).length })}</p>
        </Show>
      </div>
    </Show>
  );
}
