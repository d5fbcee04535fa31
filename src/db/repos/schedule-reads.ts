// The kiosk's schedule reads, and the day's copy it makes, apart from schedule editing.

import type { StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import { type Schedule, type ScheduleSlot, sameSlot, weekdayOf } from '../../domain/schedule';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';

/** A student's schedule of one slot: a day's own, or a weekday's template; each has its index. */
export async function scheduleFor(
  db: AppDb,
  studentId: StudentId,
  slot: ScheduleSlot,
): Promise<Schedule | undefined> {
  const ofSlot =
    slot.kind === 'day'
      ? db.schedules.where('[studentId+slot.day]').equals([studentId, slot.day])
      : db.schedules.where('[studentId+slot.weekday]').equals([studentId, slot.weekday]);
  return ofSlot.filter((schedule) => sameSlot(schedule.slot, slot)).first();
}

/** The weekday template a day's own copy is made from, if the day is a school weekday with one. */
export async function templateOfDay(
  db: AppDb,
  studentId: StudentId,
  day: SchoolDay,
): Promise<Schedule | undefined> {
  const weekday = weekdayOf(day);
  return weekday ? scheduleFor(db, studentId, { kind: 'template', weekday }) : undefined;
}

/**
 * The schedule the kiosk shows on a day, without writing anything: the day's own copy, or before
 * the kiosk has opened the day, the weekday template it will be copied from. For the adults' Today.
 */
export async function plannedDaySchedule(
  db: AppDb,
  studentId: StudentId,
  day: SchoolDay,
): Promise<Schedule | undefined> {
  return (
    (await scheduleFor(db, studentId, { kind: 'day', day })) ?? (await templateOfDay(db, studentId, day))
  );
}

/**
 * Today's schedule for the kiosk: the day's own copy, made from the weekday template the first
 * time the day is opened. Steps keep the template's ids, so a step can be followed across days.
 */
export function ensureDaySchedule(db: AppDb, studentId: StudentId, day: SchoolDay, now: number) {
  return guardedWrite(async () => {
    // Read first: on every start but the day's first the copy is there, and a read-write
    // transaction would wait for the disk before the kiosk takes a tap.
    const made = await scheduleFor(db, studentId, { kind: 'day', day });
    if (made) return made;
    return db.transaction('rw', db.schedules, async () => {
      const existing = await scheduleFor(db, studentId, { kind: 'day', day });
      if (existing) return existing;
      const template = await templateOfDay(db, studentId, day);
      if (!template || template.items.length === 0) return undefined;
      const copy: Schedule = {
        id: ulid<'schedule'>(now),
        studentId,
        slot: { kind: 'day', day },
        items: template.items,
        createdAt: now,
        updatedAt: now,
      };
      await db.schedules.add(copy);
      return copy;
    });
  });
}
