import { createMemo, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listBoards } from '../../../db/repos/board-reads';
import { listCards } from '../../../db/repos/card-reads';
import { listStudents } from '../../../db/repos/student-reads';
import type { ChoiceBoard } from '../../../domain/boards';
import type { CardId } from '../../../domain/ids';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';
import { AllBoardsExport, BoardExport } from './board-files';
import { StudentOptions } from './student-options';

/** Every board with its options, and for each student which options they see. */
export function BoardList(props: { onEdit: (board: ChoiceBoard) => void }) {
  const boards = useLive(() => listBoards(db));
  const students = useLive(() => listStudents(db));
  const cards = useLive(() => listCards(db));
  const cardMap = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  const labelOf = (cardId: CardId) => cardMap().get(cardId)?.label ?? t('schedules.missingCard');
  // Keyed by id, not by object: each save brings new objects, and remounting would lose focus.
  const boardIds = () => (boards() ?? []).map((board) => board.id);
  const boardById = createMemo(() => new Map((boards() ?? []).map((board) => [board.id, board])));

  return (
    <section class="panel" aria-labelledby="board-list-title">
      <h2 id="board-list-title">{t('boards.yourBoards')}</h2>
      <Show when={(boards() ?? []).length > 0} fallback={<p class="empty">{t('boards.noBoards')}</p>}>
        <ul class="board-list">
          <For each={boardIds()}>
            {(id) => (
              <Show when={boardById().get(id)}>
                {(board) => (
                  <li class="board-item" aria-labelledby={`board-${board().id}`}>
                    <h3 id={`board-${board().id}`}>{board().name}</h3>
                    <ul class="board-options" aria-label={t('boards.optionsOf', { name: board().name })}>
                      <For each={board().options}>
                        {(option) => (
                          <li class="board-option">
                            <Show when={cardMap().get(option.cardId)?.picture}>
                              {(picture) => (
                                <StoredPicture mediaId={picture().mediaId} class="option-picture" />
                              )}
                            </Show>
                            <span>{labelOf(option.cardId)}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                    <div class="board-actions">
                      <button type="button" class="button" onClick={() => props.onEdit(board())}>
                        {t('boards.edit', { name: board().name })}
                      </button>
                      <BoardExport board={board()} />
                    </div>
                    <For each={students()}>
                      {(student) => <StudentOptions board={board()} student={student} labelOf={labelOf} />}
                    </For>
                  </li>
                )}
              </Show>
            )}
          </For>
        </ul>
        <Show when={(boards() ?? []).length > 1}>
          <AllBoardsExport boards={boards() ?? []} />
        </Show>
      </Show>
    </section>
  );
}
