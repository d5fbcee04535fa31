import { describe, expect, test } from 'vitest';
import {
  FREE_FAILURES,
  LOCK_AFTER_FAILURES,
  LOCK_MS,
  type PinAttempts,
  pinWait,
  waitAfter,
  withFailure,
} from '../../src/domain/pin-lockout';

const START = Date.UTC(2026, 8, 1, 7, 30);

/** `count` wrong PINs, each entered at the moment the previous wait ended. */
function failures(count: number): { attempts: PinAttempts | undefined; now: number } {
  let attempts: PinAttempts | undefined;
  let now = START;
  for (let i = 0; i < count; i++) {
    now += pinWait(attempts, now)?.remainingMs ?? 0;
    attempts = withFailure(attempts, now);
  }
  return { attempts, now };
}

describe('waits after wrong PINs', () => {
  test('two wrong PINs cost nothing; the third makes an adult wait 5 seconds', () => {
    expect(FREE_FAILURES).toBe(2);
    expect(pinWait(failures(2).attempts, failures(2).now)).toBeUndefined();

    const { attempts, now } = failures(3);
    expect(pinWait(attempts, now)).toEqual({ remainingMs: 5_000, locked: false });
  });

  test('the waits grow, 5 s, 15 s, 30 s, 1 min, 2 min, 5 min, then a 15-minute lock from the tenth', () => {
    expect(Array.from({ length: 12 }, (_, i) => waitAfter(i + 1))).toEqual([
      0,
      0,
      5_000,
      15_000,
      30_000,
      60_000,
      120_000,
      300_000,
      300_000,
      LOCK_MS,
      LOCK_MS,
      LOCK_MS,
    ]);
    expect(LOCK_AFTER_FAILURES).toBe(10);
    expect(LOCK_MS).toBe(15 * 60_000);
  });

  test('a wait counts down with the clock and ends exactly when its time is up', () => {
    const { attempts, now } = failures(4);

    expect(pinWait(attempts, now + 10_000)).toEqual({ remainingMs: 5_000, locked: false });
    expect(pinWait(attempts, now + 14_999)?.remainingMs).toBe(1);
    expect(pinWait(attempts, now + 15_000)).toBeUndefined();
  });

  test('from the tenth wrong PIN in a row the PIN is locked for 15 minutes, and says so', () => {
    const { attempts, now } = failures(10);

    expect(attempts?.failures).toBe(10);
    expect(pinWait(attempts, now)).toEqual({ remainingMs: LOCK_MS, locked: true });
    expect(pinWait(attempts, now + LOCK_MS - 1)?.locked).toBe(true);
    expect(pinWait(attempts, now + LOCK_MS)).toBeUndefined();
    expect(pinWait(failures(9).attempts, failures(9).now)?.locked).toBe(false);
  });

  test('a clock set back never shows more than the whole wait', () => {
    const { attempts, now } = failures(3);

    expect(pinWait(attempts, now - 60 * 60_000)).toEqual({ remainingMs: 5_000, locked: false });
  });

  test('no attempts, no wait', () => {
    expect(pinWait(undefined, START)).toBeUndefined();
    expect(withFailure(undefined, START)).toEqual({ failures: 1, lastFailedAt: START });
  });
});
