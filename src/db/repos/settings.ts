import { MAX_REMINDER_DAYS } from '../../domain/backup/reminder';
import { isClassroomSetting } from '../../domain/classroom-settings';
import { AppError } from '../../domain/errors';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../domain/idle-lock';
import type { DeviceId, Id } from '../../domain/ids';
import { isUlid, ulid } from '../../domain/ids';
import { type AdultSession, LOCALES, type Locale } from '../../domain/people';
import { promptLevelSettingsOf } from '../../domain/prompt-level-settings';
import type { AppDb, SettingRow } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { clearKioskSnapshot } from './kiosk-snapshot';

// Each setting has a check: a value read from storage is checked before the app relies on it, and
// a value that does not fit reads as absent. The checks are written by hand, not with the schema
// library the rest of the app uses: the kiosk reads settings before it takes a tap, and the
// library would be kilobytes of its load for a handful of ids, numbers and words.
const idOf =
  <Kind extends string>() =>
  (value: unknown): Id<Kind> | undefined =>
    isUlid(value) ? (value as Id<Kind>) : undefined;
const studentIdOf = idOf<'student'>();
const localeOf = (value: unknown): Locale | undefined => LOCALES.find((locale) => locale === value);
const wholeNumberOf =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;

const SETTING_VALUES = {
  deviceId: idOf<'device'>(),
  /** The student this tablet is set to; absent on a shared tablet, where students pick their photo. */
  kioskStudentId: (value: unknown) => (value === null ? null : studentIdOf(value)),
  /** The browser's answer to navigator.storage.persist() during setup. */
  storagePersisted: (value: unknown) => (typeof value === 'boolean' ? value : undefined),
  /** The language of the adult screens on this tablet; the kiosk follows each student's own. */
  adultLocale: localeOf,
  /**
   * The language the classroom's cards, scales and questions are written in (their main words);
   * each may also have words in the other language. Absent: the adult screens' language.
   */
  classroomLocale: localeOf,
  /** The teacher's words for the para's prompt buttons, and which levels are offered. */
  promptLevels: promptLevelSettingsOf,
  /** When this tablet last saved a backup (device-local: each tablet keeps its own). */
  lastBackupAt: wholeNumberOf(0),
  /** The teacher's "remind me to back up after this many days". */
  backupReminderDays: wholeNumberOf(1, MAX_REMINDER_DAYS),
  /** Minutes without a tap or key before the adult area and the para bar lock. */
  adultIdleMinutes: wholeNumberOf(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES),
} satisfies Record<string, (value: unknown) => unknown>;

type Settings = {
  [Key in keyof typeof SETTING_VALUES]: Exclude<ReturnType<(typeof SETTING_VALUES)[Key]>, undefined>;
};
export type SettingKey = keyof Settings;

/** The setting's value as it is kept, or undefined when the value is not one of that setting. */
const settingValueOf = <Key extends SettingKey>(key: Key, value: unknown): Settings[Key] | undefined =>
  SETTING_VALUES[key](value) as Settings[Key] | undefined;

export async function readSetting<Key extends SettingKey>(
  db: AppDb,
  key: Key,
): Promise<Settings[Key] | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  return settingValueOf(key, row.value);
}

export function writeSetting<Key extends SettingKey>(
  db: AppDb,
  key: Key,
  value: Settings[Key],
  now = Date.now(),
): Promise<void> {
  return guardedWrite(async () => {
    await db.settings.put(settingRow(key, value, now));
  });
}

/**
 * A setting as stored: one the classroom shares carries when it was edited, so that of two edits
 * made on two devices the later wins everywhere (sync and backups decide by it).
 */
export const settingRow = (key: string, value: unknown, now: number): SettingRow =>
  isClassroomSetting(key) ? { key, value, updatedAt: now } : { key, value };

// A connection's device id never changes (a restore carries it into the new database, which a
// new connection opens), so it is read once: each of the student's taps asks for it, and the read
// waits behind the kiosk's own reads of the day.
const knownDeviceIds = new WeakMap<AppDb, DeviceId>();

/** This tablet's id, made once: it marks which device recorded each event, for merging. */
export function deviceIdOf(db: AppDb, now: number): Promise<DeviceId> {
  const known = knownDeviceIds.get(db);
  if (known) return Promise.resolve(known);
  return guardedWrite(async () => {
    // Read first: the id is made once, and a read-write transaction would wait for the disk.
    const id =
      (await readSetting(db, 'deviceId')) ??
      (await db.transaction('rw', db.settings, async () => {
        const existing = await readSetting(db, 'deviceId');
        if (existing) return existing;
        const created = ulid<'device'>(now);
        await db.settings.put({ key: 'deviceId', value: created });
        return created;
      }));
    knownDeviceIds.set(db, id);
    return id;
  });
}

/** A setting changed by an adult in the teacher's screens: only a teacher may, and only to a valid value. */
export async function changeSetting<Key extends SettingKey>(
  db: AppDb,
  session: AdultSession | undefined,
  key: Key,
  value: Settings[Key],
  now = Date.now(),
): Promise<void> {
  requireRole(session, 'teacher');
  // Another student on the tablet: the kiosk's last screen is no longer what a reload shows.
  if (key === 'kioskStudentId') clearKioskSnapshot();
  const parsed = settingValueOf(key, value);
  if (parsed === undefined) throw new AppError('invalid-input', `not a value of the setting ${key}`);
  // The classroom's words are in the language they were written in: when it was never set, it was
  // the screens' language until now, so it is kept before the screens change theirs, or a
  // Spanish voice would start reading English cards.
  if (key === 'adultLocale' && (await readSetting(db, 'classroomLocale')) === undefined)
    await writeSetting(db, 'classroomLocale', await classroomLocaleOf(db), now);
  return writeSetting(db, key, parsed, now);
}

/** The language of the classroom's main words: as the teacher set it, else the adult screens' (see classroomLocale). */
export async function classroomLocaleOf(db: AppDb): Promise<Locale> {
  const [classroom, adult] = await Promise.all([
    readSetting(db, 'classroomLocale'),
    readSetting(db, 'adultLocale'),
  ]);
  return classroom ?? adult ?? 'en';
}
