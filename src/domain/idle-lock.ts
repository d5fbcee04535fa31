// The adult area and the para bar lock after this long without a tap or key, so a session left
// open beside a student does not stay open. The teacher chooses within these bounds.
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 10;
export const DEFAULT_IDLE_MINUTES = 2;

/** The idle time in milliseconds for a stored choice, or the default when none is stored. */
export function idleLockMs(minutes: number | undefined): number {
  return (minutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
}
