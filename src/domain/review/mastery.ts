// When a goal is mastered, whether it lasts, and the progress code a report suggests for a period.
// Mastery is the teacher's criterion (a share of independent starts on school days in a row);
// maintenance probes follow it 1, 2 and 4 weeks later, their results kept apart from the rest.
import { dayMeets, type FadingCriterion } from '../fading';
import { dayAfter, type SchoolDay } from '../time';
import type { FourPointDecision, TrendComparison } from './decisions';
import type { DayIndependence } from './independence';

/** Like a fading step's criterion: at least `percent` % independent on `days` school days in a row. */
export type MasteryCriterion = FadingCriterion;
export const DEFAULT_MASTERY: MasteryCriterion = { percent: 90, days: 3 };

/** Weeks after mastery when a maintenance probe is due. */
export const MAINTENANCE_WEEKS = [1, 2, 4] as const;

const evidenceOf = (entry: DayIndependence) => ({
  day: entry.day,
  independent: entry.independent,
  opportunities: entry.starts,
});

/**
 * The school day the criterion was first met: the last of the first run of days in a row (days
 * with starts; days without are no school days for this count) that each reach the percent.
 */
export function masteredOn(
  days: readonly DayIndependence[],
  criterion: MasteryCriterion,
): SchoolDay | undefined {
  let run = 0;
  for (const entry of days) {
    run = dayMeets(evidenceOf(entry), criterion) ? run + 1 : 0;
    if (run >= criterion.days) return entry.day;
  }
  return undefined;
}

export type MaintenanceProbe = {
  weeks: (typeof MAINTENANCE_WEEKS)[number];
  due: SchoolDay;
  /** The first school day with starts on or after the due day, before the next probe is due. */
  result?: DayIndependence;
};

/** The probes after mastery, each with the day that answers it once there is one. */
export function maintenanceProbes(days: readonly DayIndependence[], mastered: SchoolDay): MaintenanceProbe[] {
  const dues = MAINTENANCE_WEEKS.map((weeks) => ({ weeks, due: dayAfter(mastered, weeks * 7) }));
  return dues.map(({ weeks, due }, index) => {
    const before = dues[index + 1]?.due;
    const result = days.find((entry) => entry.day >= due && (!before || entry.day < before));
    return result ? { weeks, due, result } : { weeks, due };
  });
}

/** Probes whose day has come and that no school day has answered yet: the teacher is reminded. */
export function dueProbes(probes: readonly MaintenanceProbe[], today: SchoolDay): MaintenanceProbe[] {
  return probes.filter((probe) => probe.due <= today && !probe.result);
}

/** The codes teachers write on an IEP progress report. */
export const PROGRESS_CODES = ['goal-met', 'sufficient', 'insufficient', 'not-introduced'] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

export type ProgressEvidence = {
  /** School days with starts in the period. */
  days: number;
  mastered?: SchoolDay;
  decision?: FourPointDecision;
  trendAgainstAim?: TrendComparison;
  /** The period's share of independent starts, against the aim (both 0 to 1). */
  share?: number;
  aim?: number;
};

/**
 * The code a report suggests, for the teacher to confirm or change, or none when the data cannot
 * tell yet: not introduced without data; goal met once mastered; insufficient when the four-point
 * rule calls for a change or the trend falls short of the aimline; sufficient when the trend keeps
 * up with the aimline, four points lie above it, or the period's share reaches the aim.
 */
export function suggestedProgressCode(evidence: ProgressEvidence): ProgressCode | undefined {
  if (evidence.days === 0) return 'not-introduced';
  if (evidence.mastered) return 'goal-met';
  const { decision, trendAgainstAim, share, aim } = evidence;
  if (decision === 'change-plan') return 'insufficient';
  if (trendAgainstAim === 'slower' || trendAgainstAim === 'flat' || trendAgainstAim === 'away')
    return 'insufficient';
  if (trendAgainstAim || decision === 'raise-goal') return 'sufficient';
  return share !== undefined && aim !== undefined && share >= aim ? 'sufficient' : undefined;
}
