// Per-student, per-day summaries of the event log. Review screens read these, never raw events.
// Every figure is a sum of per-event contributions, so an event is added with sign +1 and a
// voided one is taken back out with sign -1; a rebuild from the log gives the same numbers.
import type { AppEvent, PromptLevel } from './events';
import { PROMPT_LEVELS } from './events';
import type { EventId, StudentId } from './ids';
import type { SchoolDay } from './time';

export type DayRollup = {
  studentId: StudentId;
  day: SchoolDay;
  stepsShown: number;
  stepsStarted: number;
  stepsFinished: number;
  startsByPrompt: Record<PromptLevel, number>;
  latencyMsTotal: number;
  durationMsTotal: number;
  notes: number;
  /** Change cards put into the day. */
  changes: number;
  /** Choices made on choice boards, and orders of steps chosen by the student. */
  choices: number;
  tokens: number;
  /** Full token boards exchanged for reinforcer time. */
  rewards: number;
};

export function emptyRollup(studentId: StudentId, day: SchoolDay): DayRollup {
  const startsByPrompt = Object.fromEntries(PROMPT_LEVELS.map((level) => [level, 0])) as Record<
    PromptLevel,
    number
  >;
  return {
    studentId,
    day,
    stepsShown: 0,
    stepsStarted: 0,
    stepsFinished: 0,
    startsByPrompt,
    latencyMsTotal: 0,
    durationMsTotal: 0,
    notes: 0,
    changes: 0,
    choices: 0,
    tokens: 0,
    rewards: 0,
  };
}

/** The rollup with one event's contribution added (sign 1) or taken back (sign -1). */
export function withEvent(rollup: DayRollup, event: AppEvent, sign: 1 | -1): DayRollup {
  switch (event.type) {
    case 'step-shown':
      return { ...rollup, stepsShown: rollup.stepsShown + sign };
    case 'step-started':
      return {
        ...rollup,
        stepsStarted: rollup.stepsStarted + sign,
        startsByPrompt: {
          ...rollup.startsByPrompt,
          [event.prompt]: rollup.startsByPrompt[event.prompt] + sign,
        },
        latencyMsTotal: rollup.latencyMsTotal + sign * event.latencyMs,
      };
    case 'step-finished':
      return {
        ...rollup,
        stepsFinished: rollup.stepsFinished + sign,
        durationMsTotal: rollup.durationMsTotal + sign * event.durationMs,
      };
    case 'note':
      return { ...rollup, notes: rollup.notes + sign };
    case 'change-inserted':
      return { ...rollup, changes: rollup.changes + sign };
    case 'choice-made':
    case 'order-chosen':
      return { ...rollup, choices: rollup.choices + sign };
    case 'board-opened':
    case 'board-closed':
      // An adult's doing; the student's choice on the board is what counts.
      return rollup;
    case 'reinforcer-chosen':
      // Part of the token board, counted by its tokens and rewards.
      return rollup;
    case 'token-given':
      return { ...rollup, tokens: rollup.tokens + sign };
    case 'reward-used':
      return { ...rollup, rewards: rollup.rewards + sign };
    case 'self-check-answered':
    case 'adult-check':
    case 'check-matched':
    // Self-monitoring has no day figure yet: its review reads the answers and checks themselves,
    // and a token a match earns is counted as a token.
    case 'scale-rated':
    // No figure yet: the review of ratings comes with the review screens, read from the events.
    case 'support-noted':
    case 'plan-advanced':
      // Read per part of the day and per plan from the log; no daily figure of their own.
      return rollup;
    case 'voided':
      // A correction has no figure of its own; its effect is the removal of its target.
      return rollup;
  }
}

/** Why a correction may not apply to a target, or undefined when it may. */
export function voidRefusal(
  voiding: { studentId: StudentId },
  target: AppEvent | undefined,
  alreadyVoided: boolean,
): string | undefined {
  if (!target) return 'the event to correct does not exist';
  if (target.studentId !== voiding.studentId) return 'the event to correct belongs to another student';
  if (target.type === 'voided') return 'a correction cannot itself be voided';
  if (alreadyVoided) return 'the event was already voided';
  return undefined;
}

export function rollupKey(studentId: StudentId, day: SchoolDay): string {
  return `${studentId}|${day}`;
}

/** The ids that corrections in a log have cancelled. */
export function voidedTargets(events: Iterable<AppEvent>): Set<EventId> {
  const voided = new Set<EventId>();
  for (const event of events) if (event.type === 'voided') voided.add(event.target);
  return voided;
}

/**
 * Builds day rollups from a log read in any order, one event at a time, so a year of events can
 * stream through it. Every event's own day gets a rollup, as it does when recorded one by one.
 */
export class RollupAccumulator {
  readonly #byKey = new Map<string, DayRollup>();

  constructor(private readonly voided: ReadonlySet<EventId>) {}

  add(event: AppEvent): void {
    const key = rollupKey(event.studentId, event.day);
    const rollup = this.#byKey.get(key) ?? emptyRollup(event.studentId, event.day);
    this.#byKey.set(key, this.voided.has(event.id) ? rollup : withEvent(rollup, event, 1));
  }

  rollups(): DayRollup[] {
    return [...this.#byKey.values()];
  }
}

/** All day rollups computed from scratch: the reference the incremental rollups must equal. */
export function rollupsFromEvents(events: readonly AppEvent[]): DayRollup[] {
  const accumulator = new RollupAccumulator(voidedTargets(events));
  for (const event of events) accumulator.add(event);
  return accumulator.rollups();
}
