import type { AdultSession } from '../../domain/people';
import type { AppDb } from '../app-db';
import { deleteOtherDatabases } from '../current-database';
import { requireRole } from './access';
import { clearKioskSnapshot } from './kiosk-snapshot';
import { verifyRecoveryCode } from './recovery-code';

/** Who may erase the tablet: a signed-in teacher, or whoever holds the recovery code. */
export type WipeAuthority = { session: AdultSession | undefined } | { recoveryCode: string; now: number };

/**
 * Erases everything this app keeps on this device: the whole database, every student, record,
 * picture and PIN, and any database a restore left behind. Only a teacher's session or the recovery code (throttled like a PIN) may, so no
 * student can reach it from the kiosk. The database comes back empty on next use, so the app
 * starts at setup.
 */
export async function wipeDevice(db: AppDb, authority: WipeAuthority): Promise<void> {
  if ('session' in authority) requireRole(authority.session, 'teacher');
  else await verifyRecoveryCode(db, authority.recoveryCode, authority.now);
  // The kiosk's last screen goes with the data it showed.
  clearKioskSnapshot();
  await db.delete({ disableAutoOpen: false });
  // A database a restore replaced, or left half written, holds the classroom's data too.
  await deleteOtherDatabases(db.name, Date.now(), { factory: db.factory, everyOther: true });
}
