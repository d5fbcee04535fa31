// Accuracy checks: an adult rates the moment the student rated, without seeing the student's
// answer; the two are compared. How often a check is asked for fades as the teacher decides.

import { voidedTargets } from './corrections';
import type { AdultCheck, AppEvent, CheckMatched, SelfCheckAnswer, SelfCheckAnswered } from './events';
import type { EventId, StepId, TargetId } from './ids';
import type { CheckFrequency } from './self-monitoring';
import { liveAnswers } from './self-monitoring';

/** FNV-1a: a small, stable hash, so the same answer id always makes the same choice. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Whether an answer asks an adult for a check. `earlierAnswers` counts the target's answers of
 * the day before this one: "every 2nd" checks the first answer of the day and every second one
 * after it. "1 in 4" is chosen from the answer's own id, so the choice is random across answers
 * yet the same every time it is worked out again.
 */
export function isCheckRequested(
  frequency: CheckFrequency,
  answerId: EventId,
  earlierAnswers: number,
): boolean {
  switch (frequency) {
    case 'every':
      return true;
    case 'every-2nd':
      return earlierAnswers % 2 === 0;
    case 'random-1-in-4':
      return hashOf(answerId) % 4 === 0;
  }
}

export type MatchOutcome = { matched: boolean; difference?: number };

/**
 * The student's answer against the adult's: yes/no match when they are the same; 1–5 match when
 * the levels are the same, and the difference says by how much the student rated higher (above 0)
 * or lower. Answers of different kinds never match.
 */
export function matchOf(student: SelfCheckAnswer, adult: SelfCheckAnswer): MatchOutcome {
  if (typeof student === 'number' && typeof adult === 'number')
    return { matched: student === adult, difference: student - adult };
  return { matched: student === adult };
}

/** The checks of the day that still count (not voided). */
function liveOfType<T extends AppEvent['type']>(events: readonly AppEvent[], type: T) {
  const voided = voidedTargets(events);
  return events.filter(
    (event): event is Extract<AppEvent, { type: T }> => event.type === type && !voided.has(event.id),
  );
}

/** The answers an adult was asked to check and has not checked yet, oldest first. */
export function answersAwaitingCheck(events: readonly AppEvent[]): SelfCheckAnswered[] {
  const checked = new Set(liveOfType(events, 'adult-check').map((check) => check.answerEvent));
  return liveAnswers(events).filter((answer) => answer.checkRequested && !checked.has(answer.id));
}

/**
 * A check lapses once its question has been asked again, or, on an interval, once the interval
 * after it has passed: a moment that old is no longer remembered, and unanswered checks must not
 * pile up. `lapsesAt` is undefined for a question asked at the end of a step.
 */
export function checkLapse(
  answer: SelfCheckAnswered,
  events: readonly AppEvent[],
  intervalMs: number | undefined,
): { askedAgain: boolean; lapsesAt?: number } {
  const askedAgain = liveAnswers(events).some(
    (later) => later.targetId === answer.targetId && later.at > answer.at,
  );
  return intervalMs === undefined ? { askedAgain } : { askedAgain, lapsesAt: answer.at + intervalMs };
}

/** The awaiting checks an adult can still answer from what they saw (see checkLapse). */
export function checksStillOpen(
  awaiting: readonly SelfCheckAnswered[],
  events: readonly AppEvent[],
  now: number,
  intervalMsOf: (targetId: TargetId) => number | undefined,
): SelfCheckAnswered[] {
  return awaiting.filter((answer) => {
    const { askedAgain, lapsesAt } = checkLapse(answer, events, intervalMsOf(answer.targetId));
    return !askedAgain && (lapsesAt === undefined || now < lapsesAt);
  });
}

/** The step under way at a moment: the last one started by then and not yet finished (mini-steps aside). */
export function stepUnderWayAt(events: readonly AppEvent[], at: number): StepId | undefined {
  const voided = voidedTargets(events);
  let underWay: StepId | undefined;
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    if (event.at > at) break;
    if (voided.has(event.id) || ('parentStepId' in event && event.parentStepId)) continue;
    if (event.type === 'step-started') underWay = event.stepId;
    else if (event.type === 'step-finished' && event.stepId === underWay) underWay = undefined;
  }
  return underWay;
}

export type CheckResult = { answer: SelfCheckAnswered; check: AdultCheck; outcome: CheckMatched };

/** The day's completed checks: each answer with the adult's check and their comparison, oldest first. */
export function checkResults(events: readonly AppEvent[]): CheckResult[] {
  const answers = new Map<EventId, SelfCheckAnswered>(
    liveAnswers(events).map((answer) => [answer.id, answer]),
  );
  const checks = new Map<EventId, AdultCheck>(
    liveOfType(events, 'adult-check').map((check) => [check.id, check]),
  );
  return liveOfType(events, 'check-matched')
    .flatMap((outcome) => {
      const answer = answers.get(outcome.answerEvent);
      const check = checks.get(outcome.adultCheck);
      return answer && check ? [{ answer, check, outcome }] : [];
    })
    .sort((a, b) => a.answer.at - b.answer.at || a.answer.id.localeCompare(b.answer.id));
}

/** How many of the day's checks matched the student's own answer. */
export function accuracyOf(events: readonly AppEvent[]): { checked: number; matched: number } {
  const results = checkResults(events);
  return { checked: results.length, matched: results.filter((result) => result.outcome.matched).length };
}
