// How long the PIN gate makes an adult wait after wrong PINs. The figures: two slips are free (a
// mistyped PIN, a student's curious taps), then each wrong PIN costs a growing wait, so an adult who
// misremembers loses seconds, not the morning. From the tenth wrong PIN in a row every further one
// locks that person's PIN for 15 minutes: guessing through all 10,000 four-digit PINs would then
// take over three months. A right PIN starts the count again.

/** Wrong PINs of one adult since their last right one, and when the latest was entered. */
export type PinAttempts = { failures: number; lastFailedAt: number };

/** Wrong PINs in a row that cost nothing. */
export const FREE_FAILURES = 2;
/** The wait after the 3rd, 4th, … wrong PIN, until the lock. */
const GROWING_WAITS_MS = [5_000, 15_000, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 5 * 60_000] as const;
/** From this many wrong PINs in a row, each one locks the PIN for LOCK_MS. */
export const LOCK_AFTER_FAILURES = FREE_FAILURES + GROWING_WAITS_MS.length + 1;
export const LOCK_MS = 15 * 60_000;

/** The wait that follows a given number of wrong PINs in a row. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  if (failures >= LOCK_AFTER_FAILURES) return LOCK_MS;
  return GROWING_WAITS_MS[failures - FREE_FAILURES - 1] ?? LOCK_MS;
}

/** What the gate tells an adult: how long until they may try again, and whether it is the long lock. */
export type PinWait = { remainingMs: number; locked: boolean };

/** The wait still to run at `now`, or undefined when a PIN may be tried. */
export function pinWait(attempts: PinAttempts | undefined, now: number): PinWait | undefined {
  if (!attempts) return undefined;
  const wait = waitAfter(attempts.failures);
  // Never shown as more than the whole wait: a tablet clock set back keeps it whole until the clock
  // passes the wrong PIN's moment again, rather than making it look hours long.
  const remainingMs = Math.min(wait, attempts.lastFailedAt + wait - now);
  if (remainingMs <= 0) return undefined;
  return { remainingMs, locked: attempts.failures >= LOCK_AFTER_FAILURES };
}

/** The attempts after one more wrong PIN at `now`. */
export function withFailure(attempts: PinAttempts | undefined, now: number): PinAttempts {
  return { failures: (attempts?.failures ?? 0) + 1, lastFailedAt: now };
}
