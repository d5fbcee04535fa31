// What an import did not take from each board, in words, so the teacher knows what to finish.
import { createUniqueId, For, Show } from 'solid-js';
import type { ImportedBoard } from '../../../domain/obf/obf-import';
import { type ImportNote, importNotes } from '../../../domain/obf/obf-notes';
import { locale, t } from '../../../i18n';

/** How many labels a note names before it stops: a pageset's notes would fill the screen. */
const LABELS_SHOWN = 8;

export function noteText(note: ImportNote): string {
  const named = note.labels.slice(0, LABELS_SHOWN);
  const more = note.labels.length - named.length;
  const list = new Intl.ListFormat(locale(), { type: 'conjunction' }).format(
    more > 0 ? [...named, `+${more}`] : named,
  );
  const labels = named.length > 0 ? ` (${list})` : '';
  return t(`boards.note.${note.kind}`, { count: note.count, labels });
}

/** The notes of one board, under its name; nothing when all of it was taken. */
export function BoardNotes(props: { board: ImportedBoard }) {
  const notes = () => importNotes(props.board);
  const titleId = createUniqueId();
  return (
    <Show when={notes().length > 0}>
      <div class="board-notes">
        <p id={titleId} class="board-notes-title">
          {t('boards.notesOf', { name: props.board.name })}
        </p>
        <ul aria-labelledby={titleId}>
          <For each={notes()}>{(note) => <li>{noteText(note)}</li>}</For>
        </ul>
      </div>
    </Show>
  );
}
