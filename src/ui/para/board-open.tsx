import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { boardById, listBoards } from '../../db/repos/board-reads';
import { cardsByIds } from '../../db/repos/card-reads';
import { closeBoard, openBoard } from '../../db/repos/choices';
import { latestChoice, openedBoard } from '../../domain/choices';
import type { AppEvent } from '../../domain/events';
import type { Student } from '../../domain/people';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/**
 * A choice board an adult puts on the student's screen now, outside the schedule ("what do you
 * want to do?"), with one tap on its name; taken off again if need be; and what the student chose
 * last today.
 */
export function BoardOpen(props: { student: Student; events: readonly AppEvent[] }) {
  const boards = useLive(() => listBoards(db));
  const open = () => openedBoard(props.events);
  const openBoardName = useLive(
    () => open()?.boardId,
    async (boardId) => (boardId ? (await boardById(db, boardId))?.name : undefined),
  );
  const lastChoice = useLive(
    () => latestChoice(props.events)?.cardId,
    async (cardId) => (cardId ? (await cardsByIds(db, [cardId])).get(cardId)?.label : undefined),
  );
  const { busy, status, save: act } = useSave();
  const name = () => props.student.name;

  return (
    <div class="board-open">
      <Show when={lastChoice()}>
        {(label) => <p>{t('today.lastChoice', { name: name(), label: label() })}</p>}
      </Show>
      <Show
        when={open()}
        fallback={
          <Show when={(boards() ?? []).length > 0}>
            <fieldset class="board-buttons">
              <legend>{t('today.boardToOpen')}</legend>
              <For each={boards()}>
                {(board) => (
                  <button
                    type="button"
                    class="button"
                    disabled={busy()}
                    aria-label={t('today.openBoard', { board: board.name, name: name() })}
                    onClick={() =>
                      void act(() => openBoard(db, adultSession(), props.student.id, board.id, clock.now()))
                    }
                  >
                    {board.name}
                  </button>
                )}
              </For>
            </fieldset>
          </Show>
        }
      >
        {(opening) => (
          <p>
            <span class="today-now">
              {t('today.boardIsOpen', { board: openBoardName() ?? '', name: name() })}
            </span>{' '}
            <button
              type="button"
              class="button"
              disabled={busy()}
              onClick={() =>
                void act(() => closeBoard(db, adultSession(), props.student.id, opening().id, clock.now()))
              }
            >
              {t('today.closeBoard')}
            </button>
          </p>
        )}
      </Show>
      <StatusLine status={status()} />
    </div>
  );
}
