// Figures and dates as the teacher reads them, in the adult screens' language.
import type { DayRange } from '../../../domain/review/independence';
import { partialWeek } from '../../../domain/review/over-time';
import { localDateOf, type SchoolDay } from '../../../domain/time';
import { locale, t } from '../../../i18n';

const noon = (day: SchoolDay) => localDateOf(day, 12);

/**
 * A formatter made once per language: making one costs far more than formatting with it, and a
 * year's charts and tables format thousands of figures. Reading `locale` keeps callers reactive.
 */
function perLocale<F>(make: (language: string) => F): () => F {
  let made: { language: string; formatter: F } | undefined;
  return () => {
    const language = locale();
    if (made?.language !== language) made = { language, formatter: make(language) };
    return made.formatter;
  };
}

const percent = perLocale(
  (language) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
);
const decimal = perLocale((language) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }));
const shortDay = perLocale(
  (language) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' }),
);
const shortDayWithYear = perLocale(
  (language) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', year: 'numeric' }),
);

export const formatPercent = (share: number | undefined): string =>
  share === undefined ? t('review.none') : percent().format(share);

export const formatDay = (day: SchoolDay): string => shortDay().format(noon(day));

/** "Sep 2 – 13", "Oct 1 – Nov 8": the shortest the language allows; with the year for a report's header. */
export const formatRange = (range: DayRange, withYear = false): string =>
  (withYear ? shortDayWithYear() : shortDay()).formatRange(noon(range.from), noon(range.to));

/** A figure to a tenth at most: a mean rating. */
/** A week by its Monday, saying which of its days the range holds when it holds only some. */
export const formatWeek = (monday: SchoolDay, range: DayRange): string => {
  const part = partialWeek(monday, range);
  const day = formatDay(monday);
  return part ? t('review.weekOfPartial', { day, dates: formatRange(part) }) : t('review.weekOf', { day });
};

export const formatDecimal = (value: number): string => decimal().format(value);

export const formatSeconds = (ms: number): string => formatDecimal(ms / 1000);
