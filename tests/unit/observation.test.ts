import { expect, test } from 'vitest';
import type { ObservationMade } from '../../src/domain/events';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { liveObservations, observationTally } from '../../src/domain/observation';
import { parseEvent } from '../../src/domain/validation';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const TEACHER = ulid<'staff'>(morning(7)) as StaffId;
const LEE = ulid<'staff'>(morning(7)) as StaffId;
const anObservation = (minute: number) =>
  anEvent(
    {
      type: 'observation-made',
      studentId: ANA,
      actor: { kind: 'staff', staffId: TEACHER },
      observed: LEE,
      marks: { waited: 'done', 'planned-prompt': 'not-done', tokens: 'not-seen' },
      feedback: 'Wait the whole 5 s.',
    },
    morning(7, minute),
  ) as ObservationMade;

test('the tally counts points done and not done; points not seen are left out', () => {
  expect(observationTally(anObservation(0))).toEqual({ done: 1, notDone: 1 });
  expect(observationTally({ marks: {} })).toEqual({ done: 0, notDone: 0 });
});

test('observations that count are newest first; a voided one is gone; a point the checklist lacks is refused', () => {
  const first = anObservation(0);
  const second = anObservation(10);
  expect(liveObservations([first, second])).toEqual([second, first]);
  expect(liveObservations([first, second, aVoid(second, morning(7, 11))])).toEqual([first]);
  expect(parseEvent(first)).toEqual(first);
  expect(() => parseEvent({ ...first, marks: { smiled: 'done' } })).toThrow();
});
