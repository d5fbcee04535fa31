import { AppDb } from './app-db';
import { closeForGood } from './closed-for-good';
import { currentDatabaseName, deleteOtherDatabases, findLostPointer, POINTER_KEY } from './current-database';
import { closeForNewerVersion } from './version-change';

export { whenClosedForNewerVersion } from './closed-for-good';

/** The app's one database connection: the database the pointer names (see current-database). Tests open their own. */
export const db = new AppDb(currentDatabaseName());

/** Upkeep waits this long after start, so it never competes with the first screen. */
const UPKEEP_DELAY_MS = 10_000;

// A database a restore replaced, or one a crash left half written, is deleted once nothing may
// need it. A failure leaves it to the next start: the database in use is never touched.
setTimeout(() => {
  deleteOtherDatabases(db.name, Date.now(), { factory: db.factory }).catch(() => undefined);
}, UPKEEP_DELAY_MS);

// A pointer lost on its own after a restore: the app starts again on the restored database,
// rather than on the one it replaced, or on none and setup. A tablet never restored has no mark.
findLostPointer(db.factory)
  .then((found) => {
    if (found === undefined) return;
    db.close({ disableAutoOpen: true });
    location.reload();
  })
  .catch(() => undefined);

closeForNewerVersion(db, closeForGood);

// Another tab switched to a restored database: what this tab would write now would be lost.
addEventListener('storage', (event) => {
  if (event.key !== POINTER_KEY || currentDatabaseName() === db.name) return;
  db.close({ disableAutoOpen: true });
  closeForGood();
});
