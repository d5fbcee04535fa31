import { describe, expect, it } from 'vitest';
import type { CardId, StudentId } from '../../src/domain/ids';
import {
  type KioskSnapshot,
  parseKioskSnapshot,
  SNAPSHOT_LIMITS,
  snapshotSteps,
} from '../../src/domain/kiosk-snapshot';
import { snapshotActionOf } from '../../src/domain/kiosk-snapshot-action';
import { progressOf } from '../../src/domain/schedule-progress';
import type { SchoolDay } from '../../src/domain/time';
import { ANA as ANA_ID, aFinish, aShown, aStart, morning, NEXT_STEP, STEP } from '../support/events';

const ANA = '01HZX0000000000000000000AN' as StudentId;
const BEN = '01HZX0000000000000000000BE' as StudentId;
const READING_CARD = '01HZX0000000000000000000RE' as CardId;
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

describe('the current step’s control in a snapshot', () => {
  it('is read back as it was kept: Start, Done, or Done naming a mini-step', () => {
    for (const action of [
      { tap: 'start' },
      { tap: 'done' },
      { tap: 'done', miniStep: 'Wash hands' },
    ] as const) {
      const kept = { ...anaToday, action };
      expect(parseKioskSnapshot(stored(kept), { day: TODAY })).toEqual(kept);
    }
  });

  it('makes the snapshot not ours when it is malformed or has no current step to belong to', () => {
    const wrong: unknown[] = [
      { ...anaToday, action: 'start' },
      { ...anaToday, action: { tap: 'skip' } },
      { ...anaToday, action: { tap: 'start', miniStep: 'Wash hands' } },
      { ...anaToday, action: { tap: 'done', miniStep: '' } },
      { ...anaToday, action: { tap: 'done', miniStep: 'W'.repeat(SNAPSHOT_LIMITS.label + 1) } },
      { ...anaToday, action: { tap: 'start' }, steps: [{ label: 'Arrival', status: 'finished' }] },
    ];
    for (const value of wrong) expect(parseKioskSnapshot(stored(value), { day: TODAY })).toBeUndefined();
  });
});

describe('the control a snapshot keeps', () => {
  const WASH = '01HZX0000000000000000000WA' as CardId;
  const day = [{ id: STEP, cardId: READING_CARD, miniSteps: [{ id: NEXT_STEP, cardId: WASH }] }];
  const labels = (cardId: CardId) => (cardId === WASH ? 'Wash hands' : undefined);
  const at = morning(7);

  it('is Start before the step has started, and Done naming the mini-step on screen after', () => {
    expect(snapshotActionOf(progressOf(day, [aShown(ANA_ID, at)]), labels)).toEqual({ tap: 'start' });
    const started = progressOf(day, [aShown(ANA_ID, at), aStart(ANA_ID, at + 5000, 'independent')]);
    expect(snapshotActionOf(started, labels)).toEqual({ tap: 'done', miniStep: 'Wash hands' });
  });

  it('is plain Done for a step without mini-steps, and none when the day is done', () => {
    const plain = [{ id: STEP, cardId: READING_CARD, miniSteps: [] }];
    const started = [aShown(ANA_ID, at), aStart(ANA_ID, at + 5000, 'independent')];
    expect(snapshotActionOf(progressOf(plain, started), labels)).toEqual({ tap: 'done' });
    const finished = [...started, aFinish(ANA_ID, at + 60_000)];
    expect(snapshotActionOf(progressOf(plain, finished), labels)).toBeUndefined();
  });
});

describe('a step’s picture in a snapshot', () => {
  it('is kept as a place, only as true', () => {
    const withPicture = { ...anaToday, steps: [{ label: 'Reading', status: 'current', picture: true }] };
    expect(parseKioskSnapshot(stored(withPicture), { day: TODAY })).toEqual(withPicture);
    for (const picture of [false, 'yes', { mediaId: 'x' }]) {
      const wrong = { ...anaToday, steps: [{ label: 'Reading', status: 'current', picture }] };
      expect(parseKioskSnapshot(stored(wrong), { day: TODAY })).toBeUndefined();
    }
  });
});

describe('the count of finished steps in a snapshot', () => {
  it('is kept as a whole number, and anything else makes the snapshot not ours', () => {
    const counted = { ...anaToday, layout: 'now-next', finished: 3 };
    expect(parseKioskSnapshot(stored(counted), { day: TODAY })).toEqual(counted);
    expect(parseKioskSnapshot(stored({ ...counted, finished: 0 }), { day: TODAY })).toEqual({
      ...counted,
      finished: 0,
    });
    for (const finished of [-1, 1.5, '3', SNAPSHOT_LIMITS.finished + 1, null]) {
      expect(parseKioskSnapshot(stored({ ...counted, finished }), { day: TODAY })).toBeUndefined();
    }
  });
});
