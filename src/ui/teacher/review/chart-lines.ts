// The phase and event lines of a review chart in the reader's words: the baseline and the trial of
// the review plan, the plan log, schedule and support changes, absences and new adults.
import type { ChartChange } from '../../../db/repos/chart-changes';
import { type NotCountedSpan, withGaps } from '../../../domain/not-counted';
import { type ChartMarks, chartMarks, type DatedChange } from '../../../domain/review/chart-marks';
import type { DayRange } from '../../../domain/review/independence';
import type { ReviewPlan } from '../../../domain/review/plan';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { formatDay } from './format';

/** What a chart draws lines for, as the review screen reads it once for both charts. */
export type ChartLinesSource = {
  changes: readonly ChartChange[];
  plan: ReviewPlan;
  spans: readonly NotCountedSpan[];
};

const wordsOf = (change: ChartChange): DatedChange => {
  switch (change.kind) {
    case 'plan-advanced':
      return { day: change.day, kind: 'phase', label: t('review.markStep', { step: change.step }) };
    case 'plan-edited':
      return { day: change.day, kind: 'phase', label: t('review.markPlanEdited') };
    case 'schedule-changed':
      return { day: change.day, kind: 'event', label: t('review.markSchedule') };
    case 'support-changed':
      return { day: change.day, kind: 'event', label: t('review.markSupport') };
    case 'new-adult':
      return { day: change.day, kind: 'event', label: t('review.markNewAdult', { name: change.name }) };
  }
};

/** Every dated change in words, oldest first: the plan's phases, the logged changes, each absence. */
export function datedChanges(source: ChartLinesSource): DatedChange[] {
  const { plan, changes, spans } = source;
  const phases: DatedChange[] = [
    ...(plan.baseline
      ? [{ day: plan.baseline.from, kind: 'phase' as const, label: t('review.baseline') }]
      : []),
    ...(plan.trial ? [{ day: plan.trial.from, kind: 'phase' as const, label: t('review.trial') }] : []),
  ];
  const absences = spans
    .filter((span) => span.reason === 'absence')
    .map((span): DatedChange => ({ day: span.from, kind: 'event', label: t('review.markAbsence') }));
  return [...phases, ...changes.map(wordsOf), ...absences].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
}

/** The marks of a chart of `days` (with gaps where days were not counted) over `range`. */
export function marksOf<T extends { day: SchoolDay }>(
  days: readonly T[],
  range: DayRange,
  source: ChartLinesSource,
): ChartMarks {
  const places = withGaps(days, source.spans, range).map((place) =>
    place.kind === 'day'
      ? { from: place.entry.day, to: place.entry.day }
      : { from: place.span.from, to: place.span.to },
  );
  return chartMarks(places, datedChanges(source));
}

/** The marks in words under the chart, for screen readers and paper; undefined when there are none. */
export function marksLegend(marks: ChartMarks): string | undefined {
  const listed = (list: ChartMarks['phases']) =>
    list.map((mark) => t('review.markOn', { label: mark.label, day: formatDay(mark.day) })).join('; ');
  const sentences = [
    ...(marks.phases.length > 0 ? [t('review.phaseLines', { marks: listed(marks.phases) })] : []),
    ...(marks.events.length > 0 ? [t('review.eventLines', { marks: listed(marks.events) })] : []),
  ];
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}
