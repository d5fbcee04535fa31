import type { AppDb } from '../app-db';

/**
 * Erases everything this app keeps on this device: the whole database, every student, record,
 * picture and PIN. It needs no PIN, because it is the way out when the teacher's PIN is forgotten;
 * the screen asks for a typed word first. The database comes back empty on next use, so the app
 * starts at setup.
 */
export async function wipeDevice(db: AppDb): Promise<void> {
  await db.delete({ disableAutoOpen: false });
}
