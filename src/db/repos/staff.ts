import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { StaffId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession, Staff } from '../../domain/people';
import { hashPin, pinMatches } from '../../domain/pin-hash';
import { nameSchema, parseWith, pinSchema, staffRoleSchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

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

/** Opens an adult session when the PIN is right; the session lives in memory only. */
export async function signIn(db: AppDb, staffId: StaffId, pin: string): Promise<AdultSession> {
  const staff = await db.staff.get(staffId);
  if (!staff || !(await pinMatches(pin, staff.pin))) throw new AppError('wrong-pin');
  return { staffId: staff.id, role: staff.role, name: staff.name };
}
