import * as v from 'valibot';
import { isClassroomSetting } from '../../domain/backup/format';
import { MAX_REMINDER_DAYS } from '../../domain/backup/reminder';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../domain/idle-lock';
import type { DeviceId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession, Locale } from '../../domain/people';
import { promptLevelsSchema } from '../../domain/prompt-level-settings';
import { idSchema, localeSchema, parseWith } from '../../domain/validation';
import type { AppDb, SettingRow } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { clearKioskSnapshot } from './kiosk-snapshot';

// Each setting has a schema: a value read from storage is checked before the app relies on it,
// and a value that does not fit reads as absent.
const SETTING_SCHEMAS = {
  deviceId: idSchema<'device'>(),
  /** The student this tablet is set to; absent on a shared tablet, where students pick their photo. */
  kioskStudentId: v.nullable(idSchema<'student'>()),
  /** The browser's answer to navigator.storage.persist() during setup. */
  storagePersisted: v.boolean(),
  /** The language of the adult screens on this tablet; the kiosk follows each student's own. */
  adultLocale: localeSchema,
  /**
   * The language the classroom's cards, scales and questions are written in (their main words);
   * each may also have words in the other language. Absent: the adult screens' language.
   */
  classroomLocale: localeSchema,
  /** The teacher's words for the para's prompt buttons, and which levels are offered. */
  promptLevels: promptLevelsSchema,
  /** When this tablet last saved a backup (device-local: each tablet keeps its own). */
  lastBackupAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The teacher's "remind me to back up after this many days". */
  backupReminderDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REMINDER_DAYS)),
  /** Minutes without a tap or key before the adult area and the para bar lock. */
  adultIdleMinutes: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MIN_IDLE_MINUTES),
    v.maxValue(MAX_IDLE_MINUTES),
  ),
} as const;

type Settings = { [Key in keyof typeof SETTING_SCHEMAS]: v.InferOutput<(typeof SETTING_SCHEMAS)[Key]> };
export type SettingKey = keyof Settings;

export async function readSetting<Key extends SettingKey>(
  db: AppDb,
  key: Key,
): Promise<Settings[Key] | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const result = v.safeParse(SETTING_SCHEMAS[key], row.value);
  return result.success ? (result.output as Settings[Key]) : undefined;
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

/** This tablet's id, made once: it marks which device recorded each event, for merging. */
export function deviceIdOf(db: AppDb, now: number): Promise<DeviceId> {
  return guardedWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const existing = await readSetting(db, 'deviceId');
      if (existing) return existing;
      const created = ulid<'device'>(now);
      await db.settings.put({ key: 'deviceId', value: created });
      return created;
    }),
  );
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
  const parsed = parseWith(SETTING_SCHEMAS[key], value) as Settings[Key];
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
