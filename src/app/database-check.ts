import { holdsNoAppDatabase } from '../db/database-names';

// Asked as the first load starts, before it renders anything: on a first visit the browser takes
// about 100 ms (CPU ×4) to start IndexedDB and list its databases, and a new tablet's setup
// waits for the answer. Asking costs a set-up tablet nothing: its database opens next.
export const noAppDatabase: Promise<boolean> = holdsNoAppDatabase(indexedDB);
