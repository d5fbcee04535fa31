import { startAdultSession } from '../../app/session';
import { db } from '../../db/instance';
import { deviceIdOf, writeSetting } from '../../db/repos/settings';
import { completeSetup } from '../../db/repos/setup';
import { showRecoveryCode } from '../adult/recovery-code-notice';

// Setup's writes, apart from its form: the database (Dexie) and the checks of what is written
// (valibot) load once the teacher starts to fill the form in, not before its first paint.

/** Asks the browser not to evict this app's data; the answer is shown in settings. */
async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Writes the first teacher and student, and signs the teacher in with the recovery code to show. */
export async function finishSetup(
  input: { teacherName: string; pin: string; studentName: string },
  now: number,
): Promise<void> {
  const { session, recoveryCode } = await completeSetup(db, input, now);
  await deviceIdOf(db, now);
  await writeSetting(db, 'storagePersisted', await requestPersistentStorage());
  startAdultSession(session);
  showRecoveryCode(recoveryCode);
}
