// A time delay that progresses (issue 20): a stage may start with 0-second trials (simultaneous
// prompting), then wait a constant delay or one that grows after correct waits. Pure: the days it
// reads are the activity's days from the rollups, never the raw log.
import { PROMPT_LEVELS, type PromptLevel } from './events';
import type { CardId } from './ids';
import { isCounted, type NotCountedSpan } from './not-counted';
import type { PlanStage } from './plan-stage';
import type { DayRollup } from './rollup';
import type { SchoolDay } from './time';

/** A stage as the adults follow it today: its wait today comes from its delay schedule, if it has one. */
export type StageOfDay = PlanStage & { secondsToday: number };

export const MAX_ZERO_DELAY_DAYS = 20;
export const MAX_STEP_SECONDS = 30;
export const MAX_AFTER_CORRECT = 10;
export const DELAY_KINDS = ['constant', 'progressive'] as const;

/** How the wait of a stage changes over its days; without one, the stage waits `delaySeconds` every day. */
export type DelaySchedule =
  | { kind: 'constant'; zeroDelayDays: number }
  | {
      kind: 'progressive';
      zeroDelayDays: number;
      /** Seconds added to the wait... */
      stepSeconds: number;
      /** ...after this many correct waits. */
      afterCorrect: number;
      /** The wait never grows past this. */
      maxSeconds: number;
    };

/** One past school day of the activity, as its rollup keeps it. */
export type ActivityDay = {
  day: SchoolDay;
  starts: number;
  independent: number;
  /** The most help any start of the day needed; missing on rollups written before it was kept. */
  mostHelp?: PromptLevel;
  /** False on a day the teacher marked as not counted. */
  counted: boolean;
};

const intrusiveness = (level: PromptLevel) => PROMPT_LEVELS.indexOf(level);

/**
 * A correct wait: a day of the activity where every start came with no more help than the plan's
 * prompt. A rollup that does not know the most help used counts only a day of independent starts.
 */
export function isCorrectWait(planned: PromptLevel, day: ActivityDay): boolean {
  if (day.starts === 0) return false;
  if (day.mostHelp === undefined) return day.independent === day.starts;
  return intrusiveness(day.mostHelp) <= intrusiveness(planned);
}

/** The stage's days that count: sessions of the activity since the stage started, not marked as not counted. */
const sessionsOfStage = (stageStartDay: SchoolDay, pastDays: readonly ActivityDay[]) =>
  pastDays.filter((day) => day.day >= stageStartDay && day.starts > 0 && day.counted);

/** The seconds the adults wait today, from the stage and the activity's days before today. */
export function delayOfDay(
  stage: PlanStage,
  stageStartDay: SchoolDay,
  pastDays: readonly ActivityDay[],
): number {
  const delay = stage.delay;
  if (!delay) return stage.delaySeconds;
  const sessions = sessionsOfStage(stageStartDay, pastDays);
  if (sessions.length < delay.zeroDelayDays) return 0;
  if (delay.kind === 'constant') return stage.delaySeconds;
  // Waits are counted only once the delay runs: a 0-second day has no wait to be correct in.
  const correct = sessions
    .slice(delay.zeroDelayDays)
    .filter((day) => isCorrectWait(stage.prompt, day)).length;
  const grown = stage.delaySeconds + delay.stepSeconds * Math.floor(correct / delay.afterCorrect);
  return Math.min(grown, Math.max(delay.maxSeconds, stage.delaySeconds));
}

/** An activity's day as its rollup keeps it; a rollup written before activities were counted has no starts of it. */
export function activityDayOf(
  rollup: DayRollup,
  cardId: CardId,
  spans: readonly NotCountedSpan[],
): ActivityDay {
  const count = rollup.activityStarts?.[cardId];
  return {
    day: rollup.day,
    starts: count?.starts ?? 0,
    independent: count?.independent ?? 0,
    ...(count?.mostHelp ? { mostHelp: count.mostHelp } : {}),
    counted: isCounted(rollup.day, spans),
  };
}
