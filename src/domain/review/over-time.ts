// How start times and the help given change across a range, from the day rollups.
import { PROMPT_LEVELS, type PromptLevel } from '../events';
import { type DayRollup, timedStarts } from '../rollup';
import { dayAfter, mondayOf, type SchoolDay } from '../time';
import { type DayRange, inRange } from './independence';

export type DayLatency = {
  day: SchoolDay;
  starts: number;
  meanMs: number;
  /** Recorded under the old rule: its steps were "shown" when loaded, even covered. */
  oldRule: boolean;
};

/** Each day with starts: the mean time from a step shown to its start. */
export function dailyLatency(rollups: readonly DayRollup[], range: DayRange): DayLatency[] {
  return rollups
    .filter((rollup) => inRange(rollup.day, range) && timedStarts(rollup) > 0)
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((rollup) => ({
      day: rollup.day,
      starts: timedStarts(rollup),
      meanMs: rollup.latencyMsTotal / timedStarts(rollup),
      oldRule: (rollup.shownOldRule ?? 0) > 0,
    }));
}

export type WeekPrompts = { monday: SchoolDay; starts: number; byPrompt: Record<PromptLevel, number> };

/** The help each start took, week by week (weeks without starts are left out). */
export function weeklyPrompts(rollups: readonly DayRollup[], range: DayRange): WeekPrompts[] {
  const weeks = new Map<SchoolDay, WeekPrompts>();
  for (const rollup of rollups) {
    if (!inRange(rollup.day, range) || rollup.stepsStarted === 0) continue;
    const monday = mondayOf(rollup.day);
    const week =
      weeks.get(monday) ??
      ({
        monday,
        starts: 0,
        byPrompt: Object.fromEntries(PROMPT_LEVELS.map((level) => [level, 0])) as Record<PromptLevel, number>,
      } satisfies WeekPrompts);
    week.starts += rollup.stepsStarted;
    for (const level of PROMPT_LEVELS) week.byPrompt[level] += rollup.startsByPrompt[level];
    weeks.set(monday, week);
  }
  return [...weeks.values()].sort((a, b) => (a.monday < b.monday ? -1 : 1));
}

/**
 * The school days (Monday to Friday) of a week that the range holds, when it holds only some of
 * them: a range that starts mid-week makes its first week partial, one that ends mid-week its
 * last. Undefined for a whole week.
 */
export function partialWeek(monday: SchoolDay, range: DayRange): DayRange | undefined {
  const friday = dayAfter(monday, 4);
  if (range.from <= monday && range.to >= friday) return undefined;
  return { from: range.from > monday ? range.from : monday, to: range.to < friday ? range.to : friday };
}

/** A mean over a week, and how many it was made of. */
export type WeekMean = { monday: SchoolDay; count: number; mean: number };

/**
 * Day means gathered week by week, each day weighted by how many it was made of, so a week's
 * mean is the mean of everything in it. The printed report's short form of a day-by-day chart.
 */
export function weeklyMeans(days: readonly { day: SchoolDay; count: number; mean: number }[]): WeekMean[] {
  const weeks = new Map<SchoolDay, { count: number; total: number }>();
  for (const { day, count, mean } of days) {
    const monday = mondayOf(day);
    const week = weeks.get(monday) ?? { count: 0, total: 0 };
    weeks.set(monday, { count: week.count + count, total: week.total + count * mean });
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([monday, { count, total }]) => ({ monday, count, mean: count > 0 ? total / count : 0 }));
}
