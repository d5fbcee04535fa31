// Whether this device syncs at all, without loading the sync code: most tablets never do, and the
// kiosk loads only what it uses (see app/classroom-sync-start.ts).
import Dexie, { type ObservabilitySet } from 'dexie';
import type { AppDb } from '../app-db';

const hasSyncAccount = async (db: AppDb) => (await db.settings.get('syncAccount')) !== undefined;

/**
 * Calls `start` once a classroom server is saved on this device: at once if one is, else when the
 * teacher saves one (in this tab or another). Returns a function that stops waiting.
 */
export function whenSyncAccountSaved(db: AppDb, start: () => void): () => void {
  let waiting = true;
  const check = async () => {
    if (!waiting || !(await hasSyncAccount(db)) || !waiting) return;
    stop();
    start();
  };
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/settings/`))) void check();
  };
  const stop = () => {
    waiting = false;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  void check();
  return stop;
}
