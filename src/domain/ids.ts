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
export type BoardId = Id<'board'>;
/** One option of a choice board; it keeps its id when the board is edited, so choices stay linked. */
export type OptionId = Id<'option'>;
/** A teacher's fading plan for one activity of one student. */
export type PlanId = Id<'plan'>;
/** One step of a schedule; a weekday's step keeps its id in each day's copy, so it can be followed over days. */
export type StepId = Id<'step'>;
/** A self-monitoring target: a question the student answers about their own behaviour. */
export type TargetId = Id<'target'>;
/** A five-point scale the teacher made; ratings name it. */
export type ScaleId = Id<'scale'>;

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

/** The next id after `id` in sort order, for ids of the same millisecond. */
function incremented(id: string): string {
  const chars = [...id];
  for (let i = chars.length - 1; i >= TIME_LENGTH; i--) {
    const value = ENCODING.indexOf(chars[i] ?? '0');
    if (value < 31) {
      chars[i] = ENCODING.charAt(value + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  throw new RangeError('ULID random part overflow');
}

/**
 * ULIDs that also sort in the order they were made when several share a millisecond, as the
 * events of one tap do: the next id of the same millisecond is the last one plus one.
 */
export function monotonicUlids<Kind extends string>(
  randomBytes: RandomBytes = cryptoRandomBytes,
): (timeMs: number) => Id<Kind> {
  let last: { time: number; id: string } | undefined;
  return (timeMs) => {
    const id = last && last.time === timeMs ? incremented(last.id) : ulid<Kind>(timeMs, randomBytes);
    last = { time: timeMs, id };
    return id as Id<Kind>;
  };
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
