import { createSignal } from 'solid-js';
import { APP_DB_NAME, AppDb } from './app-db';
import { closeForNewerVersion } from './version-change';

/** The app's one database connection. Tests open their own. */
export const db = new AppDb(APP_DB_NAME);

const [closedForNewerVersion, setClosedForNewerVersion] = createSignal(false);

/** True once another tab or a new version of the app took the database over: only a reload goes on. */
export { closedForNewerVersion };

closeForNewerVersion(db, () => setClosedForNewerVersion(true));
