// The reads the kiosk needs of choice boards, apart from board editing.
import type { ChoiceBoard } from '../../domain/boards';
import type { BoardId } from '../../domain/ids';
import type { AppDb } from '../app-db';

export async function listBoards(db: AppDb): Promise<ChoiceBoard[]> {
  const boards = await db.boards.toArray();
  return boards.sort((a, b) => a.name.localeCompare(b.name));
}

export function boardById(db: AppDb, id: BoardId): Promise<ChoiceBoard | undefined> {
  return db.boards.get(id);
}
