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
  createdAt: number;
  updatedAt: number;
};

export const BOARD_NAME_MAX_LENGTH = 60;
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
