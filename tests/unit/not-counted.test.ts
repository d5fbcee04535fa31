import { describe, expect, test } from 'vitest';
import type { AppEvent, DaysNotCounted, Voided } from '../../src/domain/events';
import type { DeviceId, EventId, StaffId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import {
  countedOnly,
  isCounted,
  liveSpans,
  type NotCountedSpan,
  spanOf,
  spanRefusal,
  withGaps,
} from '../../src/domain/not-counted';
import { masteredOn } from '../../src/domain/review/mastery';
import { type SchoolDay, schoolDayOf } from '../../src/domain/time';
import { parseEvent } from '../../src/domain/validation';

const day = (date: number) => `2026-09-${String(date).padStart(2, '0')}` as SchoolDay;
const at = (date: number) => new Date(2026, 8, date, 15).getTime();
const student = ulid<'student'>(at(1)) as StudentId;
const device = ulid<'device'>(at(1)) as DeviceId;
const staff = { kind: 'staff' as const, staffId: ulid<'staff'>(at(1)) as StaffId };

function aMark(
  from: number,
  to: number,
  markedOn = 30,
  reason: DaysNotCounted['reason'] = 'absence',
): DaysNotCounted {
  return {
    type: 'days-not-counted',
    id: ulid<'event'>(at(markedOn)) as EventId,
    at: at(markedOn),
    day: schoolDayOf(at(markedOn)),
    studentId: student,
    deviceId: device,
    actor: staff,
    from: day(from),
    to: day(to),
    reason,
  };
}
const voidOf = (mark: AppEvent): Voided => ({
  type: 'voided',
  id: ulid<'event'>(mark.at + 1) as EventId,
  at: mark.at + 1,
  day: mark.day,
  studentId: student,
  deviceId: device,
  actor: staff,
  target: mark.id,
  reason: 'She was here after all',
});
const span = (from: number, to: number, reason: NotCountedSpan['reason'] = 'absence'): NotCountedSpan => ({
  id: ulid<'event'>(at(from)) as EventId,
  from: day(from),
  to: day(to),
  reason,
});

describe('which days a list of marks leaves out', () => {
  test('a span of one day leaves out that day only', () => {
    const spans = [span(8, 8)];
    expect([7, 8, 9].map((date) => isCounted(day(date), spans))).toEqual([true, false, true]);
  });

  test('a span leaves out its first and last day and those between', () => {
    const spans = [span(8, 10)];
    expect([7, 8, 9, 10, 11].map((date) => isCounted(day(date), spans))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  test('overlapping spans leave out their union; a day in both is named by the latest mark', () => {
    const spans = [span(8, 10, 'absence'), span(10, 11, 'fire-drill')];
    expect([7, 8, 10, 11, 14].map((date) => isCounted(day(date), spans))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(spanOf(day(10), spans)?.reason).toBe('fire-drill');
    expect(spanOf(day(9), spans)?.reason).toBe('absence');
  });

  test('a voided mark no longer leaves its days out, and stays in the log', () => {
    const kept = aMark(8, 8, 20);
    const takenBack = aMark(9, 9, 21);
    const spans = liveSpans([takenBack, voidOf(takenBack), kept]);
    expect(spans.map((s) => s.from)).toEqual([day(8)]);
    expect(countedOnly([{ day: day(8) }, { day: day(9) }], spans)).toEqual([{ day: day(9) }]);
  });

  test('a span from after its end is refused, by the rule and by the event schema', () => {
    expect(spanRefusal({ from: day(9), to: day(8) })).toBeDefined();
    expect(spanRefusal({ from: day(9), to: day(9) })).toBeUndefined();
    expect(() => parseEvent(aMark(9, 8))).toThrow(expect.objectContaining({ code: 'invalid-event' }));
    expect(parseEvent(aMark(8, 9))).toMatchObject({ type: 'days-not-counted' });
  });

  test('the event schema refuses an unknown reason, a long note and a span over a year', () => {
    expect(() => parseEvent({ ...aMark(8, 8), reason: 'holiday' })).toThrow();
    expect(() => parseEvent({ ...aMark(8, 8), note: 'x'.repeat(201) })).toThrow();
    expect(parseEvent({ ...aMark(8, 8), note: 'x'.repeat(200) })).toMatchObject({ note: 'x'.repeat(200) });
    expect(() => parseEvent({ ...aMark(8, 8), from: '2025-09-01' })).toThrow();
  });
});

test('mastery’s days in a row skip a day not counted: it neither breaks the run nor counts in it', () => {
  const share = (date: number, independent: number) => ({
    day: day(date),
    starts: 10,
    independent,
    share: independent / 10,
  });
  // 90% on the 7th and 9th, 20% on the 8th (a substitute's day), 90% on the 10th.
  const days = [share(7, 9), share(8, 2), share(9, 9), share(10, 9)];
  const criterion = { percent: 90, days: 3 };
  expect(masteredOn(days, criterion)).toBeUndefined();
  expect(masteredOn(countedOnly(days, [span(8, 8, 'substitute-day')]), criterion)).toBe(day(10));
  // Nor does it count: with the 9th not counted either, two days remain, short of three.
  expect(masteredOn(countedOnly(days, [span(8, 9)]), criterion)).toBeUndefined();
});

describe('the chart’s gaps', () => {
  const days = [7, 8, 9, 10, 11, 14].map((date) => ({ day: day(date), share: 0.5 }));
  const kinds = (sequence: ReturnType<typeof withGaps>) =>
    sequence.map((place) =>
      place.kind === 'day' ? place.entry.day.slice(8) : `gap ${place.span.from.slice(8)}`,
    );

  test('a span makes one gap where its days were, and its days leave the line', () => {
    const range = { from: day(7), to: day(14) };
    expect(kinds(withGaps(days, [span(9, 10)], range))).toEqual(['07', '08', 'gap 09', '11', '14']);
  });

  test('a span crossing the edge of the range is cut to it; one outside the range shows no gap', () => {
    const range = { from: day(8), to: day(11) };
    const inRange = days.filter((entry) => entry.day >= range.from && entry.day <= range.to);
    const sequence = withGaps(inRange, [span(1, 8), span(11, 20), span(21, 22)], range);
    expect(kinds(sequence)).toEqual(['gap 08', '09', '10', 'gap 11']);
    const cut = sequence.at(-1);
    expect(cut?.kind === 'gap' && cut.span.to).toBe(day(11));
  });

  test('overlapping spans make a gap each, in the order they start', () => {
    const range = { from: day(7), to: day(14) };
    expect(kinds(withGaps(days, [span(10, 11), span(9, 10)], range))).toEqual([
      '07',
      '08',
      'gap 09',
      'gap 10',
      '14',
    ]);
  });
});
