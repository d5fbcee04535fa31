// The para's paper data sheet: what it shows for a student and a day, and its entry afterwards as
// records of that school day, marked as entered from paper. A para or a teacher may enter one.
import * as v from 'valibot';
import type { Card } from '../../domain/cards';
import { AppError } from '../../domain/errors';
import { PROMPT_LEVELS } from '../../domain/events';
import { type CardId, type EventId, type StudentId, ulidTime } from '../../domain/ids';
import {
  type PaperDrafts,
  paperDrafts,
  paperMoment,
  paperUndoable,
  type SheetRow,
  sheetRows,
} from '../../domain/paper-sheet';
import type { AdultSession } from '../../domain/people';
import { MAX_ITEMS } from '../../domain/schedule';
import { stampPaperCorrection, stampPaperEvent } from '../../domain/stamp';
import { SUPPORT_LEVELS } from '../../domain/support-levels';
import type { SchoolDay } from '../../domain/time';
import { idSchema, parseWith, schoolDaySchema } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireAdult } from './access';
import { cardsByIds } from './card-reads';
import { eventsOfStudentDay } from './events';
import { currentStages } from './plans';
import { recordEvent } from './record-event';
import { ensureDaySchedule, plannedDaySchedule } from './schedule-reads';
import { deviceIdOf } from './settings';

export type DataSheet = { rows: SheetRow[]; cards: Map<CardId, Card> };

/** A student's sheet for a day: the day's steps (its own copy, or its weekday's), each with its plan. */
export async function dataSheetOf(db: AppDb, studentId: StudentId, day: SchoolDay): Promise<DataSheet> {
  const [schedule, stages] = await Promise.all([
    plannedDaySchedule(db, studentId, day),
    currentStages(db, studentId),
  ]);
  const rows = sheetRows(schedule?.items ?? [], stages);
  return { rows, cards: await cardsByIds(db, [...new Set(rows.map((row) => row.cardId))]) };
}

const sheetInput = v.strictObject({
  day: schoolDaySchema,
  entries: v.pipe(
    v.array(
      v.strictObject({
        stepId: idSchema<'step'>(),
        prompt: v.optional(v.picklist(PROMPT_LEVELS)),
        support: v.optional(v.picklist(SUPPORT_LEVELS)),
      }),
    ),
    // A day's parts, each with at most 50 mini-steps (as a backup's schedule may have).
    v.maxLength(MAX_ITEMS * 51),
  ),
});

/** What entering a sheet did: how many records it added, and which of its codes the day had already. */
export type SheetEntered = {
  starts: number;
  supports: number;
  skipped: PaperDrafts['skipped'];
  /** The records added, for taking the sheet back at once if it was the wrong one. */
  recorded: EventId[];
};

/**
 * Enters a paper sheet, all of it in one write: a start for each step with a prompt code and a
 * support level for each part with one, stamped on the sheet's day. A step that has its start
 * already keeps it (one start per step), and a part whose support an adult noted that day keeps
 * that; both are returned as skipped, to be said in words. A day still to come is refused.
 */
export async function enterPaperSheet(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<SheetEntered> {
  requireAdult(session);
  const actor = { kind: 'staff', staffId: session.staffId } as const;
  const { day, entries } = parseWith(sheetInput, input);
  const at = paperMoment(day, now);
  if (at === undefined) throw new AppError('paper-sheet-future', `the sheet's day ${day} is still to come`);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.schedules, db.events, db.rollups], async () => {
      // A day the tablet was not used has no copy of its own yet: the records need one to count
      // in the day's support map, and it is the copy the kiosk would have made.
      const schedule = await ensureDaySchedule(db, studentId, day, now);
      const rows = sheetRows(schedule?.items ?? [], new Map());
      const known = new Set(rows.map((row) => row.stepId));
      if (entries.some((entry) => !known.has(entry.stepId)))
        throw new AppError('state-changed', 'a step of the sheet is not in that day’s schedule');
      const drafts = paperDrafts(rows, entries, await eventsOfStudentDay(db, studentId, day));
      const moments = { at, enteredAt: now };
      const recorded: EventId[] = [];
      for (const start of drafts.starts) {
        const draft = { type: 'step-started', studentId, actor, ...start, latencyMs: 0 } as const;
        recorded.push((await recordEvent(db, stampPaperEvent(draft, moments, deviceId))).id);
      }
      for (const { stepId, level } of drafts.supports) {
        const draft = { type: 'support-noted', studentId, actor, stepId, level } as const;
        recorded.push((await recordEvent(db, stampPaperEvent(draft, moments, deviceId))).id);
      }
      const { starts, supports, skipped } = drafts;
      return { starts: starts.length, supports: supports.length, skipped, recorded };
    }),
  );
}

/**
 * Takes back a sheet entered a moment ago (the wrong student or date): each of its records gets a
 * correction that voids it, on the record's own day, and stays in the log. All or none.
 */
export async function undoPaperSheet(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  idsInput: unknown,
  now: number,
): Promise<void> {
  requireAdult(session);
  const actor = { kind: 'staff', staffId: session.staffId } as const;
  const ids = parseWith(v.pipe(v.array(idSchema<'event'>()), v.maxLength(MAX_ITEMS * 51 * 2)), idsInput);
  const deviceId = await deviceIdOf(db, now);
  await guardedWrite(() =>
    db.transaction('rw', [db.schedules, db.events, db.rollups], async () => {
      for (const id of ids) {
        const target = await db.events.get(id);
        const voided = (await db.events.where('target').equals(id).count()) > 0;
        if (!target || target.studentId !== studentId || !paperUndoable(target, ulidTime(id), now, voided))
          throw new AppError('undo-expired');
        const draft = {
          type: 'voided',
          studentId,
          actor,
          target: id,
          reason: 'paper sheet taken back',
        } as const;
        await recordEvent(db, stampPaperCorrection(draft, target, now, deviceId));
      }
    }),
  );
}
