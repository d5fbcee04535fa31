// When the teacher is reminded to save a backup: after a number of days they choose.
export const DEFAULT_REMINDER_DAYS = 7;
export const MAX_REMINDER_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a backup is due: never saved on this tablet, or the last one is `days` days old or more. */
export function backupOverdue(lastBackupAt: number | undefined, days: number, now: number): boolean {
  return lastBackupAt === undefined || now - lastBackupAt >= days * DAY_MS;
}

/** Whole days since the last backup. */
export function daysSince(lastBackupAt: number, now: number): number {
  return Math.max(0, Math.floor((now - lastBackupAt) / DAY_MS));
}
