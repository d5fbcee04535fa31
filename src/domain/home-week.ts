// The week's note home (issue 23): the school week's daily drafts put together for the family, with
// one simple chart (activities started without help, each day). Kept as data like the daily note;
// the words are made in the family's language when it is shown or printed.
import type { ScaleLevel } from './events';
import type { HomeNoteDraft } from './home-note';
import type { CardId } from './ids';
import { dayAfter, mondayOf, type SchoolDay } from './time';

/** Monday to Friday: the week a family hears about. A make-up Saturday is rare and told in its daily note. */
export const SCHOOL_WEEK_LENGTH = 5;

/** The school days of the week that holds `day`, Monday first. */
export function schoolWeekOf(day: SchoolDay): SchoolDay[] {
  const monday = mondayOf(day);
  return Array.from({ length: SCHOOL_WEEK_LENGTH }, (_, index) => dayAfter(monday, index));
}

/** One bar of the chart: the day's activities started, and of them without help. */
export type HomeWeekBar = { day: SchoolDay; started: number; independent: number };

export type HomeWeekSummary = {
  bars: HomeWeekBar[];
  started: number;
  independent: number;
  finished: number;
  /** The activities started on their own this week, those started so on the most days first. */
  onTheirOwn: CardId[];
  /** The rating chosen most often, the higher of a tie (so a hard moment is never hidden); none without ratings. */
  usualRating?: ScaleLevel;
  ratingCount: number;
  tokens: number;
  rewards: number;
};

/** The week from each school day's daily draft, in the order of the week. */
export function summarizeWeek(
  days: ReadonlyArray<{ day: SchoolDay; draft: HomeNoteDraft }>,
): HomeWeekSummary {
  const daysOnOwn = new Map<CardId, number>();
  const ratingCounts = new Map<ScaleLevel, number>();
  const sum = (pick: (draft: HomeNoteDraft) => number) =>
    days.reduce((total, { draft }) => total + pick(draft), 0);
  for (const { draft } of days) {
    for (const cardId of draft.onTheirOwn) daysOnOwn.set(cardId, (daysOnOwn.get(cardId) ?? 0) + 1);
    for (const level of draft.ratings) ratingCounts.set(level, (ratingCounts.get(level) ?? 0) + 1);
  }
  // A stable sort keeps the order of first appearance among activities started on as many days.
  const onTheirOwn = [...daysOnOwn.entries()].sort((a, b) => b[1] - a[1]).map(([cardId]) => cardId);
  let usualRating: ScaleLevel | undefined;
  for (const [level, count] of ratingCounts) {
    const best = usualRating === undefined ? 0 : (ratingCounts.get(usualRating) ?? 0);
    if (count > best || (count === best && usualRating !== undefined && level > usualRating))
      usualRating = level;
  }
  return {
    bars: days.map(({ day, draft }) => ({ day, started: draft.started, independent: draft.independent })),
    started: sum((draft) => draft.started),
    independent: sum((draft) => draft.independent),
    finished: sum((draft) => draft.finished),
    onTheirOwn,
    ...(usualRating === undefined ? {} : { usualRating }),
    ratingCount: sum((draft) => draft.ratings.length),
    tokens: sum((draft) => draft.tokens),
    rewards: sum((draft) => draft.rewards),
  };
}

/** Whether the week has anything to tell. */
export const weekHasRecords = (week: HomeWeekSummary): boolean =>
  week.started + week.finished + week.ratingCount + week.tokens + week.rewards > 0;
