// Figures and dates as the teacher reads them, in the adult screens' language.
import type { DayRange } from '../../../domain/review/independence';
import type { SchoolDay } from '../../../domain/time';
import { locale, t } from '../../../i18n';

const noon = (day: SchoolDay) => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
};

export const formatPercent = (share: number | undefined): string =>
  share === undefined
    ? t('review.none')
    : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

export const formatDay = (day: SchoolDay): string =>
  new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric' }).format(noon(day));

/** "Sep 2 – 13", "Oct 1 – Nov 8": the shortest the language allows; with the year for a report's header. */
export const formatRange = (range: DayRange, withYear = false): string =>
  new Intl.DateTimeFormat(locale(), {
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  }).formatRange(noon(range.from), noon(range.to));

export const formatSeconds = (ms: number): string =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(ms / 1000);
