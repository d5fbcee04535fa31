// The student's own reports over a range: five-point ratings, self-check answers, and how often
// an adult's check agreed. Read from the day rollups, which keep them per day.
import { DAY_PARTS, type DayPart } from '../day-parts';
import { SCALE_LEVELS, type ScaleLevel, type SelfCheckAnswer } from '../events';
import type { TargetId } from '../ids';
import type { DayRollup, SelfCheckDay } from '../rollup';
import type { SchoolDay } from '../time';
import { type DayRange, inRange } from './independence';

export type RatingFigures = {
  count: number;
  byLevel: Record<ScaleLevel, number>;
  /** Mean level per day with ratings, oldest first. */
  daily: { day: SchoolDay; count: number; mean: number }[];
  /** Mean level per part of the day, where there are ratings. */
  byPart: Partial<Record<DayPart, { count: number; mean: number }>>;
};

const byDay = (rollups: readonly DayRollup[], range: DayRange) =>
  rollups.filter((rollup) => inRange(rollup.day, range)).sort((a, b) => (a.day < b.day ? -1 : 1));

export function ratingFigures(rollups: readonly DayRollup[], range: DayRange): RatingFigures {
  const byLevel = Object.fromEntries(SCALE_LEVELS.map((level) => [level, 0])) as Record<ScaleLevel, number>;
  const parts = Object.fromEntries(DAY_PARTS.map((part) => [part, { count: 0, levelTotal: 0 }])) as Record<
    DayPart,
    { count: number; levelTotal: number }
  >;
  const daily: RatingFigures['daily'] = [];
  for (const rollup of byDay(rollups, range)) {
    let count = 0;
    let total = 0;
    for (const level of SCALE_LEVELS) {
      byLevel[level] += rollup.ratings[level];
      count += rollup.ratings[level];
      total += level * rollup.ratings[level];
    }
    if (count > 0) daily.push({ day: rollup.day, count, mean: total / count });
    for (const part of DAY_PARTS) {
      parts[part].count += rollup.ratingsByPart[part].count;
      parts[part].levelTotal += rollup.ratingsByPart[part].levelTotal;
    }
  }
  return {
    count: daily.reduce((sum, day) => sum + day.count, 0),
    byLevel,
    daily,
    byPart: Object.fromEntries(
      DAY_PARTS.filter((part) => parts[part].count > 0).map((part) => [
        part,
        { count: parts[part].count, mean: parts[part].levelTotal / parts[part].count },
      ]),
    ),
  };
}

export type SelfCheckFigures = {
  targetId: TargetId;
  answers: number;
  /** Yes answers over yes/no answers; undefined for a 1–5 question or without answers. */
  yesShare?: number;
  checks: number;
  matches: number;
  /** Matches over checks; undefined without checks. */
  matchShare?: number;
};

/** Per question, in the order the questions were made: how the student answered, and how often an adult's check agreed. */
export function selfCheckFigures(rollups: readonly DayRollup[], range: DayRange): SelfCheckFigures[] {
  const figures = new Map<TargetId, SelfCheckDay>();
  for (const rollup of byDay(rollups, range))
    for (const [targetId, day] of Object.entries(rollup.selfChecks) as [TargetId, SelfCheckDay][]) {
      const sum = figures.get(targetId) ?? { answers: 0, yes: 0, yesNo: 0, checks: 0, matches: 0 };
      figures.set(targetId, {
        answers: sum.answers + day.answers,
        yes: sum.yes + day.yes,
        yesNo: sum.yesNo + day.yesNo,
        checks: sum.checks + day.checks,
        matches: sum.matches + day.matches,
      });
    }
  return [...figures.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([targetId, figure]) => ({
      targetId,
      answers: figure.answers,
      ...(figure.yesNo > 0 ? { yesShare: figure.yes / figure.yesNo } : {}),
      checks: figure.checks,
      matches: figure.matches,
      ...(figure.checks > 0 ? { matchShare: figure.matches / figure.checks } : {}),
    }));
}

/** A self-check answer an adult checked: both ratings of the same moment, and whether they agreed. */
export type CheckedAnswer = {
  targetId: TargetId;
  day: SchoolDay;
  at: number;
  student: SelfCheckAnswer;
  adult: SelfCheckAnswer;
  matched: boolean;
};

/** One session (a school day) of a question's checks: how many, how many agreed, and their share. */
export type CheckSession = { day: SchoolDay; checks: number; matches: number; agreement: number };

/**
 * A question's checked answers point by point, oldest first, as numbers on one scale (yes 1, no 0;
 * a level as itself, `levels` when any answer is one), with the agreement of each session.
 */
export type QuestionSessions = {
  targetId: TargetId;
  levels: boolean;
  points: (CheckedAnswer & { studentValue: number; adultValue: number })[];
  sessions: CheckSession[];
};

/** An answer as a point on the chart: yes 1, no 0, a level as itself. */
export const answerValue = (answer: SelfCheckAnswer): number =>
  answer === 'yes' ? 1 : answer === 'no' ? 0 : answer;

/** Per question (in the order the questions were made), the range's checked answers and sessions. */
export function selfCheckSessions(checked: readonly CheckedAnswer[], range: DayRange): QuestionSessions[] {
  const byTarget = new Map<TargetId, CheckedAnswer[]>();
  for (const answer of checked) {
    if (!inRange(answer.day, range)) continue;
    byTarget.set(answer.targetId, [...(byTarget.get(answer.targetId) ?? []), answer]);
  }
  return [...byTarget.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([targetId, answers]) => {
      const points = [...answers]
        .sort((a, b) => a.at - b.at)
        .map((answer) => ({
          ...answer,
          studentValue: answerValue(answer.student),
          adultValue: answerValue(answer.adult),
        }));
      const sessions: CheckSession[] = [];
      for (const point of points) {
        const last = sessions.at(-1);
        const session =
          last?.day === point.day ? last : { day: point.day, checks: 0, matches: 0, agreement: 0 };
        if (session !== last) sessions.push(session);
        session.checks++;
        if (point.matched) session.matches++;
        session.agreement = session.matches / session.checks;
      }
      const levels = points.some(
        (point) => typeof point.student === 'number' || typeof point.adult === 'number',
      );
      return { targetId, levels, points, sessions };
    });
}
