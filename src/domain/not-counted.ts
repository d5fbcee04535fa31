// Days the teacher marks as not counted (an absence, a fire drill, a substitute's day): they leave
// every figure of the review, the class overview, the report and the daily CSV, and show on the
// charts as a gap with their reason. A mark is an event; taking it back is a `voided` event of it.
import type { AppEvent, DaysNotCounted, NotCountedReason } from './events';
import type { EventId } from './ids';
import type { DayRange } from './review/independence';
import type { SchoolDay } from './time';

export { NOT_COUNTED_REASONS } from './events';
/** The longest note a mark keeps: a sentence, as a correction's reason. */
export const NOT_COUNTED_NOTE_MAX_LENGTH = 200;
/** The longest span one mark covers: a school year, so a slip of the year is refused. */
export const NOT_COUNTED_MAX_DAYS = 366;

/** A span the teacher marked and has not taken back. */
export type NotCountedSpan = {
  id: EventId;
  from: SchoolDay;
  to: SchoolDay;
  reason: NotCountedReason;
  note?: string;
};

/** Why a span cannot be marked, or undefined when it can: the days in order. */
export function spanRefusal(span: { from: SchoolDay; to: SchoolDay }): string | undefined {
  return span.from > span.to ? 'a span of days ends on or after the day it starts' : undefined;
}

/**
 * The marks that stand, oldest first: `events` may hold any events (the marks and the
 * corrections of them); a mark with a `voided` event of it no longer counts.
 */
export function liveSpans(events: readonly AppEvent[]): NotCountedSpan[] {
  const voided = new Set<EventId>();
  for (const event of events) if (event.type === 'voided') voided.add(event.target);
  return events
    .filter((event): event is DaysNotCounted => event.type === 'days-not-counted' && !voided.has(event.id))
    .sort((a, b) => a.at - b.at)
    .map(({ id, from, to, reason, note }) => ({ id, from, to, reason, ...(note ? { note } : {}) }));
}

/** The span a day lies in (the latest marked, when spans overlap), if any. */
export function spanOf(day: SchoolDay, spans: readonly NotCountedSpan[]): NotCountedSpan | undefined {
  let found: NotCountedSpan | undefined;
  for (const span of spans) if (day >= span.from && day <= span.to) found = span;
  return found;
}

/** Whether a day counts in the figures: it lies in no span. */
export const isCounted = (day: SchoolDay, spans: readonly NotCountedSpan[]): boolean =>
  spanOf(day, spans) === undefined;

/** Only what counts of a list of days' figures (rollups, or any list with a day). */
export function countedOnly<T extends { day: SchoolDay }>(
  rows: readonly T[],
  spans: readonly NotCountedSpan[],
): T[] {
  return spans.length === 0 ? [...rows] : rows.filter((row) => isCounted(row.day, spans));
}

/** A chart's sequence: the counted days, and a gap where a span lies, cut to the range shown. */
export type WithGaps<T> = { kind: 'day'; entry: T } | { kind: 'gap'; span: NotCountedSpan };

/**
 * The days in order with a gap for each span that overlaps the range, placed before the first day
 * after it; overlapping spans make one gap each, in the order they start. Days inside a span are
 * left out, so the line breaks rather than falling to zero.
 */
export function withGaps<T extends { day: SchoolDay }>(
  days: readonly T[],
  spans: readonly NotCountedSpan[],
  range: DayRange,
): WithGaps<T>[] {
  const shown = spans
    .filter((span) => span.from <= range.to && span.to >= range.from)
    .map((span) => ({
      ...span,
      from: span.from < range.from ? range.from : span.from,
      to: span.to > range.to ? range.to : span.to,
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const sequence: WithGaps<T>[] = [];
  const waiting = [...shown];
  for (const entry of countedOnly(days, spans)) {
    for (let gap = waiting[0]; gap && gap.from < entry.day; gap = waiting[0]) {
      sequence.push({ kind: 'gap', span: gap });
      waiting.shift();
    }
    sequence.push({ kind: 'day', entry });
  }
  for (const span of waiting) sequence.push({ kind: 'gap', span });
  return sequence;
}
