// Phase and event lines on a progress chart, as single-case graphs draw them: a solid line where a
// new phase begins (the trial after the baseline, each change to the plan), which the data path
// does not cross, and a dotted line where something else changed (a schedule, a support), which
// it does.
import { dayAfter, type SchoolDay } from '../time';

export type ChartChangeKind = 'phase' | 'event';

/** Something that changed, from the first school day it applies to. */
export type ChartChange = { from: SchoolDay; kind: ChartChangeKind; label: string };

/** A line before the chart's place `index`, with what changed there. */
export type ChartMark = { index: number; kind: ChartChangeKind; labels: string[] };

/**
 * A change recorded during a school day applies from the next one: the day it was made was
 * carried out under the plan before it (a teacher changes a plan after looking at the day's data).
 */
export const fromDayAfter = (day: SchoolDay): SchoolDay => dayAfter(day, 1);

/**
 * Where the lines go among the chart's places (each named by its first day, in order): before the
 * first place the change applies to. A change that applies from the first place on, or after the
 * last, draws nothing (the whole chart is on one side of it). Changes before the same place make
 * one line, a phase line when any of them is a phase, with their labels in order, each once.
 */
export function chartMarks(placeDays: readonly SchoolDay[], changes: readonly ChartChange[]): ChartMark[] {
  const marks = new Map<number, ChartMark>();
  const inOrder = [...changes].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const change of inOrder) {
    const index = placeDays.findIndex((day) => day >= change.from);
    if (index <= 0) continue;
    const mark = marks.get(index) ?? { index, kind: change.kind, labels: [] };
    if (change.kind === 'phase') mark.kind = 'phase';
    if (!mark.labels.includes(change.label)) mark.labels.push(change.label);
    marks.set(index, mark);
  }
  return [...marks.values()].sort((a, b) => a.index - b.index);
}
