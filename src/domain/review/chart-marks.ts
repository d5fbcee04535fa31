// Where a review chart draws its phase lines (solid; the data path breaks there) and its event lines
// (dotted; the path runs on), from the chart's places and the dated changes. The words are the
// caller's: a change comes with its label already in the reader's language.
import type { SchoolDay } from '../time';
import type { DayRange } from './independence';

/** A place along the chart's x axis: one counted day (`from` = `to`), or a gap of days not counted. */
export type ChartPlace = DayRange;

/** A phase begins (baseline, trial, a plan step), or something happened that did not change the plan. */
export type ChangeKind = 'phase' | 'event';
export type DatedChange = { day: SchoolDay; kind: ChangeKind; label: string };

/**
 * A line on the chart before the place at `index` (a phase) or through it (an event); `day` is the
 * first day of that place, for the words under the chart. Several changes there share one label.
 */
export type ChartMark = { index: number; day: SchoolDay; label: string };
export type ChartMarks = { phases: ChartMark[]; events: ChartMark[] };

/** The first place that holds the day or comes after it; undefined when the day is after the chart. */
const placeOf = (places: readonly ChartPlace[], day: SchoolDay): number | undefined => {
  const index = places.findIndex((place) => place.to >= day);
  return index === -1 ? undefined : index;
};

/** The marks of one kind, changes at one place merged in the order given, each label once. */
function merged(entries: readonly { index: number; label: string }[], places: readonly ChartPlace[]) {
  const byIndex = new Map<number, string[]>();
  for (const { index, label } of entries) {
    const labels = byIndex.get(index) ?? [];
    if (!labels.includes(label)) labels.push(label);
    byIndex.set(index, labels);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([index, labels]): ChartMark[] => {
      const place = places[index];
      return place ? [{ index, day: place.from, label: labels.join(', ') }] : [];
    });
}

/**
 * The chart's marks. A change after the last place is not drawn; an event before the first place is
 * not drawn either, but the latest phase begun before it is drawn at the first place, so the chart
 * says which phase it opens in. A change on a day not counted is drawn at that gap.
 */
export function chartMarks(places: readonly ChartPlace[], changes: readonly DatedChange[]): ChartMarks {
  const first = places[0];
  if (!first) return { phases: [], events: [] };
  const phases: { index: number; label: string }[] = [];
  const events: { index: number; label: string }[] = [];
  let opening: DatedChange | undefined;
  for (const change of changes) {
    if (change.day < first.from) {
      if (change.kind === 'phase' && (!opening || change.day >= opening.day)) opening = change;
      continue;
    }
    const index = placeOf(places, change.day);
    if (index === undefined) continue;
    (change.kind === 'phase' ? phases : events).push({ index, label: change.label });
  }
  // A phase begun on the first place itself already says how the chart opens.
  if (opening && !phases.some((phase) => phase.index === 0))
    phases.unshift({ index: 0, label: opening.label });
  return { phases: merged(phases, places), events: merged(events, places) };
}

/**
 * About `wanted` evenly spaced indexes of `count` places for the date labels along the x axis,
 * always the first and the last; fewer when there are fewer places.
 */
export function axisTicks(count: number, wanted = 5): number[] {
  if (count <= 0) return [];
  if (count <= wanted) return Array.from({ length: count }, (_, index) => index);
  const ticks = Array.from({ length: wanted }, (_, k) => Math.round((k * (count - 1)) / (wanted - 1)));
  return [...new Set(ticks)];
}
