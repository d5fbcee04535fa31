// Per-student, per-day summaries of the event log. Review screens read these, never raw events.
// Every figure but the support map is a sum of per-event contributions, so an event is added with
// sign +1 and a voided one is taken back out with sign -1; the support map is the day's own,
// set again from the day's schedule and events when they change. A rebuild from the log gives
// the same numbers.
import { type DayActivityStarts, dayActivityStarts } from './activity-starts';
import { voidedTargets } from './corrections';
import { DAY_PARTS, type DayPart, dayPartOf } from './day-parts';
import type { AppEvent, EventType, PromptLevel, ScaleLevel } from './events';
import { PROMPT_LEVELS, SCALE_LEVELS } from './events';
import type { EventId, StudentId, TargetId } from './ids';
import type { ScheduleItem } from './schedule';
import { type DaySupport, daySupport } from './support';
import type { SchoolDay } from './time';

/** A self-check question's day: the student's answers, and the adults' checks of them. */
export type SelfCheckDay = {
  answers: number;
  /** Yes answers, and answers that were yes or no (a 1–5 question has neither). */
  yes: number;
  yesNo: number;
  checks: number;
  /** Checks where the adult agreed with the student. */
  matches: number;
};

export type DayRollup = {
  studentId: StudentId;
  day: SchoolDay;
  stepsShown: number;
  /**
   * First showings recorded under the old rule, when the step was loaded even behind a check-in:
   * that day's times to start may run long. Missing on rollups written before the rule changed.
   */
  shownOldRule?: number;
  stepsStarted: number;
  stepsFinished: number;
  startsByPrompt: Record<PromptLevel, number>;
  /** Starts entered from a paper sheet: they have no time to start, so means leave them out. */
  startsFromPaper?: number;
  /**
   * Mini-step starts recorded by the student's Done (`untimed`): no time to start either, so means
   * leave them out too. Missing on days without them, as on every day before they were recorded.
   */
  startsUntimed?: number;
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
  /** Five-point ratings, counted per level. */
  ratings: Record<ScaleLevel, number>;
  /** Ratings per part of the day: how many, and their levels added up, for the mean. */
  ratingsByPart: Record<DayPart, { count: number; levelTotal: number }>;
  selfChecks: Partial<Record<TargetId, SelfCheckDay>>;
  /** The day's support map, per activity. */
  support: DaySupport;
  /**
   * The day's starts per activity, mini-steps apart; set with the support map. Missing on days
   * without starts, and on rollups written before it was kept (until the day is recounted).
   */
  activityStarts?: DayActivityStarts;
};

/** The day's support map and starts per activity, as a rollup keeps them, from its schedule and events. */
export function dayMaps(
  items: readonly ScheduleItem[],
  events: readonly AppEvent[],
): { support: DaySupport; activityStarts?: DayActivityStarts } {
  const activityStarts = dayActivityStarts(items, events);
  return Object.keys(activityStarts).length > 0
    ? { support: daySupport(items, events), activityStarts }
    : { support: daySupport(items, events) };
}

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
    ratings: Object.fromEntries(SCALE_LEVELS.map((level) => [level, 0])) as Record<ScaleLevel, number>,
    ratingsByPart: Object.fromEntries(DAY_PARTS.map((part) => [part, { count: 0, levelTotal: 0 }])) as Record<
      DayPart,
      { count: number; levelTotal: number }
    >,
    selfChecks: {},
    support: {},
  };
}

const NO_SELF_CHECKS: SelfCheckDay = { answers: 0, yes: 0, yesNo: 0, checks: 0, matches: 0 };

/** The question's figures with a change added; a question whose figures all come back to 0 is dropped. */
function withSelfCheck(
  rollup: DayRollup,
  targetId: TargetId,
  change: (figures: SelfCheckDay) => SelfCheckDay,
): DayRollup {
  const { [targetId]: current = NO_SELF_CHECKS, ...others } = rollup.selfChecks;
  const next = change(current);
  const empty = Object.values(next).every((figure) => figure === 0);
  return { ...rollup, selfChecks: empty ? others : { ...rollup.selfChecks, [targetId]: next } };
}

/** The kinds of events a day's support map is read from, with the corrections of them. */
export const SUPPORT_SOURCES: ReadonlySet<EventType> = new Set(['step-started', 'support-noted']);

/**
 * Whether an event counts in the figures: not voided, and for a match, its adult check not voided
 * either (a match stands with its check).
 */
export function counts(event: AppEvent, voided: ReadonlySet<EventId>): boolean {
  if (voided.has(event.id)) return false;
  return event.type !== 'check-matched' || !voided.has(event.adultCheck);
}

/**
 * The rollup with one event's contribution added (sign 1) or taken back (sign -1). A match is
 * counted for the question its answer was to: `answerTarget`, looked up by the caller.
 */
export function withEvent(
  rollup: DayRollup,
  event: AppEvent,
  sign: 1 | -1,
  answerTarget?: TargetId,
): DayRollup {
  switch (event.type) {
    case 'step-shown':
      // A showing again restarts the time to start; the step was shown once.
      if (event.again) return rollup;
      return event.uncovered
        ? { ...rollup, stepsShown: rollup.stepsShown + sign }
        : {
            ...rollup,
            stepsShown: rollup.stepsShown + sign,
            shownOldRule: (rollup.shownOldRule ?? 0) + sign,
          };
    case 'step-started': {
      // A day without starts of a kind has no count of them, as a rollup built afresh has none.
      const { startsFromPaper: fromPaperBefore = 0, startsUntimed: untimedBefore = 0, ...others } = rollup;
      const fromPaper = fromPaperBefore + (event.fromPaper ? sign : 0);
      const untimed = untimedBefore + (event.untimed ? sign : 0);
      return {
        ...others,
        stepsStarted: rollup.stepsStarted + sign,
        startsByPrompt: {
          ...rollup.startsByPrompt,
          [event.prompt]: rollup.startsByPrompt[event.prompt] + sign,
        },
        latencyMsTotal: rollup.latencyMsTotal + sign * event.latencyMs,
        ...(fromPaper !== 0 ? { startsFromPaper: fromPaper } : {}),
        ...(untimed !== 0 ? { startsUntimed: untimed } : {}),
      };
    }
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
    case 'scale-rated': {
      const part = rollup.ratingsByPart[dayPartOf(event.at)];
      return {
        ...rollup,
        ratings: { ...rollup.ratings, [event.level]: rollup.ratings[event.level] + sign },
        ratingsByPart: {
          ...rollup.ratingsByPart,
          [dayPartOf(event.at)]: {
            count: part.count + sign,
            levelTotal: part.levelTotal + sign * event.level,
          },
        },
      };
    }
    case 'self-check-answered': {
      const { answer } = event;
      return withSelfCheck(rollup, event.targetId, (figures) => ({
        ...figures,
        answers: figures.answers + sign,
        yes: figures.yes + (answer === 'yes' ? sign : 0),
        yesNo: figures.yesNo + (answer === 'yes' || answer === 'no' ? sign : 0),
      }));
    }
    case 'check-matched': {
      if (!answerTarget) return rollup;
      const { matched } = event;
      return withSelfCheck(rollup, answerTarget, (figures) => ({
        ...figures,
        checks: figures.checks + sign,
        matches: figures.matches + (matched ? sign : 0),
      }));
    }
    case 'adult-check':
    // Counted by the match recorded with it; a token a match earns is counted as a token.
    case 'support-noted':
    // Part of the day's support map, set from the whole day (see daySupport).
    case 'plan-advanced':
    case 'plan-changed':
    case 'plan-changes-seen':
    case 'schedule-changed':
    case 'support-changed':
    case 'observer-recorded':
    // A second observer's record is for agreement only: the student's figures are the first's.
    case 'staff-responded':
    case 'wait-started':
    case 'wait-ended':
    case 'needs-noted':
    case 'observation-made':
    case 'days-not-counted':
      // Read from the log where it is needed; no daily figure of its own.
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

/**
 * The starts of a day that have a time to start: those recorded as they happened, with a Start
 * tapped or a prompt recorded (not from paper, not a mini-step started by its Done).
 */
export const timedStarts = (rollup: DayRollup): number =>
  rollup.stepsStarted - (rollup.startsFromPaper ?? 0) - (rollup.startsUntimed ?? 0);

export function rollupKey(studentId: StudentId, day: SchoolDay): string {
  return `${studentId}|${day}`;
}

/** A day's own schedule (its items), where the student had one. */
export type DayScheduleOf = (studentId: StudentId, day: SchoolDay) => readonly ScheduleItem[] | undefined;

/**
 * Builds day rollups from a log read in any order, one event at a time, so a year of events can
 * stream through it. Every event's own day gets a rollup, as it does when recorded one by one.
 * Only the events a support map is read from are kept, until each day's map is made.
 */
export class RollupAccumulator {
  readonly #byKey = new Map<string, DayRollup>();
  readonly #supportSources = new Map<string, AppEvent[]>();

  constructor(
    private readonly voided: ReadonlySet<EventId>,
    private readonly answerTargets: ReadonlyMap<EventId, TargetId>,
  ) {}

  add(event: AppEvent): void {
    const key = rollupKey(event.studentId, event.day);
    const rollup = this.#byKey.get(key) ?? emptyRollup(event.studentId, event.day);
    if (!counts(event, this.voided)) {
      this.#byKey.set(key, rollup);
      return;
    }
    const answerTarget =
      event.type === 'check-matched' ? this.answerTargets.get(event.answerEvent) : undefined;
    this.#byKey.set(key, withEvent(rollup, event, 1, answerTarget));
    if (!SUPPORT_SOURCES.has(event.type)) return;
    const sources = this.#supportSources.get(key);
    if (sources) sources.push(event);
    else this.#supportSources.set(key, [event]);
  }

  /** Takes an event added before its correction was known back out (see OnePassRollups). */
  withdraw(event: AppEvent): void {
    const key = rollupKey(event.studentId, event.day);
    const rollup = this.#byKey.get(key);
    if (!rollup) return;
    const answerTarget =
      event.type === 'check-matched' ? this.answerTargets.get(event.answerEvent) : undefined;
    this.#byKey.set(key, withEvent(rollup, event, -1, answerTarget));
    const sources = this.#supportSources.get(key)?.filter((source) => source.id !== event.id);
    if (sources?.length) this.#supportSources.set(key, sources);
    else this.#supportSources.delete(key);
  }

  rollups(dayScheduleOf: DayScheduleOf): DayRollup[] {
    return [...this.#byKey.entries()].map(([key, rollup]) => {
      const items = dayScheduleOf(rollup.studentId, rollup.day);
      const sources = this.#supportSources.get(key);
      if (!items || !sources) return rollup;
      const { activityStarts: _before, ...rest } = rollup;
      return { ...rest, ...dayMaps(items, sources) };
    });
  }
}

/**
 * Day rollups of a log read once, in order of id (a backup's events as a restore writes them),
 * before all its corrections are known. A correction is made after its event, so when it comes
 * its event has been counted: the event is taken back out at the end, from its row, which the
 * caller reads again (`takenBack` names them; a year has few). A correction that comes first (a
 * file not made by the app) keeps its event from counting at all. Adults' checks are counted
 * last, when every correction and answer is known. Equal to `rollupsFromEvents` of the same log.
 */
export class OnePassRollups {
  readonly #voided = new Set<EventId>();
  readonly #answerTargets = new Map<EventId, TargetId>();
  readonly #accumulator = new RollupAccumulator(this.#voided, this.#answerTargets);
  readonly #checks: AppEvent[] = [];
  readonly #takenBack = new Set<EventId>();

  add(event: AppEvent): void {
    if (event.type === 'voided') {
      if (event.target < event.id && !this.#voided.has(event.target)) this.#takenBack.add(event.target);
      this.#voided.add(event.target);
    } else if (event.type === 'self-check-answered') {
      this.#answerTargets.set(event.id, event.targetId);
    } else if (event.type === 'check-matched') {
      this.#checks.push(event);
      return;
    }
    this.#accumulator.add(event);
  }

  /** Events counted before their correction came: their rows are needed to take them back out. */
  get takenBack(): EventId[] {
    return [...this.#takenBack];
  }

  /** The rollups, given the rows `takenBack` names. */
  rollups(takenBack: readonly AppEvent[], dayScheduleOf: DayScheduleOf): DayRollup[] {
    // An adult's check is not counted yet: it waits with the others.
    for (const event of takenBack) if (event.type !== 'check-matched') this.#accumulator.withdraw(event);
    for (const check of this.#checks) this.#accumulator.add(check);
    return this.#accumulator.rollups(dayScheduleOf);
  }
}

/** The question each self-check answer of a log was to, for counting the checks of it. */
export function answerTargetsOf(events: Iterable<AppEvent>): Map<EventId, TargetId> {
  const targets = new Map<EventId, TargetId>();
  for (const event of events) if (event.type === 'self-check-answered') targets.set(event.id, event.targetId);
  return targets;
}

/** All day rollups computed from scratch: the reference the incremental rollups must equal. */
export function rollupsFromEvents(
  events: readonly AppEvent[],
  dayScheduleOf: DayScheduleOf = () => undefined,
): DayRollup[] {
  const accumulator = new RollupAccumulator(voidedTargets(events), answerTargetsOf(events));
  for (const event of events) accumulator.add(event);
  return accumulator.rollups(dayScheduleOf);
}
