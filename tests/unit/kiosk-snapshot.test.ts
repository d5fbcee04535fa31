import { describe, expect, it } from 'vitest';
import type { StudentId } from '../../src/domain/ids';
import {
  type KioskSnapshot,
  parseKioskSnapshot,
  SNAPSHOT_LIMITS,
  snapshotSteps,
} from '../../src/domain/kiosk-snapshot';
import type { SchoolDay } from '../../src/domain/time';

const ANA = '01HZX0000000000000000000AN' as StudentId;
const BEN = '01HZX0000000000000000000BE' as StudentId;
const TODAY = '2026-12-04' as SchoolDay;
const YESTERDAY = '2026-12-03' as SchoolDay;

const anaToday: KioskSnapshot = {
  version: 1,
  studentId: ANA,
  day: TODAY,
  locale: 'en',
  name: 'Ana',
  layout: 'list',
  steps: [
    { label: 'Arrival', status: 'finished' },
    { label: 'Reading', status: 'current' },
    { label: 'Lunch', status: 'upcoming' },
  ],
};
const stored = (value: unknown) => JSON.stringify(value);

describe('the kiosk snapshot read back at the next load', () => {
  it('is used when it is today’s and the expected student’s', () => {
    expect(parseKioskSnapshot(stored(anaToday), { day: TODAY })).toEqual(anaToday);
    expect(parseKioskSnapshot(stored(anaToday), { day: TODAY, studentId: ANA })).toEqual(anaToday);
  });

  it('is ignored when missing or not JSON', () => {
    expect(parseKioskSnapshot(null, { day: TODAY })).toBeUndefined();
    expect(parseKioskSnapshot('{"version":1,', { day: TODAY })).toBeUndefined();
    expect(parseKioskSnapshot('undefined', { day: TODAY })).toBeUndefined();
  });

  it('is ignored when it has the wrong shape', () => {
    const wrong: unknown[] = [
      [],
      'Ana',
      { ...anaToday, version: 2 },
      { ...anaToday, studentId: 'not-an-id' },
      { ...anaToday, day: '2026-13-01' },
      { ...anaToday, locale: 'fr' },
      { ...anaToday, layout: 'grid' },
      { ...anaToday, name: '' },
      { ...anaToday, name: 'A'.repeat(SNAPSHOT_LIMITS.name + 1) },
      { ...anaToday, steps: [] },
      { ...anaToday, steps: 'Arrival' },
      { ...anaToday, steps: [{ label: 'Arrival', status: 'skipped' }] },
      { ...anaToday, steps: [{ label: 42, status: 'current' }] },
      { ...anaToday, steps: [null] },
      { ...anaToday, steps: Array.from({ length: SNAPSHOT_LIMITS.steps + 1 }, () => anaToday.steps[2]) },
      { ...anaToday, steps: [anaToday.steps[1], anaToday.steps[1]] },
    ];
    for (const value of wrong) expect(parseKioskSnapshot(stored(value), { day: TODAY })).toBeUndefined();
    expect(parseKioskSnapshot(' '.repeat(SNAPSHOT_LIMITS.chars + 1), { day: TODAY })).toBeUndefined();
  });

  it('is ignored when it is another student’s', () => {
    expect(parseKioskSnapshot(stored(anaToday), { day: TODAY, studentId: BEN })).toBeUndefined();
  });

  it('is ignored when it is of another day', () => {
    expect(parseKioskSnapshot(stored({ ...anaToday, day: YESTERDAY }), { day: TODAY })).toBeUndefined();
  });

  it('keeps only what it was checked for: extra fields are dropped', () => {
    const withExtra = { ...anaToday, events: ['secret'], steps: [{ ...anaToday.steps[1], cardId: 'x' }] };
    expect(parseKioskSnapshot(stored(withExtra), { day: TODAY })).toEqual({
      ...anaToday,
      steps: [anaToday.steps[1]],
    });
  });
});

describe('what a snapshot keeps of the screen', () => {
  it('keeps the whole day of a list, and only now and next of the focus layouts', () => {
    const day = [...anaToday.steps, { label: 'Bus', status: 'upcoming' as const }];
    expect(snapshotSteps('list', day)).toEqual(day);
    expect(snapshotSteps('strip', day)).toEqual(day);
    expect(snapshotSteps('now-next', day)).toEqual([anaToday.steps[1], anaToday.steps[2]]);
    expect(snapshotSteps('first-then', day)).toEqual([anaToday.steps[1], anaToday.steps[2]]);
  });
});
