// Figures and dates as the teacher reads them, in the language of the part of the screen they are in.

import type { Locale } from '../../../domain/people';
import type { DayRange } from '../../../domain/review/independence';
import { partialWeek } from '../../../domain/review/over-time';
import { localDateOf, type SchoolDay } from '../../../domain/time';
import { shownLocale, t } from '../../../i18n';

const noon = (day: SchoolDay) => localDateOf(day, 12);

/**
 * A formatter made once per language: making one costs far more than formatting with it, and a
 * year's charts and tables format thousands of figures; a report printed in the family's language
 * beside a screen in the adult's needs both at once. Reading the language keeps callers reactive.
 */
function perLocale<F>(make: (language: Locale) => F): (language?: Locale) => F {
  const made = new Map<Locale, F>();
  return (language = shownLocale()) => {
    let formatter = made.get(language);
    if (!formatter) {
      formatter = make(language);
      made.set(language, formatter);
    }
    return formatter;
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
export const formatRange = (range: DayRange, withYear = false, language?: Locale): string =>
  (withYear ? shortDayWithYear(language) : shortDay(language)).formatRange(noon(range.from), noon(range.to));

/** A figure to a tenth at most: a mean rating. */
/** A week by its Monday, saying which of its days the range holds when it holds only some. */
export const formatWeek = (monday: SchoolDay, range: DayRange): string => {
  const part = partialWeek(monday, range);
  const day = formatDay(monday);
  return part ? t('review.weekOfPartial', { day, dates: formatRange(part) }) : t('review.weekOf', { day });
};

export const formatDecimal = (value: number): string => decimal().format(value);

export const formatSeconds = (ms: number): string => formatDecimal(ms / 1000);
