// The independence figures a teacher reviews, worked out from the per-day rollups alone, so a
// school year reads a few hundred rows. "No data" is never 0%: a day without starts is left out.
import { PROMPT_LEVELS, type PromptLevel } from '../events';
import { type DayRollup, timedStarts } from '../rollup';
import { dayNumberOf, type SchoolDay } from '../time';

/** From one school day to another, both included. */
export type DayRange = { from: SchoolDay; to: SchoolDay };

export const inRange = (day: SchoolDay, range: DayRange): boolean => day >= range.from && day <= range.to;

export type DayIndependence = { day: SchoolDay; starts: number; independent: number; share: number };

/** Each day of the range with steps started, oldest first, with its share of independent starts. */
export function dailyIndependence(rollups: readonly DayRollup[], range: DayRange): DayIndependence[] {
  return rollups
    .filter((rollup) => inRange(rollup.day, range) && rollup.stepsStarted > 0)
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((rollup) => ({
      day: rollup.day,
      starts: rollup.stepsStarted,
      independent: rollup.startsByPrompt.independent,
      share: rollup.startsByPrompt.independent / rollup.stepsStarted,
    }));
}

export type RangeFigures = {
  /** Days with at least one step started. */
  days: number;
  starts: number;
  independent: number;
  /** Independent starts over all starts, undefined without starts. */
  share?: number;
  /** Mean time from a step shown to its start. */
  meanLatencyMs?: number;
  byPrompt: Record<PromptLevel, number>;
  stepsFinished: number;
  choices: number;
  tokens: number;
  rewards: number;
};

/** The range's figures: every start counts once, so a busy day weighs more than a short one. */
export function rangeFigures(rollups: readonly DayRollup[], range: DayRange): RangeFigures {
  const byPrompt = Object.fromEntries(PROMPT_LEVELS.map((level) => [level, 0])) as Record<
    PromptLevel,
    number
  >;
  let days = 0;
  let starts = 0;
  let latencyMsTotal = 0;
  let timed = 0;
  let stepsFinished = 0;
  let choices = 0;
  let tokens = 0;
  let rewards = 0;
  for (const rollup of rollups) {
    if (!inRange(rollup.day, range)) continue;
    if (rollup.stepsStarted > 0) days += 1;
    starts += rollup.stepsStarted;
    latencyMsTotal += rollup.latencyMsTotal;
    timed += timedStarts(rollup);
    stepsFinished += rollup.stepsFinished;
    choices += rollup.choices;
    tokens += rollup.tokens;
    rewards += rollup.rewards;
    for (const level of PROMPT_LEVELS) byPrompt[level] += rollup.startsByPrompt[level];
  }
  return {
    days,
    starts,
    independent: byPrompt.independent,
    ...(starts > 0 ? { share: byPrompt.independent / starts } : {}),
    ...(timed > 0 ? { meanLatencyMs: latencyMsTotal / timed } : {}),
    byPrompt,
    stepsFinished,
    choices,
    tokens,
    rewards,
  };
}

/** The share of independent starts over the last few days with data, each start counted once. */
export function recentShare(daily: readonly DayIndependence[], days: number): number | undefined {
  const recent = daily.slice(-days);
  const starts = recent.reduce((sum, day) => sum + day.starts, 0);
  return starts > 0 ? recent.reduce((sum, day) => sum + day.independent, 0) / starts : undefined;
}

export type Trend = 'up' | 'down' | 'steady';

/** Days compared at each end of a trend, and the change in share that counts as a change. */
export const TREND_DAYS = 5;
export const TREND_THRESHOLD = 0.1;

/**
 * Whether the student is starting more steps on their own lately: the last few days with data
 * against the few before them. Undefined until there are enough days to compare.
 */
export function independenceTrend(daily: readonly DayIndependence[]): Trend | undefined {
  if (daily.length < TREND_DAYS * 2) return undefined;
  const share = (days: readonly DayIndependence[]) =>
    days.reduce((sum, day) => sum + day.independent, 0) / days.reduce((sum, day) => sum + day.starts, 0);
  // Rounded to a tenth of a point, so 30% after 20% is the ten points it looks like.
  const change =
    Math.round((share(daily.slice(-TREND_DAYS)) - share(daily.slice(-TREND_DAYS * 2, -TREND_DAYS))) * 1000) /
    1000;
  if (change >= TREND_THRESHOLD) return 'up';
  if (change <= -TREND_THRESHOLD) return 'down';
  return 'steady';
}

/** Days with starts the class overview's latest figure is taken over. */
export const LATEST_DAYS = 10;

/** Days with starts the class overview needs, newest: enough for the latest figure and the trend. */
export const OVERVIEW_DAYS = Math.max(LATEST_DAYS, TREND_DAYS * 2);

export type OverviewFigures = { latest?: number; trend?: Trend };

/** A student's row of the class overview: independent starts lately, and which way they are going. */
export function overviewFigures(rollups: readonly DayRollup[]): OverviewFigures {
  const daily = dailyIndependence(rollups, {
    from: '0000-01-01' as SchoolDay,
    to: '9999-12-31' as SchoolDay,
  });
  const latest = recentShare(daily, LATEST_DAYS);
  const trend = independenceTrend(daily);
  return { ...(latest === undefined ? {} : { latest }), ...(trend ? { trend } : {}) };
}

/** A trial of reduced support runs up to six weeks before the team meets. */
export const TRIAL_MAX_DAYS = 42;

/** Calendar days a range spans, both ends included. */
export function rangeLength(range: DayRange): number {
  return dayNumberOf(range.to) - dayNumberOf(range.from) + 1;
}
