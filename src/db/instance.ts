import { APP_DB_NAME, AppDb } from './app-db';
import { closeForNewerVersion } from './version-change';

/** The app's one database connection. Tests open their own. */
export const db = new AppDb(APP_DB_NAME);

let closed = false;
const onClosed = new Set<() => void>();

/**
 * Calls back once another tab or a new version of the app has taken the database over (at once if
 * it already has): from then on only a reload goes on.
 */
export function whenClosedForNewerVersion(callback: () => void): void {
  if (closed) callback();
  else onClosed.add(callback);
}

closeForNewerVersion(db, () => {
  closed = true;
  for (const callback of onClosed) callback();
  onClosed.clear();
});
