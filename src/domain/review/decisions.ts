// The decision rules of progress monitoring, over a student's daily shares of independent starts:
// an aimline from the baseline to the goal, the four-point rule against it, and a resistant trend
// line (Tukey's three-group method) whose slope is compared with the aimline's. Each rule is the
// field's usual one, so a teacher can name it at an IEP meeting.
import { dayNumberOf, type SchoolDay } from '../time';
import { type DayIndependence, type DayRange, inRange } from './independence';
import {
  type MaintenanceProbe,
  maintenanceProbes,
  masteredOn,
  type ProgressCode,
  suggestedProgressCode,
} from './mastery';
import type { ReviewPlan } from './plan';

/** One school day's figure: its share of independent starts, from 0 to 1. */
export type DataPoint = { day: SchoolDay; value: number };
/** A straight line over school days: its value on a day is found by `valueOn`. */
export type DayLine = { from: DataPoint; to: DataPoint };

/** The baseline needs this many points before an aimline can start from its median. */
export const AIMLINE_MIN_BASELINE_POINTS = 3;
/** Consecutive points on one side of the aimline that call for a decision. */
export const FOUR_POINT_RULE = 4;
/** A trend line is drawn only through this many points or more. */
export const TREND_MIN_POINTS = 7;
/** Slopes closer than this (share per school day, 0.2 points a day) read as "about the same". */
export const SLOPE_TOLERANCE = 0.002;

/** Whether the goal is for the figure to rise (independent starts) or to fall (a behaviour). */
export type GoalDirection = 'rise' | 'fall';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The line's value on a day, on or beyond its ends. */
export function valueOn(line: DayLine, day: SchoolDay): number {
  const [start, end] = [dayNumberOf(line.from.day), dayNumberOf(line.to.day)];
  if (end === start) return line.to.value;
  return line.from.value + ((line.to.value - line.from.value) * (dayNumberOf(day) - start)) / (end - start);
}

/** Change of the line's value per school day. */
export function slopeOf(line: DayLine): number {
  const days = dayNumberOf(line.to.day) - dayNumberOf(line.from.day);
  return days === 0 ? 0 : (line.to.value - line.from.value) / days;
}

/**
 * The aimline: from the median of the baseline's points, placed on the baseline's middle day
 * (the median day), to the aim on the goal day. Undefined with fewer than three baseline points
 * or a goal day that is not after the baseline.
 */
export function aimline(baseline: readonly DataPoint[], aim: DataPoint): DayLine | undefined {
  if (baseline.length < AIMLINE_MIN_BASELINE_POINTS) return undefined;
  const days = baseline.map((point) => point.day).sort();
  const middleDay = days[Math.floor((days.length - 1) / 2)];
  if (!middleDay || aim.day <= (days.at(-1) ?? middleDay)) return undefined;
  return { from: { day: middleDay, value: median(baseline.map((point) => point.value)) }, to: aim };
}

export type FourPointDecision = 'change-plan' | 'raise-goal';

/**
 * The four-point rule over the points since the baseline, newest last: the last four all below
 * the aimline call for a change of plan, all above it for a higher goal. A point on the line is
 * on neither side. For a behaviour that should fall, below and above trade places.
 */
export function fourPointRule(
  points: readonly DataPoint[],
  line: DayLine,
  direction: GoalDirection = 'rise',
): FourPointDecision | undefined {
  const last = points.slice(-FOUR_POINT_RULE);
  if (last.length < FOUR_POINT_RULE) return undefined;
  const sides = last.map((point) => Math.sign(point.value - valueOn(line, point.day)));
  const towardGoal = direction === 'rise' ? 1 : -1;
  if (sides.every((side) => side === -towardGoal)) return 'change-plan';
  if (sides.every((side) => side === towardGoal)) return 'raise-goal';
  return undefined;
}

/**
 * The three groups of Tukey's resistant line: thirds in time order; one point left over goes to
 * the middle group, two go one to each outer group.
 */
function tukeyGroups<T>(points: readonly T[]): [T[], T[], T[]] {
  const third = Math.floor(points.length / 3);
  const outer = points.length % 3 === 2 ? third + 1 : third;
  return [
    points.slice(0, outer),
    points.slice(outer, points.length - outer),
    points.slice(points.length - outer),
  ];
}

/**
 * Tukey's three-group trend line through the points (seven or more, in time order): its slope
 * from the medians of the first and last thirds, its level the mean of the three groups'
 * medians, so one odd day cannot pull it. Drawn from the first point's day to the last's.
 */
export function tukeyTrend(points: readonly DataPoint[]): DayLine | undefined {
  if (points.length < TREND_MIN_POINTS) return undefined;
  const sorted = [...points].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const groups = tukeyGroups(sorted).map((group) => ({
    x: median(group.map((point) => dayNumberOf(point.day))),
    y: median(group.map((point) => point.value)),
  }));
  const [left, middle, right] = groups;
  if (!left || !middle || !right || right.x === left.x) return undefined;
  const slope = (right.y - left.y) / (right.x - left.x);
  const intercept =
    (left.y - slope * left.x + (middle.y - slope * middle.x) + (right.y - slope * right.x)) / 3;
  const at = (point: DataPoint): DataPoint => ({
    day: point.day,
    value: intercept + slope * dayNumberOf(point.day),
  });
  const [first, last] = [sorted[0], sorted.at(-1)];
  return first && last ? { from: at(first), to: at(last) } : undefined;
}

export type TrendComparison = 'faster' | 'as-aimed' | 'slower' | 'flat' | 'away';

/**
 * The trend against the aimline, toward the goal: faster, about as aimed, slower, flat, or away
 * from the goal altogether (falling while the aim rises, or the reverse).
 */
export function compareTrend(
  trend: DayLine,
  aim: DayLine,
  direction: GoalDirection = 'rise',
): TrendComparison {
  const toward = direction === 'rise' ? 1 : -1;
  const trendSlope = slopeOf(trend) * toward;
  const aimSlope = slopeOf(aim) * toward;
  if (trendSlope < -SLOPE_TOLERANCE) return 'away';
  if (Math.abs(trendSlope - aimSlope) <= SLOPE_TOLERANCE) return 'as-aimed';
  if (Math.abs(trendSlope) <= SLOPE_TOLERANCE) return 'flat';
  return trendSlope > aimSlope ? 'faster' : 'slower';
}

export type ProgressDecisions = {
  aim?: DayLine;
  decision?: FourPointDecision;
  trend?: DayLine;
  trendAgainstAim?: TrendComparison;
  mastered?: SchoolDay;
  probes: MaintenanceProbe[];
  /** For the teacher to confirm or change; none when the data cannot tell yet. */
  code?: ProgressCode;
};

/**
 * The rules applied to a student's days up to the end of the range shown: the aimline from the
 * plan's baseline to its aim on the goal day; the four-point rule, the trend and mastery over the
 * days since the baseline (all the range's days when there is none). Independence should rise.
 */
export function progressDecisions(
  days: readonly DayIndependence[],
  plan: ReviewPlan,
  range: DayRange,
): ProgressDecisions {
  const asPoint = (entry: DayIndependence): DataPoint => ({ day: entry.day, value: entry.share });
  const { baseline, aimPercent, goalDay, mastery } = plan;
  const shown = days.filter((entry) => inRange(entry.day, range));
  const since = baseline ? shown.filter((entry) => entry.day > baseline.to) : shown;
  const points = since.map(asPoint);
  const aim =
    baseline && aimPercent !== undefined && goalDay
      ? aimline(days.filter((entry) => inRange(entry.day, baseline)).map(asPoint), {
          day: goalDay,
          value: aimPercent / 100,
        })
      : undefined;
  const trend = tukeyTrend(points);
  const decision = aim ? fourPointRule(points, aim) : undefined;
  const trendAgainstAim = trend && aim ? compareTrend(trend, aim) : undefined;
  const afterBaseline = baseline ? days.filter((entry) => entry.day > baseline.to) : days;
  const mastered = mastery ? masteredOn(afterBaseline, mastery) : undefined;
  const starts = shown.reduce((sum, entry) => sum + entry.starts, 0);
  const independent = shown.reduce((sum, entry) => sum + entry.independent, 0);
  const code = suggestedProgressCode({
    days: shown.length,
    ...(mastered && mastered <= range.to ? { mastered } : {}),
    ...(decision ? { decision } : {}),
    ...(trendAgainstAim ? { trendAgainstAim } : {}),
    ...(starts > 0 ? { share: independent / starts } : {}),
    ...(aimPercent !== undefined ? { aim: aimPercent / 100 } : {}),
  });
  return {
    ...(aim ? { aim } : {}),
    ...(decision ? { decision } : {}),
    ...(trend ? { trend } : {}),
    ...(trendAgainstAim ? { trendAgainstAim } : {}),
    ...(mastered ? { mastered } : {}),
    probes: mastered ? maintenanceProbes(afterBaseline, mastered) : [],
    ...(code ? { code } : {}),
  };
}
