import { describe, expect, test } from 'vitest';
import {
  alertLevelsOf,
  DEFAULT_ALERT_LEVELS,
  ratingsAwaitingResponse,
  staffResponses,
} from '../../src/domain/distress';
import type { AppEvent, ScaleLevel, StaffResponse } from '../../src/domain/events';
import type { ScaleId, StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const SCALE = ulid<'scale'>(morning(7)) as ScaleId;
const PARA = ulid<'staff'>(morning(7)) as StaffId;

const aRating = (level: ScaleLevel, minute: number) =>
  anEvent(
    {
      type: 'scale-rated',
      studentId: ANA,
      actor: { kind: 'student' },
      scaleId: SCALE,
      level,
      context: { kind: 'on-demand', askedBy: 'student' },
    },
    morning(7, minute),
  );
const aResponse = (ratings: AppEvent[], minute: number, response: StaffResponse = 'planned') =>
  anEvent(
    {
      type: 'staff-responded',
      studentId: ANA,
      actor: { kind: 'staff', staffId: PARA },
      ratings: ratings.map((rating) => rating.id),
      response,
    },
    morning(7, minute),
  );

describe('which levels alert the adult', () => {
  test('4 and 5 unless the teacher chose others, and exactly the teacher’s choice when they did', () => {
    expect(alertLevelsOf({})).toEqual([4, 5]);
    expect(DEFAULT_ALERT_LEVELS).toEqual([4, 5]);
    expect(alertLevelsOf({ alertLevels: [3, 4, 5] })).toEqual([3, 4, 5]);
    expect(alertLevelsOf({ alertLevels: [] })).toEqual([]);
  });
});

describe('ratings waiting for an adult’s response', () => {
  test('only ratings at an alert level wait: a 3 does not, a 4 and a 5 do, newest first', () => {
    const three = aRating(3, 1);
    const four = aRating(4, 2);
    const five = aRating(5, 3);
    expect(ratingsAwaitingResponse([three, four, five], [4, 5])).toEqual([five, four]);
    expect(ratingsAwaitingResponse([three, four, five], [3])).toEqual([three]);
    expect(ratingsAwaitingResponse([three, four, five], [])).toEqual([]);
  });

  test('a response answers the ratings it names, and only those', () => {
    const first = aRating(5, 1);
    const second = aRating(4, 5);
    const response = aResponse([first], 3);
    expect(ratingsAwaitingResponse([first, response, second], [4, 5])).toEqual([second]);
    expect(ratingsAwaitingResponse([first, second, aResponse([first, second], 6)], [4, 5])).toEqual([]);
  });

  test('a voided rating needs no response; a voided response leaves its ratings waiting again', () => {
    const rating = aRating(5, 1);
    expect(ratingsAwaitingResponse([rating, aVoid(rating, 2)], [4, 5])).toEqual([]);
    const response = aResponse([rating], 2, 'other');
    const undone = aVoid(response, 3);
    expect(ratingsAwaitingResponse([rating, response, undone], [4, 5])).toEqual([rating]);
    expect(staffResponses([rating, response, undone])).toEqual([]);
    expect(staffResponses([rating, response])).toEqual([response]);
  });
});
