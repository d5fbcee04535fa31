import './boards.css';
import { createSignal, Show } from 'solid-js';
import type { ChoiceBoard } from '../../../domain/boards';
import { t } from '../../../i18n';
import { BoardImport } from './board-files';
import { BoardForm } from './board-form';
import { BoardList } from './board-list';

/** The teacher's choice boards: make and edit them, and decide what each student sees. */
export function BoardsScreen() {
  const [editing, setEditing] = createSignal<ChoiceBoard>();
  const edit = (board: ChoiceBoard) => {
    setEditing(board);
    document.getElementById(`edit-${board.id}-name`)?.focus();
  };
  return (
    <>
      <h1>{t('boards.title')}</h1>
      <p class="next-step">{t('boards.intro')}</p>
      <Show when={editing()} keyed fallback={<BoardForm />}>
        {(board) => <BoardForm editing={board} onDone={() => setEditing(undefined)} />}
      </Show>
      <BoardImport />
      <BoardList onEdit={edit} />
    </>
  );
}
