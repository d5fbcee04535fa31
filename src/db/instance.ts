import { APP_DB_NAME, AppDb } from './app-db';

/** The app's one database connection. Tests open their own. */
export const db = new AppDb(APP_DB_NAME);
