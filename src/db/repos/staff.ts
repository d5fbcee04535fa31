import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { StaffId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession, Staff } from '../../domain/people';
import { type PinWait, pinWait, withFailure } from '../../domain/pin-lockout';
import { nameSchema, parseWith, pinSchema, staffRoleSchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { hashPin, pinMatches } from '../pin-hashing';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { readPinAttempts, writePinAttempts } from './pin-attempts';

/** What screens may know of an adult: never the PIN hash. */
export type StaffMember = Pick<Staff, 'id' | 'name' | 'role'>;

const newStaffSchema = v.object({ name: nameSchema, role: staffRoleSchema, pin: pinSchema });

/** A new staff record from form input, with the PIN hashed; nothing is written here. */
export async function newStaff(input: unknown, now: number): Promise<Staff> {
  const { name, role, pin } = parseWith(newStaffSchema, input);
  return { id: ulid<'staff'>(now), name, role, pin: await hashPin(pin), createdAt: now, updatedAt: now };
}

export async function addStaff(
  db: AppDb,
  session: AdultSession | undefined,
  input: unknown,
  now: number,
): Promise<StaffMember> {
  requireRole(session, 'teacher');
  const staff = await newStaff(input, now);
  await guardedWrite(() => db.staff.add(staff));
  return { id: staff.id, name: staff.name, role: staff.role };
}

export async function listStaff(db: AppDb): Promise<StaffMember[]> {
  const staff = await db.staff.toArray();
  return staff
    .map(({ id, name, role }) => ({ id, name, role }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
}

function waitError(wait: PinWait): AppError {
  const seconds = Math.ceil(wait.remainingMs / 1000);
  return wait.locked
    ? new AppError('pin-locked', `locked for ${seconds} s`, { minutes: Math.ceil(seconds / 60) })
    : new AppError('pin-wait', `wait ${seconds} s`, { seconds });
}

/**
 * Opens an adult session when the PIN is right; the session lives in memory only. While the adult
 * must wait after wrong PINs (see domain/pin-lockout), even the right PIN is refused.
 */
export async function signIn(db: AppDb, staffId: StaffId, pin: string, now: number): Promise<AdultSession> {
  const staff = await db.staff.get(staffId);
  if (!staff) throw new AppError('wrong-pin');
  // The attempt is counted as wrong before the PIN is checked, and forgotten once it proves right,
  // so attempts started together cannot all slip in before the first is counted.
  await db
    .transaction('rw', db.settings, async () => {
      const attempts = await readPinAttempts(db);
      const wait = pinWait(attempts[staffId], now);
      if (wait) throw waitError(wait);
      await writePinAttempts(db, { ...attempts, [staffId]: withFailure(attempts[staffId], now) });
    })
    .catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      // Fails closed: a PIN checked without counting it could be guessed at full speed on a full
      // disk. Erasing the tablet needs no PIN, so this never locks the data in for good.
      throw new AppError('pin-count-unsaved', String(error));
    });
  if (!(await pinMatches(pin, staff.pin))) throw new AppError('wrong-pin');
  await forgetAttempts(db, staffId).catch(() => undefined);
  return { staffId: staff.id, role: staff.role, name: staff.name };
}

function forgetAttempts(db: AppDb, staffId: StaffId): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    const { [staffId]: _forgotten, ...others } = await readPinAttempts(db);
    await writePinAttempts(db, others);
  });
}
