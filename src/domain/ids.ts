// ULIDs: 48-bit time + 80 random bits in Crockford base32. They sort by creation time and are
// unique across tablets, so two devices' records merge by id without a server.

declare const brand: unique symbol;
export type Id<Kind extends string> = string & { readonly [brand]: Kind };

export type EventId = Id<'event'>;
export type StudentId = Id<'student'>;
export type StaffId = Id<'staff'>;
export type DeviceId = Id<'device'>;
export type CardId = Id<'card'>;
export type MediaId = Id<'media'>;
export type ScheduleId = Id<'schedule'>;
/** One step of a schedule; a weekday's step keeps its id in each day's copy, so it can be followed over days. */
export type StepId = Id<'step'>;

const ENCODING = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;
const MAX_TIME = 2 ** 48 - 1;

export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

export type RandomBytes = (length: number) => Uint8Array;

const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** A new ULID for a moment in time (ms since the epoch), which the caller reads from the app clock. */
export function ulid<Kind extends string>(
  timeMs: number,
  randomBytes: RandomBytes = cryptoRandomBytes,
): Id<Kind> {
  if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > MAX_TIME) {
    throw new RangeError(`ULID time out of range: ${timeMs}`);
  }
  let time = '';
  let rest = timeMs;
  for (let i = 0; i < TIME_LENGTH; i++) {
    time = ENCODING.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  // 16 random symbols of 5 bits each; one byte per symbol keeps the code simple and unbiased (256 % 32 === 0).
  const bytes = randomBytes(RANDOM_LENGTH);
  let random = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) random += ENCODING.charAt((bytes[i] ?? 0) % 32);
  return (time + random) as Id<Kind>;
}

/** The creation time encoded in a ULID. */
export function ulidTime(id: string): number {
  let time = 0;
  for (const char of id.slice(0, TIME_LENGTH)) time = time * 32 + ENCODING.indexOf(char);
  return time;
}

export function isUlid(value: unknown): value is string {
  return typeof value === 'string' && ULID_PATTERN.test(value);
}
