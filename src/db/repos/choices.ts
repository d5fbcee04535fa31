import { optionsFor } from '../../domain/boards';
import { AppError } from '../../domain/errors';
import type { AppEvent } from '../../domain/events';
import type { BoardId, OptionId, StepId, StudentId } from '../../domain/ids';
import { stampEvent } from '../../domain/stamp';
import type { AppDb } from '../app-db';
import { guardedWrite } from '../write-errors';
import { recordEvent } from './events';
import { deviceIdOf } from './settings';

/**
 * The student's choice on a board, recorded with the card it stands for (so it still reads right
 * if the board changes later) and the step it was offered on. Only an option the student was
 * shown can be chosen.
 */
export async function recordChoice(
  db: AppDb,
  studentId: StudentId,
  choice: { boardId: BoardId; optionId: OptionId; stepId?: StepId },
  now: number,
): Promise<AppEvent> {
  const deviceId = await deviceIdOf(db, now);
  return guardedWrite(() =>
    db.transaction('rw', [db.boards, db.events, db.rollups], async () => {
      const board = await db.boards.get(choice.boardId);
      const option = board && optionsFor(board, studentId).find((shown) => shown.id === choice.optionId);
      if (!option) throw new AppError('invalid-input', 'that option is not on the board shown');
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
          },
          now,
          deviceId,
        ),
      );
    }),
  );
}
