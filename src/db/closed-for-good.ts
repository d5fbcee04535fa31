// Kept apart from the database's instance (and Dexie), so the notice that asks for a reload is
// there from the first screen on without loading the database: setup paints without it.
let closed = false;
const onClosed = new Set<() => void>();

/**
 * Calls back once another tab or a new version of the app has taken the database over, or
 * another tab restored a backup (at once if it already has): from then on only a reload goes on.
 */
export function whenClosedForNewerVersion(callback: () => void): void {
  if (closed) callback();
  else onClosed.add(callback);
}

/** Whether this tab's database connection has closed for good: what it shows may be another's. */
export const isClosedForGood = (): boolean => closed;

/** Called by the database's instance when its connection has closed for good. */
export function closeForGood(): void {
  closed = true;
  for (const callback of onClosed) callback();
  onClosed.clear();
}
