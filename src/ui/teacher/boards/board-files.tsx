// Board files on the Choice boards screen: import an .obf or .obz from another AAC app (or from
// this one), and export a board as an .obf.
import { createSignal, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { exportBoard, importBoards } from '../../../db/repos/board-files';
import type { ChoiceBoard } from '../../../domain/boards';
import { type ImportedBoard, importGaps } from '../../../domain/obf/obf-import';
import { OBF_MAX_FILE_BYTES, tooLargeError } from '../../../domain/obf/obf-limits';
import { errorText, locale, t } from '../../../i18n';
import { saveFile } from '../../components/save-file';
import { type Status, StatusLine } from '../../components/status-line';
import { readBoardFileInWorker } from './board-file-messages';

/** Words for what was imported: the one board and its options, or every board by name. */
function importedText(boards: readonly ChoiceBoard[]): string {
  const [only] = boards;
  if (only && boards.length === 1) {
    return t('boards.importedOne', { name: only.name, count: only.options.length });
  }
  const names = boards.map((board) => t('boards.quoted', { name: board.name }));
  return t('boards.importedMany', {
    count: boards.length,
    names: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(names),
  });
}

/** Words for what the import could not bring, so the teacher knows which cards to finish. */
function gapsText(parsed: readonly ImportedBoard[], cleanedPictures: number): string[] {
  const gaps = importGaps(parsed);
  const words: string[] = [];
  if (cleanedPictures > 0) words.push(t('boards.picturesCleaned', { count: cleanedPictures }));
  if (gaps.withoutPicture.length > 0)
    words.push(
      t('boards.withoutPicture', {
        labels: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(gaps.withoutPicture),
      }),
    );
  if (gaps.leftOut > 0) words.push(t('boards.leftOut', { count: gaps.leftOut }));
  return words;
}

/** Where an import is: reading the file (in a worker, with the share read), then saving. */
type ImportStep = { step: 'reading'; share: number } | { step: 'saving' };

/**
 * A board file chosen by the teacher, read and checked whole, then written whole: a damaged or
 * hostile file leaves the boards as they were and says why in words.
 */
export function BoardImport() {
  const [status, setStatus] = createSignal<Status>();
  const [progress, setProgress] = createSignal<ImportStep>();
  const importing = () => progress() !== undefined;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || importing()) return;
    setStatus(undefined);
    setProgress({ step: 'reading', share: 0 });
    try {
      // Refused before it is read: a huge file would cost the tablet its memory first.
      if (file.size > OBF_MAX_FILE_BYTES) throw tooLargeError(file.name, OBF_MAX_FILE_BYTES);
      const parsed = await readBoardFileInWorker(file, file.name, (share) =>
        setProgress({ step: 'reading', share }),
      );
      setProgress({ step: 'saving' });
      const { boards, cleanedPictures } = await importBoards(db, adultSession(), parsed, clock.now());
      setStatus({
        kind: 'done',
        text: [importedText(boards), ...gapsText(parsed, cleanedPictures)].join(' '),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setProgress(undefined);
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
    </section>
  );
}

/** Downloads a board as an .obf, named after the board. */
export function BoardExport(props: { board: ChoiceBoard }) {
  const [status, setStatus] = createSignal<Status>();

  const download = async () => {
    setStatus(undefined);
    try {
      const file = await exportBoard(db, adultSession(), props.board.id);
      saveFile(file.fileName, new Blob([file.text], { type: 'application/json' }));
      setStatus({
        kind: 'done',
        text: t('boards.exported', { name: props.board.name, file: file.fileName }),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <>
      <button type="button" class="button" onClick={() => void download()}>
        {t('boards.export', { name: props.board.name })}
      </button>
      <StatusLine status={status()} />
    </>
  );
}
