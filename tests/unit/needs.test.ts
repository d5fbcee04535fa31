import { expect, test } from 'vitest';
import type { NeedsNoted } from '../../src/domain/events';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { needsOfDay } from '../../src/domain/needs';
import { parseEvent } from '../../src/domain/validation';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const PARA = ulid<'staff'>(morning(7)) as StaffId;
const aCheckIn = (minute: number, answers: NeedsNoted['answers'], fromFamily = false) =>
  anEvent(
    { type: 'needs-noted', studentId: ANA, actor: { kind: 'staff', staffId: PARA }, answers, fromFamily },
    morning(7, minute),
  );

test('the latest check-in of the day counts; a voided one does not; none before one is made', () => {
  expect(needsOfDay([])).toBeUndefined();
  const first = aCheckIn(0, { slept: 'no' }, true);
  const corrected = aCheckIn(5, { slept: 'yes', ate: 'no' });
  expect(needsOfDay([first, corrected])).toEqual(corrected);
  expect(needsOfDay([first, corrected, aVoid(corrected, morning(7, 6))])).toEqual(first);
});

test('a check-in from outside is checked: known items and answers only', () => {
  const event = aCheckIn(0, { medication: 'not-known' });
  expect(parseEvent(event)).toEqual(event);
  expect(() => parseEvent({ ...event, answers: { slept: 'maybe' } })).toThrow();
  expect(() => parseEvent({ ...event, answers: { mood: 'yes' } })).toThrow();
});
