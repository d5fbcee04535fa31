// Self-monitoring: the student answers a question about their own behaviour ("Was I working?"),
// at the end of chosen steps or every few minutes. When a question is due is worked out from the
// day's events and the moment the student's screen opened, so a reload asks what is still open.

import { voidedTargets } from './corrections';
import type { AppEvent, SelfCheckAnswer, SelfCheckAnswered, SelfCheckPrompt } from './events';
import type { CardId, StepId, StudentId, TargetId } from './ids';
import type { InLanguages, Recording } from './languages';

export const TARGET_QUESTION_MAX_LENGTH = 120;
export const MIN_INTERVAL_SECONDS = 30;
export const MAX_INTERVAL_SECONDS = 15 * 60;

/** Yes or no (with pictures), or five numbered levels with words. */
export const ANSWER_KINDS = ['yes-no', 'scale'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * How often an adult is asked to check an answer: the teacher fades checks as accuracy holds,
 * from every answer, to every second one, to about one in four chosen at random.
 */
export const CHECK_FREQUENCIES = ['every', 'every-2nd', 'random-1-in-4'] as const;
export type CheckFrequency = (typeof CHECK_FREQUENCIES)[number];

export type TargetWhen =
  | { kind: 'after-steps'; stepIds: StepId[] }
  /** Every `seconds`; only while the step on screen is one of the `during` activities, when given. */
  | { kind: 'interval'; seconds: number; during?: CardId[] };

/** A question in one language, and the teacher's recording of it. */
export type QuestionWords = { question: string; recording?: Recording };

/** One self-monitoring target of one student, as the teacher defines it. */
export type Target = {
  id: TargetId;
  studentId: StudentId;
  /** Asked in the student's own words, as the kiosk says it: "Was I working?" */
  question: string;
  /** The teacher asking the question, played instead of the device's voice. */
  recording?: Recording;
  /** The question (and its recording) in the classroom's other languages. */
  inLanguages?: InLanguages<QuestionWords>;
  /** The picture shown with the question. */
  cardId?: CardId;
  answer: AnswerKind;
  when: TargetWhen;
  /** A soft sound, or a vibration where the tablet has one, when the question comes; on unless turned off. */
  sound?: boolean;
  /**
   * The student sees the time until the next interval question only when the teacher chose it.
   * Absent on targets saved before the choice existed, which showed it: they still do.
   */
  countdown?: boolean;
  checks: CheckFrequency;
  /** A match between the student's answer and the adult's check earns a token on the student's board. */
  tokenOnMatch?: boolean;
  /** A target is stopped rather than deleted: its answers keep their question. */
  active: boolean;
  createdAt: number;
  updatedAt: number;
};

export function answerKindOf(answer: SelfCheckAnswer): AnswerKind {
  return typeof answer === 'number' ? 'scale' : 'yes-no';
}

/** The day's answers that still count (not voided), in the order they were given. */
export function liveAnswers(events: readonly AppEvent[]): SelfCheckAnswered[] {
  const voided = voidedTargets(events);
  return events
    .filter(
      (event): event is SelfCheckAnswered => event.type === 'self-check-answered' && !voided.has(event.id),
    )
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/**
 * When an interval question is due. Questions fall on a fixed grid, every `intervalMs` from the
 * last answered one (or from when the screen opened), so a late answer does not push the next
 * one back. Only the latest question that fell due since the screen opened is asked: questions
 * missed while the screen was closed are not stacked up.
 */
export function intervalPrompt(
  intervalMs: number,
  openedAt: number,
  answeredDueAts: readonly number[],
  now: number,
): { dueAt?: number; nextAt: number } {
  const anchor = Math.max(...answeredDueAts, Number.NEGATIVE_INFINITY);
  const start = Number.isFinite(anchor) ? anchor : openedAt;
  const passed = Math.max(0, Math.floor((now - start) / intervalMs));
  const latest = start + passed * intervalMs;
  const nextAt = start + (passed + 1) * intervalMs;
  return passed > 0 && latest >= openedAt ? { dueAt: latest, nextAt } : { nextAt };
}

/**
 * The step question due now: the latest of the chosen steps finished today, unless its question
 * was answered. An earlier finished step's question is not asked any more once a later one is.
 */
export function stepPrompt(
  stepIds: readonly StepId[],
  events: readonly AppEvent[],
  answers: readonly SelfCheckAnswered[],
): { stepId: StepId; dueAt: number } | undefined {
  const voided = voidedTargets(events);
  const chosen = new Set(stepIds);
  let latest: { stepId: StepId; dueAt: number } | undefined;
  for (const event of events) {
    if (event.type !== 'step-finished' || voided.has(event.id) || !chosen.has(event.stepId)) continue;
    if (!latest || event.at > latest.dueAt) latest = { stepId: event.stepId, dueAt: event.at };
  }
  const asked = latest;
  if (!asked) return undefined;
  const answered = answers.some(
    (answer) => answer.prompt.kind === 'step' && answer.prompt.stepId === asked.stepId,
  );
  return answered ? undefined : asked;
}

export type DuePrompt = { target: Target; prompt: SelfCheckPrompt; dueAt: number };

/**
 * The questions due now for a student's active targets, oldest first (the kiosk asks one at a
 * time), and when the next interval question comes, for the countdown.
 */
export function selfCheckAgenda(
  targets: readonly Target[],
  events: readonly AppEvent[],
  openedAt: number,
  now: number,
): { due: DuePrompt[]; nextAt?: number } {
  const answers = liveAnswers(events);
  const due: DuePrompt[] = [];
  let nextAt: number | undefined;
  for (const target of targets) {
    if (!target.active) continue;
    const own = answers.filter((answer) => answer.targetId === target.id);
    if (target.when.kind === 'interval') {
      const answeredDueAts = own.flatMap((answer) =>
        answer.prompt.kind === 'interval' ? [answer.prompt.dueAt] : [],
      );
      const interval = intervalPrompt(target.when.seconds * 1000, openedAt, answeredDueAts, now);
      if (interval.dueAt !== undefined)
        due.push({ target, prompt: { kind: 'interval', dueAt: interval.dueAt }, dueAt: interval.dueAt });
      nextAt = Math.min(nextAt ?? interval.nextAt, interval.nextAt);
    } else {
      const step = stepPrompt(target.when.stepIds, events, own);
      if (step) due.push({ target, prompt: { kind: 'step', stepId: step.stepId }, dueAt: step.dueAt });
    }
  }
  due.sort((a, b) => a.dueAt - b.dueAt || a.target.id.localeCompare(b.target.id));
  return nextAt === undefined ? { due } : { due, nextAt };
}

/** Whether two prompts ask about the same moment: an answer to one answers the other. */
export function samePrompt(a: SelfCheckPrompt, b: SelfCheckPrompt): boolean {
  return a.kind === 'interval'
    ? b.kind === 'interval' && a.dueAt === b.dueAt
    : b.kind === 'step' && a.stepId === b.stepId;
}

/**
 * Whether an interval question may come now, with this activity on screen: always, unless the
 * teacher named the activities it runs during (lunch left out, say); a question after steps is
 * asked at its steps.
 */
export function askedDuring(target: Pick<Target, 'when'>, activity: CardId | undefined): boolean {
  if (target.when.kind !== 'interval' || !target.when.during?.length) return true;
  return activity !== undefined && target.when.during.includes(activity);
}

/** Whether the kiosk shows the countdown to this target's next question. */
export const showsCountdown = (target: Pick<Target, 'when' | 'countdown'>): boolean =>
  target.when.kind === 'interval' && target.countdown !== false;
