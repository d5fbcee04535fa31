import { describe, expect, test } from 'vitest';
import {
  CARD_LABELS,
  DEFAULT_SEED,
  dayEvents,
  growthOf,
  hasSelfReports,
  type StudentSetup,
  schoolDaysBefore,
  seededRandom,
  streamOf,
  usesTokens,
  weekdayOfDate,
  weekdayTemplate,
  YEAR_SHAPE,
} from '../../bench/harness/year';
import type { AppEvent } from '../../src/domain/events';
import { ulid } from '../../src/domain/ids';
import type { Schedule } from '../../src/domain/schedule';
import type { SchoolDay } from '../../src/domain/time';
import { parseEvent } from '../../src/domain/validation';

const AT = Date.UTC(2026, 0, 1);
const fixed = seededRandom(1);
const id = <Kind extends string>() => ulid<Kind>(AT, fixed.bytes);
const CARDS = new Map(CARD_LABELS.map((label) => [label, id<'card'>()]));
const BOARD = { boardId: id<'board'>(), options: [{ id: id<'option'>(), cardId: id<'card'>() }] };
const PARA = id<'staff'>();
const DEVICE = id<'device'>();

/** A whole year of one student, written nowhere: what the harness writes through the repositories. */
function studentYear(seed: number, index: number, end: SchoolDay): AppEvent[] {
  const random = streamOf(seed, index, 1);
  // Stand-ins for the ids the repositories give the student's records.
  const records = seededRandom(1000 + index);
  const recordId = <Kind extends string>() => ulid<Kind>(AT, records.bytes);
  const templates = [1, 2, 3, 4, 5].map(() => weekdayTemplate(random, CARDS, AT));
  const student: StudentSetup = {
    index,
    studentId: recordId<'student'>(),
    paraId: PARA,
    ...(hasSelfReports(index) ? { scaleId: recordId<'scale'>(), targetId: recordId<'target'>() } : {}),
    tokens: usesTokens(index),
    board: BOARD,
    growth: growthOf(random),
  };
  const days = schoolDaysBefore(end, YEAR_SHAPE.schoolDays);
  // As the harness: the days' events from a stream of their own.
  const daily = streamOf(seed, index, 2);
  return days.flatMap((day, dayIndex) => {
    const schedule: Schedule = {
      id: recordId<'schedule'>(),
      studentId: student.studentId,
      slot: { kind: 'day', day },
      items: templates[weekdayOfDate(day) - 1] ?? [],
      createdAt: AT,
      updatedAt: AT,
    };
    return dayEvents(daily, student, schedule, day, dayIndex / (days.length - 1), DEVICE);
  });
}

const END = '2026-06-15' as SchoolDay;

describe('the bench year', () => {
  test('the same seed gives the same events at the same moments; another seed does not', () => {
    const once = studentYear(42, 1, END);
    expect(studentYear(42, 1, END)).toEqual(once);
    const moments = (events: AppEvent[]) => events.map((event) => `${event.at} ${event.type}`);
    expect(moments(studentYear(43, 1, END))).not.toEqual(moments(once));
  });

  test('runs over 180 school days, Monday to Friday, ending the day before the last', () => {
    const days = schoolDaysBefore(END, 180);
    expect(days).toHaveLength(180);
    expect(days.at(-1)).toBe('2026-06-12');
    expect(days.every((day) => weekdayOfDate(day) === new Date(`${day}T12:00`).getDay())).toBe(true);
  });

  test('every event is one the app accepts', () => {
    for (const index of [0, 1, 2])
      for (const event of studentYear(7, index, END)) expect(parseEvent(event)).toEqual(event);
  });

  test('the bench’s class makes at least 500,000 events in its year', () => {
    let events = 0;
    for (let index = 0; index < YEAR_SHAPE.students; index++)
      events += studentYear(DEFAULT_SEED, index, END).length;
    expect(events).toBeGreaterThanOrEqual(500_000);
    expect(events).toBeLessThan(560_000);
  }, 60_000);

  test('schedules have 8 to 12 steps and independence grows over the year', () => {
    const random = seededRandom(3);
    const sizes = Array.from({ length: 50 }, () => weekdayTemplate(random, CARDS, AT).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
    const starts = studentYear(5, 0, END).filter(
      (event) => event.type === 'step-started' && event.parentStepId === undefined,
    );
    const ownShare = (list: AppEvent[]) =>
      list.filter((event) => event.type === 'step-started' && event.prompt === 'independent').length /
      list.length;
    const half = Math.floor(starts.length / 2);
    expect(ownShare(starts.slice(half))).toBeGreaterThan(ownShare(starts.slice(0, half)));
  });
});
