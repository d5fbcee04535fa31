// The teacher's recovery code, kept in the settings table as a PBKDF2 hash only, and the way back
// in with it when the PIN is forgotten. Wrong codes are throttled by the PIN rule
// (domain/pin-lockout) under a key of their own, so they never touch any adult's PIN count.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { StaffId } from '../../domain/ids';
import type { AdultSession, PinHash } from '../../domain/people';
import { type PinAttempts, type PinWait, pinWait, withFailure } from '../../domain/pin-lockout';
import { newRecoveryCode, normalizeRecoveryCode } from '../../domain/recovery-code';
import { parseWith, pinSchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { hashPin, pinMatches } from '../pin-hashing';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

const CODE_KEY = 'recoveryCode';
const ATTEMPTS_KEY = 'recoveryAttempts';

const hashSchema = v.strictObject({
  hash: v.string(),
  salt: v.string(),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
const attemptsSchema = v.strictObject({
  failures: v.pipe(v.number(), v.integer(), v.minValue(1)),
  lastFailedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

async function storedHash(db: AppDb): Promise<PinHash | undefined> {
  const result = v.safeParse(hashSchema, (await db.settings.get(CODE_KEY))?.value);
  return result.success ? result.output : undefined;
}

async function storedAttempts(db: AppDb): Promise<PinAttempts | undefined> {
  const result = v.safeParse(attemptsSchema, (await db.settings.get(ATTEMPTS_KEY))?.value);
  return result.success ? result.output : undefined;
}

/** A new code and its hash; nothing is written here (setup writes it with the teacher). */
export async function recoveryCodeWithHash(): Promise<{ code: string; hash: PinHash }> {
  const code = newRecoveryCode();
  return { code, hash: await hashPin(code) };
}

/** Writes the hash of a new code in a transaction that includes the settings table. */
export async function putRecoveryHash(db: AppDb, hash: PinHash): Promise<void> {
  await db.settings.put({ key: CODE_KEY, value: hash });
  await db.settings.delete(ATTEMPTS_KEY);
}

/** Whether this tablet has a recovery code (one set up before codes existed has none). */
export async function hasRecoveryCode(db: AppDb): Promise<boolean> {
  return (await storedHash(db)) !== undefined;
}

/** A teacher makes a new code; the old one stops working. The code is returned to be shown once. */
export async function makeRecoveryCode(db: AppDb, session: AdultSession | undefined): Promise<string> {
  requireRole(session, 'teacher');
  const { code, hash } = await recoveryCodeWithHash();
  await guardedWrite(() => db.transaction('rw', db.settings, () => putRecoveryHash(db, hash)));
  return code;
}

/** How long until another recovery code may be tried, if at all. */
export async function recoveryWait(db: AppDb, now: number): Promise<PinWait | undefined> {
  return pinWait(await storedAttempts(db), now);
}

function waitError(wait: PinWait): AppError {
  const seconds = Math.ceil(wait.remainingMs / 1000);
  return wait.locked
    ? new AppError('recovery-locked', `locked for ${seconds} s`, { minutes: Math.ceil(seconds / 60) })
    : new AppError('recovery-wait', `wait ${seconds} s`, { seconds });
}

/**
 * Checks a typed code against the stored hash, throttled: the attempt is counted as wrong before the
 * check and forgotten once it proves right, so attempts started together cannot all slip through.
 */
export async function verifyRecoveryCode(db: AppDb, typed: string, now: number): Promise<void> {
  const stored = await storedHash(db);
  if (!stored) throw new AppError('recovery-code-missing');
  await guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const wait = pinWait(await storedAttempts(db), now);
      if (wait) throw waitError(wait);
      await db.settings.put({ key: ATTEMPTS_KEY, value: withFailure(await storedAttempts(db), now) });
    }),
  );
  const code = normalizeRecoveryCode(typed);
  if (!code || !(await pinMatches(code, stored))) throw new AppError('recovery-code-wrong');
  await db.settings.delete(ATTEMPTS_KEY).catch(() => undefined);
}

/**
 * Sets a new PIN for a teacher with the recovery code, keeping every record, and signs them in.
 * The code is spent: the adult area then asks the teacher to make a new one.
 */
export async function resetPinWithRecoveryCode(
  db: AppDb,
  input: { code: string; staffId: StaffId; pin: unknown },
  now: number,
): Promise<AdultSession> {
  const pin = parseWith(pinSchema, input.pin);
  const staff = await db.staff.get(input.staffId);
  if (staff?.role !== 'teacher') throw new AppError('not-allowed', 'only a teacher’s PIN is reset');
  await verifyRecoveryCode(db, input.code, now);
  const pinHash = await hashPin(pin);
  await guardedWrite(() =>
    db.transaction('rw', db.staff, db.settings, async () => {
      await db.staff.update(staff.id, { pin: pinHash, updatedAt: now });
      await db.settings.delete(CODE_KEY);
    }),
  );
  return { staffId: staff.id, role: staff.role, name: staff.name };
}
