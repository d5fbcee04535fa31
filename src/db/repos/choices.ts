import { optionsFor } from '../../domain/boards';
import { openedBoard, orderToChoose, reorderSteps } from '../../domain/choices';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { BoardId, EventId, OptionId, StepId, StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { Schedule } from '../../domain/schedule';
import { progressOf } from '../../domain/schedule-progress';
import { stampEvent } from '../../domain/stamp';
import { type SchoolDay, schoolDayOf } from '../../domain/time';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireAdult } from './access';
import { eventsOfStudentDay } from './events';
import { recordEvent } from './record-event';
import { scheduleFor } from './schedule-reads';
import { deviceIdOf } from './settings';

/**
 * The student's choice on a board, recorded with the card it stands for (so it still reads right
 * if the board changes later) and the step it was offered on, or the adult's opening of the
 * board, which it closes. Only an option the student was shown can be chosen, and on an opened
 * board only while it is open.
 */
export async function recordChoice(
  db: AppDb,
  studentId: StudentId,
  choice: { boardId: BoardId; optionId: OptionId; stepId?: StepId; opening?: EventId },
  now: number,
): Promise<AppEvent> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.boards, db.events, db.rollups, db.schedules], async () => {
      const board = await db.boards.get(choice.boardId);
      const option = board && optionsFor(board, studentId).find((shown) => shown.id === choice.optionId);
      if (!option) throw new AppError('invalid-input', 'that option is not on the board shown');
      if (choice.opening) {
        const open = openedBoard(await eventsOfStudentDay(db, studentId, schoolDayOf(now)));
        if (open?.id !== choice.opening || open.boardId !== choice.boardId)
          throw new AppError('state-changed', 'that board is no longer open');
      }
      return recordEvent(
        db,
        stampEvent(
          {
            type: 'choice-made',
            studentId,
            actor: { kind: 'student' },
            boardId: choice.boardId,
            optionId: option.id,
            cardId: option.cardId,
            ...(choice.stepId ? { stepId: choice.stepId } : {}),
            ...(choice.opening ? { opening: choice.opening } : {}),
          },
          now,
          deviceId,
        ),
      );
    }),
  );
}

/**
 * The student's order for the next steps: today's schedule takes it and the choice is recorded,
 * together. Only the steps on offer right now can be ordered, each once.
 */
export async function chooseOrder(
  db: AppDb,
  studentId: StudentId,
  day: SchoolDay,
  stepIds: readonly StepId[],
  now: number,
): Promise<Schedule> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.schedules, db.events, db.rollups], async () => {
      const schedule = await scheduleFor(db, studentId, { kind: 'day', day });
      const events = await eventsOfStudentDay(db, studentId, day);
      const offered = schedule && orderToChoose(progressOf(schedule.items, events), events);
      const offeredIds = new Set(offered?.map((entry) => entry.item.id));
      if (
        !schedule ||
        stepIds.length !== offeredIds.size ||
        new Set(stepIds).size !== stepIds.length ||
        stepIds.some((id) => !offeredIds.has(id))
      )
        throw new AppError('invalid-input', 'those are not the steps on offer to put in order');
      const reordered: Schedule = {
        ...schedule,
        items: reorderSteps(schedule.items, stepIds),
        updatedAt: now,
      };
      await db.schedules.put(reordered);
      await recordEvent(
        db,
        stampEvent(
          {
            type: 'order-chosen',
            studentId,
            actor: { kind: 'student' },
            scheduleId: schedule.id,
            stepIds: [...stepIds],
          },
          now,
          deviceId,
        ),
      );
      return reordered;
    }),
  );
}

/** An adult puts a choice board on the student's screen now; it replaces one already open. */
export async function openBoard(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  boardId: BoardId,
  now: number,
): Promise<AppEvent> {
  requireAdult(session);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.boards, db.events, db.rollups, db.schedules], async () => {
      await mustGet(db.boards, boardId);
      return recordEvent(
        db,
        stampEvent(
          { type: 'board-opened', studentId, actor: { kind: 'staff', staffId: session.staffId }, boardId },
          now,
          deviceId,
        ),
      );
    }),
  );
}

/** An adult takes the opened board off the student's screen without a choice. */
export async function closeBoard(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  opening: EventId,
  now: number,
): Promise<AppEvent> {
  requireAdult(session);
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.events, db.rollups, db.schedules], async () => {
      const open = openedBoard(await eventsOfStudentDay(db, studentId, schoolDayOf(now)));
      if (open?.id !== opening) throw new AppError('state-changed', 'that board is no longer open');
      return recordEvent(
        db,
        stampEvent(
          { type: 'board-closed', studentId, actor: { kind: 'staff', staffId: session.staffId }, opening },
          now,
          deviceId,
        ),
      );
    }),
  );
}
