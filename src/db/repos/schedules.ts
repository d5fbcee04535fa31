import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import type { CardId, DeviceId, StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import {
  CHOOSE_ORDER_MAX,
  CHOOSE_ORDER_MIN,
  insertChange,
  MAX_DURATION_MINUTES,
  MAX_ITEMS,
  type Schedule,
  type ScheduleItem,
  type ScheduleSlot,
  WEEKDAYS,
  weekdayOf,
} from '../../domain/schedule';
import { composeScheduleChange } from '../../domain/schedule-changes';
import { progressOf } from '../../domain/schedule-progress';
import { stampEvent } from '../../domain/stamp';
import type { SchoolDay } from '../../domain/time';
import { idSchema, parseWith, schoolDaySchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireAdult, requireRole } from './access';
import { eventsOfStudentDay, refreshDaySupport } from './events';
import { recordEvent } from './record-event';
import { scheduleFor, templateOfDay } from './schedule-reads';
import { deviceIdOf } from './settings';

const itemsSchema = v.pipe(
  v.array(
    v.object({
      id: idSchema<'step'>(),
      cardId: idSchema<'card'>(),
      durationMinutes: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DURATION_MINUTES)),
      ),
      miniSteps: v.array(v.object({ id: idSchema<'step'>(), cardId: idSchema<'card'>() })),
      isChange: v.optional(v.boolean()),
      boardId: v.optional(idSchema<'board'>()),
      chooseOrderOf: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(CHOOSE_ORDER_MIN), v.maxValue(CHOOSE_ORDER_MAX)),
      ),
      checkIn: v.optional(v.literal(true)),
    }),
  ),
  v.maxLength(MAX_ITEMS),
);

export const slotSchema = v.variant('kind', [
  v.object({ kind: v.literal('template'), weekday: v.picklist(WEEKDAYS) }),
  v.object({ kind: v.literal('day'), day: schoolDaySchema }),
]);

async function assertReferencesExist(db: AppDb, items: readonly ScheduleItem[]): Promise<void> {
  const ids = items.flatMap((item) => [item.cardId, ...item.miniSteps.map((mini) => mini.cardId)]);
  const found = await db.cards.bulkGet(ids);
  if (found.some((card) => card === undefined))
    throw new AppError('not-found', 'a step uses a card that does not exist');
  const boardIds = items.flatMap((item) => (item.boardId ? [item.boardId] : []));
  if ((await db.boards.bulkGet(boardIds)).some((board) => board === undefined))
    throw new AppError('not-found', 'a step offers a choice board that does not exist');
}

/**
 * Writes one schedule inside the caller's transaction, keeping its id when it exists, and tells
 * the paras of a change to its steps (a `schedule-changed` event under the teacher's name).
 */
async function putSchedule(
  db: AppDb,
  session: AdultSession,
  studentId: StudentId,
  slot: ScheduleSlot,
  items: ScheduleItem[],
  now: number,
  deviceId: DeviceId,
): Promise<Schedule> {
  const existing = await scheduleFor(db, studentId, slot);
  // A first schedule is the plan, not a change to it: the paras are told of changes to steps they follow.
  const change =
    existing && existing.items.length > 0 ? composeScheduleChange(slot, existing.items, items) : undefined;
  if (change)
    await recordEvent(
      db,
      stampEvent(
        {
          type: 'schedule-changed',
          studentId,
          actor: { kind: 'staff', staffId: session.staffId },
          change,
        },
        now,
        deviceId,
      ),
    );
  const schedule: Schedule = existing
    ? { ...existing, items, updatedAt: now }
    : { id: ulid<'schedule'>(now), studentId, slot, items, createdAt: now, updatedAt: now };
  await db.schedules.put(schedule);
  // A day's parts are what its support map counts: a changed day is counted again.
  if (slot.kind === 'day') await refreshDaySupport(db, studentId, slot.day);
  return schedule;
}

/**
 * Saves a weekday template or a day's schedule, and, for a weekday, the same steps on the other
 * weekdays the teacher chose ("repeat on Mon/Wed/Fri"), all or none. Saving a day never changes
 * a template.
 */
export async function saveSchedule(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  slotInput: unknown,
  itemsInput: unknown,
  now: number,
  alsoOnInput: unknown = [],
): Promise<Schedule> {
  const teacher = requireRole(session, 'teacher');
  const slot = parseWith(slotSchema, slotInput);
  const items: ScheduleItem[] = parseWith(itemsSchema, itemsInput);
  const deviceId = await deviceIdOf(db, now);
  const alsoOn = parseWith(v.pipe(v.array(v.picklist(WEEKDAYS)), v.maxLength(WEEKDAYS.length)), alsoOnInput);
  if (alsoOn.length > 0 && slot.kind !== 'template')
    throw new AppError('invalid-input', 'only a weekday schedule repeats on other weekdays');
  return guardedWrite(() =>
    db.transaction(
      'rw',
      [db.schedules, db.cards, db.boards, db.students, db.events, db.rollups],
      async () => {
        await mustGet(db.students, studentId);
        await assertReferencesExist(db, items);
        for (const weekday of alsoOn)
          if (slot.kind === 'template' && weekday !== slot.weekday)
            await putSchedule(db, teacher, studentId, { kind: 'template', weekday }, items, now, deviceId);
        return putSchedule(db, teacher, studentId, slot, items, now, deviceId);
      },
    ),
  );
}

/**
 * The steps the editor starts from. A day not yet opened by the kiosk starts from its weekday's
 * template with the same step ids, exactly as the kiosk would copy it.
 */
export async function scheduleToEdit(
  db: AppDb,
  studentId: StudentId,
  slot: ScheduleSlot,
): Promise<{ items: ScheduleItem[]; fromTemplate: boolean }> {
  const saved = await scheduleFor(db, studentId, slot);
  if (saved || slot.kind === 'template') return { items: saved?.items ?? [], fromTemplate: false };
  const weekday = weekdayOf(slot.day);
  const template = weekday ? await scheduleFor(db, studentId, { kind: 'template', weekday }) : undefined;
  return { items: template?.items ?? [], fromTemplate: template !== undefined };
}

/** An adult puts "something different" into today's schedule, right after the current step. */
export async function insertChangeCard(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  day: SchoolDay,
  cardId: CardId,
  now: number,
): Promise<Schedule> {
  requireAdult(session);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.schedules, db.cards, db.events, db.rollups], async () => {
      await mustGet(db.cards, cardId);
      const schedule = await scheduleFor(db, studentId, { kind: 'day', day });
      // Before the kiosk has opened the day, the change goes into the copy of its weekday template.
      const items = schedule?.items ?? (await templateOfDay(db, studentId, day))?.items ?? [];
      const progress = progressOf(items, await eventsOfStudentDay(db, studentId, day));
      const stepId = ulid<'step'>(now);
      const updated: Schedule = {
        id: schedule?.id ?? ulid<'schedule'>(now),
        studentId,
        slot: { kind: 'day', day },
        items: insertChange(items, progress.current?.index, { id: stepId, cardId }),
        createdAt: schedule?.createdAt ?? now,
        updatedAt: now,
      };
      await db.schedules.put(updated);
      await recordEvent(
        db,
        stampEvent(
          {
            type: 'change-inserted',
            studentId,
            actor: { kind: 'staff', staffId: session.staffId },
            scheduleId: updated.id,
            stepId,
            cardId,
          },
          now,
          deviceId,
        ),
      );
      return updated;
    }),
  );
}
