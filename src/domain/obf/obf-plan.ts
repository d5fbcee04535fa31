// What an import makes of each board read from a file: the teacher's choice in the preview, or
// the plain choice when there is none. Pure: the repository writes what this returns.
import { BOARD_GRID_MAX_SIDE, BOARD_MAX_OPTIONS, MIN_OPTIONS_SHOWN } from '../boards';
import { AppError } from '../errors';
import type { ImportedBoard, ImportedOption } from './obf-import';

export type BoardUse =
  /** One choice board of the chosen options (two to the board maximum). */
  | 'choice-board'
  /** Several choice boards of at most the maximum each, for a board with more choices. */
  | 'split'
  /** The chosen options become cards, for schedules, without a board. */
  | 'cards'
  | 'leave';

/** For one board read: what it becomes, and which of its options (by button id; all when absent). */
export type BoardPlan = { use: BoardUse; optionIds?: readonly string[] };

/** What to write: choice boards with their options, and cards that belong to no board. */
export type PlannedBoard = {
  name: string;
  locale?: string;
  options: ImportedOption[];
  /** The board's hidden buttons, kept hidden on it (on the first part of a split board). */
  hiddenOptions: ImportedOption[];
  /** The file's grid for the options taken, by button id; cells of buttons not taken are blank. */
  grid?: (string | null)[][];
};

export type ImportPlan = { choiceBoards: PlannedBoard[]; looseCards: ImportedOption[] };

/**
 * What a board becomes when the teacher has not chosen: a board of two to the maximum choices
 * is a choice board, a larger one is split, a single choice is kept as a card.
 */
export function plainUse(board: ImportedBoard): BoardUse {
  const count = board.options.length;
  if (count === 0) return 'leave';
  if (count < MIN_OPTIONS_SHOWN) return 'cards';
  return count > BOARD_MAX_OPTIONS ? 'split' : 'choice-board';
}

/** `plans` go with `boards` one to one; a board without a plan gets its plain use. */
export function planImport(boards: readonly ImportedBoard[], plans?: readonly BoardPlan[]): ImportPlan {
  const plan: ImportPlan = { choiceBoards: [], looseCards: [] };
  for (const [index, board] of boards.entries()) {
    const { use, optionIds } = plans?.[index] ?? { use: plainUse(board) };
    const wanted = optionIds && new Set(optionIds);
    const options = wanted ? board.options.filter((option) => wanted.has(option.sourceId)) : board.options;
    if (use === 'leave' || options.length === 0) continue;
    if (use === 'cards') plan.looseCards.push(...options);
    else if (use === 'choice-board') {
      checkOptionCount(board.name, options.length);
      const hidden = keptHidden(board);
      const grid = keptGrid(board.grid, [...options, ...hidden]);
      plan.choiceBoards.push({
        ...boardOf(board, board.name, options, hidden),
        ...(grid ? { grid } : {}),
      });
    } else {
      checkOptionCount(board.name, Math.min(options.length, MIN_OPTIONS_SHOWN));
      const parts = splitEvenly(options, BOARD_MAX_OPTIONS);
      for (const [part, chunk] of parts.entries()) {
        const name = parts.length > 1 ? `${board.name} (${part + 1})` : board.name;
        plan.choiceBoards.push(boardOf(board, name, chunk, part === 0 ? keptHidden(board) : []));
      }
    }
  }
  return plan;
}

/** A board keeps as many hidden buttons as it may hold options; a file's extra ones are left out. */
function keptHidden(board: ImportedBoard): ImportedOption[] {
  return board.hiddenOptions.slice(0, BOARD_MAX_OPTIONS);
}

/** The grid with only the options taken, if it fits the limits of a kept grid. */
function keptGrid(
  grid: readonly (string | null)[][] | undefined,
  options: readonly ImportedOption[],
): (string | null)[][] | undefined {
  if (!grid || grid.length === 0 || grid.length > BOARD_GRID_MAX_SIDE) return undefined;
  if (grid.some((row) => row.length > BOARD_GRID_MAX_SIDE)) return undefined;
  const taken = new Set(options.map((option) => option.sourceId));
  return grid.map((row) => row.map((id) => (id !== null && taken.has(id) ? id : null)));
}

function boardOf(
  board: ImportedBoard,
  name: string,
  options: ImportedOption[],
  hiddenOptions: ImportedOption[],
): PlannedBoard {
  return { name, ...(board.locale ? { locale: board.locale } : {}), options, hiddenOptions };
}

/** As few parts of at most `max` as can hold the items, of near equal sizes. */
export function splitEvenly<Item>(items: readonly Item[], max: number): Item[][] {
  const parts = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, part) => items.slice(part * size, (part + 1) * size));
}

function checkOptionCount(board: string, count: number): void {
  if (count >= MIN_OPTIONS_SHOWN && count <= BOARD_MAX_OPTIONS) return;
  throw new AppError('board-option-count', `${board} has ${count} options`, {
    board,
    count,
    min: MIN_OPTIONS_SHOWN,
    max: BOARD_MAX_OPTIONS,
  });
}
