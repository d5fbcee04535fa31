// Board files on the Choice boards screen: import an .obf or .obz from another AAC app (or from
// this one), and export a board as an .obf.
import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import {
  type BoardImportResult,
  exportBoard,
  exportBoardPackage,
  importBoards,
} from '../../../db/repos/board-files';
import type { ChoiceBoard } from '../../../domain/boards';
import type { ImportedBoard } from '../../../domain/obf/obf-import';
import { OBF_MAX_FILE_BYTES, tooLargeError } from '../../../domain/obf/obf-limits';
import type { BoardPlan } from '../../../domain/obf/obf-plan';
import { errorText, locale, t } from '../../../i18n';
import { saveFile } from '../../components/save-file';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { readBoardFileInWorker } from './board-file-messages';
import { BoardNotes } from './board-import-notes';
import { BoardPreview } from './board-preview';

/** Words for what was imported: the one board and its options, or every board by name, and loose cards. */
function importedText(result: BoardImportResult): string[] {
  const { boards, looseCards } = result;
  const [only] = boards;
  const words: string[] = [];
  if (only && boards.length === 1) {
    words.push(t('boards.importedOne', { name: only.name, count: only.options.length }));
  } else if (boards.length > 1) {
    const names = boards.map((board) => t('boards.quoted', { name: board.name }));
    words.push(
      t('boards.importedMany', {
        count: boards.length,
        names: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(names),
      }),
    );
  }
  if (looseCards > 0) words.push(t('boards.importedCards', { count: looseCards }));
  if (result.cleanedPictures > 0) words.push(t('boards.picturesCleaned', { count: result.cleanedPictures }));
  return words;
}

/** Where an import is: reading the file (in a worker, with the share read), then saving. */
type ImportStep = { step: 'reading'; share: number } | { step: 'saving' };

/** A file read, waiting for the teacher's choice, or imported: its boards, for their notes. */
type ReadFile = { fileName: string; boards: ImportedBoard[]; choosing: boolean };

/**
 * A board file chosen by the teacher, read and checked whole. One board is written at once; a
 * package of several is previewed, and only what the teacher chooses is written. A hostile file,
 * or one with nothing usable, leaves the boards as they were and says why in words; what could
 * not be taken from a usable one is listed board by board.
 */
export function BoardImport() {
  const { status, setStatus, save: write } = useSave();
  const [progress, setProgress] = createSignal<ImportStep>();
  const [read, setRead] = createSignal<ReadFile>();
  const importing = () => progress() !== undefined;

  const save = async (file: ReadFile, plans?: BoardPlan[]) => {
    setProgress({ step: 'saving' });
    const result = await write(
      () => importBoards(db, adultSession(), file.boards, clock.now(), plans),
      (imported) => importedText(imported).join(' '),
    );
    if (result) setRead({ ...file, choosing: false });
    setProgress(undefined);
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || importing()) return;
    setStatus(undefined);
    setRead(undefined);
    setProgress({ step: 'reading', share: 0 });
    try {
      // Refused before it is read: a huge file would cost the tablet its memory first.
      if (file.size > OBF_MAX_FILE_BYTES) throw tooLargeError(file.name, OBF_MAX_FILE_BYTES);
      const boards = await readBoardFileInWorker(file, file.name, (share) =>
        setProgress({ step: 'reading', share }),
      );
      setProgress(undefined);
      const readFile = { fileName: file.name, boards, choosing: boards.length > 1 };
      if (readFile.choosing) setRead(readFile);
      else await save(readFile);
    } catch (error) {
      setProgress(undefined);
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      // Choosing the same file again must still count as a change.
      input.value = '';
    }
  };

  return (
    <section class="panel board-import" aria-labelledby="board-import-title" aria-busy={importing()}>
      <h2 id="board-import-title">{t('boards.filesTitle')}</h2>
      <p id="board-file-hint" class="hint">
        {t('boards.importHint')}
      </p>
      {/* The label is the button people see: the input's own button speaks the browser's language. */}
      <input
        id="board-file"
        class="visually-hidden"
        type="file"
        accept=".obf,.obz,application/zip,application/json"
        aria-describedby="board-file-hint"
        onChange={(event) => void choose(event.currentTarget)}
      />
      <label for="board-file" class="button">
        {t('boards.importLabel')}
      </label>
      <Show when={progress()}>
        {(shown) => {
          const reading = () => {
            const now = shown();
            return now.step === 'reading' ? now.share : undefined;
          };
          return (
            <div class="board-import-progress">
              <p role="status">
                {reading() === undefined ? t('boards.importSaving') : t('boards.importing')}
              </p>
              {/* Without a value while saving: the bar then shows work going on, of unknown length. */}
              <Show when={reading()} keyed fallback={<progress aria-label={t('boards.importProgress')} />}>
                {(share) => <progress aria-label={t('boards.importProgress')} max="1" value={share} />}
              </Show>
            </div>
          );
        }}
      </Show>
      <StatusLine status={status()} />
      <Show when={read()} keyed>
        {(file) =>
          file.choosing ? (
            <BoardPreview
              fileName={file.fileName}
              boards={file.boards}
              busy={importing()}
              onImport={(plans) => void save(file, plans)}
              onCancel={() => setRead(undefined)}
            />
          ) : (
            <For each={file.boards}>{(board) => <BoardNotes board={board} />}</For>
          )
        }
      </Show>
    </section>
  );
}

/** Downloads a board as an .obf (pictures inline), or as an .obz package (pictures as files inside it). */
export function BoardExport(props: { board: ChoiceBoard }) {
  const { status, save } = useSave();

  const download = (as: 'obf' | 'obz') =>
    save(
      async () => {
        const file =
          as === 'obf'
            ? await exportBoard(db, adultSession(), props.board.id).then(({ fileName, text }) => ({
                fileName,
                blob: new Blob([text], { type: 'application/json' }),
              }))
            : await exportBoardPackage(db, adultSession(), [props.board.id]).then(({ fileName, bytes }) => ({
                fileName,
                blob: new Blob([bytes], { type: 'application/zip' }),
              }));
        saveFile(file.fileName, file.blob);
        return file.fileName;
      },
      (fileName) => t('boards.exported', { name: props.board.name, file: fileName }),
    );

  return (
    <>
      <button type="button" class="button" onClick={() => void download('obf')}>
        {t('boards.export', { name: props.board.name })}
      </button>
      <button type="button" class="button" onClick={() => void download('obz')}>
        {t('boards.exportPackage', { name: props.board.name })}
      </button>
      <StatusLine status={status()} />
    </>
  );
}

/** Downloads every board as one .obz package. */
export function AllBoardsExport(props: { boards: readonly ChoiceBoard[] }) {
  const { status, save } = useSave();
  const download = () =>
    save(
      async () => {
        const ids = props.boards.map((board) => board.id);
        const { fileName, bytes } = await exportBoardPackage(db, adultSession(), ids);
        saveFile(fileName, new Blob([bytes], { type: 'application/zip' }));
        return { count: ids.length, fileName };
      },
      ({ count, fileName }) => t('boards.exportedAll', { count, file: fileName }),
    );
  return (
    <div class="board-actions">
      <button type="button" class="button" onClick={() => void download()}>
        {t('boards.exportAll')}
      </button>
      <StatusLine status={status()} />
    </div>
  );
}
