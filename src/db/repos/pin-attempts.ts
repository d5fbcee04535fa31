// Wrong PINs are counted on this device, in the settings table, so a reload does not start the
// count again. Kept apart from settings.ts, which loads with the kiosk.
import * as v from 'valibot';
import type { StaffId } from '../../domain/ids';
import { type PinAttempts, type PinWait, pinWait } from '../../domain/pin-lockout';
import { idSchema } from '../../domain/validation';
import type { AppDb } from '../app-db';

const PIN_ATTEMPTS_KEY = 'pinAttempts';

const attemptsSchema = v.record(
  idSchema<'staff'>(),
  v.strictObject({
    failures: v.pipe(v.number(), v.integer(), v.minValue(1)),
    lastFailedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
);

type AttemptsByStaff = Partial<Record<StaffId, PinAttempts>>;

/** Every adult's wrong PINs on this device; a stored value that does not fit reads as none. */
export async function readPinAttempts(db: AppDb): Promise<AttemptsByStaff> {
  const result = v.safeParse(attemptsSchema, (await db.settings.get(PIN_ATTEMPTS_KEY))?.value);
  return result.success ? result.output : {};
}

export async function writePinAttempts(db: AppDb, attempts: AttemptsByStaff): Promise<void> {
  await db.settings.put({ key: PIN_ATTEMPTS_KEY, value: attempts });
}

/** How long this adult must still wait before the gate takes their PIN, if at all. */
export async function pinWaitOf(db: AppDb, staffId: StaffId, now: number): Promise<PinWait | undefined> {
  return pinWait((await readPinAttempts(db))[staffId], now);
}
