// The student's own reports over a range: five-point ratings, self-check answers, and how often
// an adult's check agreed. Read from the events of those kinds (they are few beside the steps).
import {
  type AppEvent,
  type CheckMatched,
  SCALE_LEVELS,
  type ScaleLevel,
  type ScaleRated,
  type SelfCheckAnswered,
} from '../events';
import type { TargetId } from '../ids';
import { voidedTargets } from '../rollup';
import type { SchoolDay } from '../time';
import { type DayRange, inRange } from './independence';

/** The parts of a school day ratings are grouped by, by the hour they were made. */
export const DAY_PARTS = ['morning', 'midday', 'afternoon'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export function dayPartOf(at: number): DayPart {
  const hour = new Date(at).getHours();
  if (hour < 11) return 'morning';
  if (hour < 13) return 'midday';
  return 'afternoon';
}

const counted = <T extends AppEvent>(events: readonly AppEvent[], range: DayRange, type: T['type']): T[] => {
  const voided = voidedTargets(events);
  return events.filter(
    (event): event is T => event.type === type && !voided.has(event.id) && inRange(event.day, range),
  );
};

export type RatingFigures = {
  count: number;
  byLevel: Record<ScaleLevel, number>;
  /** Mean level per day with ratings, oldest first. */
  daily: { day: SchoolDay; count: number; mean: number }[];
  /** Mean level per part of the day, where there are ratings. */
  byPart: Partial<Record<DayPart, { count: number; mean: number }>>;
};

export function ratingFigures(events: readonly AppEvent[], range: DayRange): RatingFigures {
  const ratings = counted<ScaleRated>(events, range, 'scale-rated');
  const byLevel = Object.fromEntries(SCALE_LEVELS.map((level) => [level, 0])) as Record<ScaleLevel, number>;
  const days = new Map<SchoolDay, { count: number; total: number }>();
  const parts = new Map<DayPart, { count: number; total: number }>();
  const add = <K>(map: Map<K, { count: number; total: number }>, key: K, level: number) => {
    const entry = map.get(key) ?? { count: 0, total: 0 };
    map.set(key, { count: entry.count + 1, total: entry.total + level });
  };
  for (const rating of ratings) {
    byLevel[rating.level] += 1;
    add(days, rating.day, rating.level);
    add(parts, dayPartOf(rating.at), rating.level);
  }
  return {
    count: ratings.length,
    byLevel,
    daily: [...days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, { count, total }]) => ({ day, count, mean: total / count })),
    byPart: Object.fromEntries(
      [...parts.entries()].map(([part, { count, total }]) => [part, { count, mean: total / count }]),
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

/** Per question: how the student answered, and how often an adult's check agreed. */
export function selfCheckFigures(events: readonly AppEvent[], range: DayRange): SelfCheckFigures[] {
  const voided = voidedTargets(events);
  const answers = counted<SelfCheckAnswered>(events, range, 'self-check-answered');
  // A match stands with its adult check: voiding the check takes the match back too.
  const matches = counted<CheckMatched>(events, range, 'check-matched').filter(
    (match) => !voided.has(match.adultCheck),
  );
  const targetOfAnswer = new Map(answers.map((answer) => [answer.id, answer.targetId]));
  const figures = new Map<
    TargetId,
    { answers: number; yes: number; yesNo: number; checks: number; matches: number }
  >();
  const entry = (targetId: TargetId) => {
    const found = figures.get(targetId) ?? { answers: 0, yes: 0, yesNo: 0, checks: 0, matches: 0 };
    figures.set(targetId, found);
    return found;
  };
  for (const answer of answers) {
    const figure = entry(answer.targetId);
    figure.answers += 1;
    if (answer.answer === 'yes' || answer.answer === 'no') figure.yesNo += 1;
    if (answer.answer === 'yes') figure.yes += 1;
  }
  for (const match of matches) {
    const targetId = targetOfAnswer.get(match.answerEvent);
    if (!targetId) continue;
    const figure = entry(targetId);
    figure.checks += 1;
    if (match.matched) figure.matches += 1;
  }
  return [...figures.entries()].map(([targetId, figure]) => ({
    targetId,
    answers: figure.answers,
    ...(figure.yesNo > 0 ? { yesShare: figure.yes / figure.yesNo } : {}),
    checks: figure.checks,
    matches: figure.matches,
    ...(figure.checks > 0 ? { matchShare: figure.matches / figure.checks } : {}),
  }));
}
