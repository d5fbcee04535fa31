import * as v from 'valibot';
import {
  BOARD_MAX_OPTIONS,
  BOARD_NAME_MAX_LENGTH,
  type BoardOption,
  type ChoiceBoard,
  gridFor,
  MIN_OPTIONS_SHOWN,
} from '../../domain/boards';
import { AppError } from '../../domain/errors';
import type { BoardId, OptionId, StudentId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { idSchema, parseWith } from '../../domain/validation';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

const boardInputSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(BOARD_NAME_MAX_LENGTH)),
  /** Existing options keep their id; new ones come without. */
  options: v.pipe(
    v.array(v.object({ id: v.optional(idSchema<'option'>()), cardId: idSchema<'card'>() })),
    v.minLength(MIN_OPTIONS_SHOWN),
    v.maxLength(BOARD_MAX_OPTIONS),
  ),
});

const shownSchema = v.optional(
  v.pipe(v.array(idSchema<'option'>()), v.minLength(MIN_OPTIONS_SHOWN), v.maxLength(BOARD_MAX_OPTIONS)),
);

/**
 * Makes a new choice board (no `boardId`) or saves an edited one. Options that stay keep their
 * ids; a student's shown options that were removed from the board are dropped from their list.
 */
export async function saveBoard(
  db: AppDb,
  session: AdultSession | undefined,
  boardId: BoardId | undefined,
  input: unknown,
  now: number,
): Promise<ChoiceBoard> {
  requireRole(session, 'teacher');
  const { name, options: optionInput } = parseWith(boardInputSchema, input);
  const options: BoardOption[] = optionInput.map((option) => ({
    id: option.id ?? ulid<'option'>(now),
    cardId: option.cardId,
  }));
  if (new Set(options.map((option) => option.id)).size !== options.length)
    throw new AppError('invalid-input', 'an option appears twice');
  return guardedWrite(() =>
    db.transaction('rw', db.boards, db.cards, async () => {
      const cards = await db.cards.bulkGet(options.map((option) => option.cardId));
      if (cards.some((card) => card === undefined))
        throw new AppError('not-found', 'an option uses a card that does not exist');
      const existing = boardId ? await db.boards.get(boardId) : undefined;
      if (boardId && !existing) throw new AppError('not-found', 'no such board');
      const kept = new Set(options.map((option) => option.id));
      const shown = Object.fromEntries(
        Object.entries(existing?.shown ?? {}).flatMap(([studentId, ids]) => {
          const still = (ids ?? []).filter((id) => kept.has(id));
          return still.length >= MIN_OPTIONS_SHOWN ? [[studentId, still]] : [];
        }),
      ) as ChoiceBoard['shown'];
      let board: ChoiceBoard;
      if (existing) {
        // A grid from a board file stays while it still holds every option; the export then keeps its shape.
        const { grid: _kept, ...rest } = existing;
        const grid = gridFor([...options, ...(existing.hiddenOptions ?? [])], existing.grid);
        board = { ...rest, name, options, shown, updatedAt: now, ...(grid ? { grid } : {}) };
      } else {
        board = { id: ulid<'board'>(now), name, options, shown: {}, createdAt: now, updatedAt: now };
      }
      await db.boards.put(board);
      return board;
    }),
  );
}

/**
 * Which options of a board one student sees at once, in order (at least two); undefined shows
 * the student every option.
 */
export async function setShownOptions(
  db: AppDb,
  session: AdultSession | undefined,
  boardId: BoardId,
  studentId: StudentId,
  input: unknown,
  now: number,
): Promise<ChoiceBoard> {
  requireRole(session, 'teacher');
  const optionIds: OptionId[] | undefined = parseWith(shownSchema, input);
  return guardedWrite(() =>
    db.transaction('rw', db.boards, db.students, async () => {
      const board = await mustGet(db.boards, boardId);
      await mustGet(db.students, studentId);
      const onBoard = new Set(board.options.map((option) => option.id));
      if (
        optionIds &&
        (optionIds.some((id) => !onBoard.has(id)) || new Set(optionIds).size !== optionIds.length)
      )
        throw new AppError('invalid-input', 'the options shown must be different options of this board');
      const { [studentId]: _previous, ...others } = board.shown;
      const updated: ChoiceBoard = {
        ...board,
        shown: optionIds ? { ...others, [studentId]: optionIds } : others,
        updatedAt: now,
      };
      await db.boards.put(updated);
      return updated;
    }),
  );
}
