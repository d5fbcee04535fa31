import { expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { currentWait, WAIT_OVER_SHOWN_MS } from '../../src/domain/waiting';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const PARA = ulid<'staff'>(morning(7)) as StaffId;
const actor = { kind: 'staff', staffId: PARA } as const;
const aWait = (minute: number, seconds: number) =>
  anEvent({ type: 'wait-started', studentId: ANA, actor, seconds }, morning(7, minute));
const anEnd = (wait: AppEvent, minute: number) =>
  anEvent({ type: 'wait-ended', studentId: ANA, actor, wait: wait.id }, morning(7, minute));

test('a wait is on screen from its start until its time is over and "time is up" has been shown', () => {
  const wait = aWait(0, 60);
  const endsAt = morning(7, 1);
  expect(currentWait([wait], morning(7, 0) - 1)).toBeUndefined();
  expect(currentWait([wait], morning(7, 0))).toEqual({
    id: wait.id,
    startedAt: wait.at,
    endsAt,
    seconds: 60,
  });
  expect(currentWait([wait], endsAt + WAIT_OVER_SHOWN_MS - 1)).toBeDefined();
  expect(currentWait([wait], endsAt + WAIT_OVER_SHOWN_MS)).toBeUndefined();
});

test('an adult ends a wait early; a newer wait replaces an older one; a voided wait never shows', () => {
  const first = aWait(0, 300);
  expect(currentWait([first, anEnd(first, 1)], morning(7, 2))).toBeUndefined();
  const second = aWait(2, 300);
  expect(currentWait([first, anEnd(first, 1), second], morning(7, 3))?.id).toBe(second.id);
  // Ending the older one does not end the newer.
  expect(currentWait([first, second, anEnd(first, 3)], morning(7, 4))?.id).toBe(second.id);
  expect(currentWait([second, aVoid(second, morning(7, 3))], morning(7, 4))).toBeUndefined();
});
