import type Dexie from 'dexie';

/**
 * Version 5: a student's schedule for a day, or their template for a weekday, is found through an
 * index of its own. Before, it was found by reading every schedule of the student, and a school
 * year gives each student a day schedule per day: a kiosk start read 180 of them to count the
 * day's support. Only indexes are added; no row changes.
 */
export function v005ScheduleSlotIndexes(db: Dexie): void {
  db.version(5).stores({ schedules: 'id, studentId, [studentId+slot.day], [studentId+slot.weekday]' });
}
