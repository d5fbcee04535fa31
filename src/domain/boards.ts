import type { BoardId, CardId, OptionId, StudentId } from './ids';

/** One option of a choice board: a card (label, picture, spoken words) the student may pick. */
export type BoardOption = { id: OptionId; cardId: CardId };

/**
 * A choice board: the options a teacher thinks fit, and for each student which of them they see
 * at once (how many a student can handle is itself the teacher's decision).
 */
export type ChoiceBoard = {
  id: BoardId;
  name: string;
  options: BoardOption[];
  /** Per student, the options shown, in order; a student without an entry sees them all. */
  shown: Partial<Record<StudentId, OptionId[]>>;
  /**
   * Buttons a board file hid: kept, with their cards, so an export gives them back hidden; never
   * offered, edited or counted as options.
   */
  hiddenOptions?: BoardOption[];
  /** The grid a board file gave it (version 8), so an export gives the same shape back. */
  grid?: BoardGrid;
  /** The language of its words, as a board file gave it (e.g. `en`, `es-MX`). */
  locale?: string;
  createdAt: number;
  updatedAt: number;
};

/** Rows of cells, each an option of the board or blank (null); every option is in one cell. */
export type BoardGrid = { rows: number; columns: number; order: (OptionId | null)[][] };

export const BOARD_NAME_MAX_LENGTH = 60;
/** Rows and columns a kept grid may have; a board of at most 60 options needs far fewer. */
export const BOARD_GRID_MAX_SIDE = 20;
export const BOARD_LOCALE_MAX_LENGTH = 35;

/**
 * The grid kept for a board's options, or none: cells naming an option no longer on the board
 * turn blank, and a grid that misses an option is dropped (the export lays the board out anew).
 */
export function gridFor(
  options: readonly Pick<BoardOption, 'id'>[],
  grid: BoardGrid | undefined,
): BoardGrid | undefined {
  if (!grid) return undefined;
  const ids = new Set(options.map((option) => option.id));
  const order = grid.order.map((row) => row.map((cell) => (cell !== null && ids.has(cell) ? cell : null)));
  const placed = new Set(order.flat());
  return options.every((option) => placed.has(option.id)) ? { ...grid, order } : undefined;
}
export const BOARD_MAX_OPTIONS = 60;
/** A choice needs at least two options. */
export const MIN_OPTIONS_SHOWN = 2;

/** The options one student sees, in the teacher's order; options since removed are left out. */
export function optionsFor(
  board: Pick<ChoiceBoard, 'options' | 'shown'>,
  studentId: StudentId,
): BoardOption[] {
  const chosen = board.shown[studentId];
  if (!chosen) return board.options;
  const byId = new Map(board.options.map((option) => [option.id, option]));
  return chosen.flatMap((id) => {
    const option = byId.get(id);
    return option ? [option] : [];
  });
}
