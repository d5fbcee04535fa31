import type { ChartChangeType } from '../../../db/repos/chart-changes';
import {
  type ChartChange,
  type ChartMark,
  chartMarks,
  fromDayAfter,
} from '../../../domain/review/chart-marks';
import type { ReviewPlan } from '../../../domain/review/plan';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { formatDay } from './format';

/** A change recorded for the student, on the day it was made. */
export type StudentChange = { type: ChartChangeType; day: SchoolDay };

const PHASE_TYPES = new Set<ChartChangeType>(['plan-advanced', 'plan-changed']);

/**
 * What a student's progress charts draw lines for: the trial's first day and each change to the
 * plan (new phases), each change to a schedule or a support (events), from the day after it.
 */
export function changesToDraw(plan: ReviewPlan, recorded: readonly StudentChange[]): ChartChange[] {
  return [
    ...(plan.trial ? [{ from: plan.trial.from, kind: 'phase' as const, label: t('review.trial') }] : []),
    ...recorded.map(
      (change): ChartChange => ({
        from: fromDayAfter(change.day),
        kind: PHASE_TYPES.has(change.type) ? 'phase' : 'event',
        label: t(`review.mark.${change.type}`),
      }),
    ),
  ];
}

/** The lines among a chart's places, and the same in words for a reader who does not see them. */
export function linesOnChart(
  placeDays: readonly SchoolDay[],
  changes: readonly ChartChange[],
): { marks: ChartMark[]; legend?: string } {
  const marks = chartMarks(placeDays, changes);
  const words = (kind: ChartMark['kind']) =>
    marks
      .filter((mark) => mark.kind === kind)
      .map((mark) => {
        const day = placeDays[mark.index];
        return t('review.markFrom', { labels: mark.labels.join(', '), day: day ? formatDay(day) : '' });
      })
      .join('; ');
  const legend = [
    words('phase') && t('review.phaseLines', { list: words('phase') }),
    words('event') && t('review.eventLines', { list: words('event') }),
  ]
    .filter(Boolean)
    .join(' ');
  return legend ? { marks, legend } : { marks };
}

/** A chart's legends, each a sentence or more, as one; none when there are none. */
export const joinedLegend = (...legends: (string | undefined)[]): string | undefined =>
  legends.filter(Boolean).join(' ') || undefined;
