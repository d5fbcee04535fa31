// Board files in and out: an imported Open Board Format board becomes a choice board whose options
// are new cards, and a choice board leaves as an .obf that other AAC apps (and this one) can read.
import {
  BOARD_LOCALE_MAX_LENGTH,
  BOARD_NAME_MAX_LENGTH,
  type BoardOption,
  type ChoiceBoard,
  gridFor,
} from '../../domain/boards';
import type { Card } from '../../domain/cards';
import { AppError } from '../../domain/errors';
import type { BoardId, MediaId, OptionId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import {
  boardsToObz,
  boardToObf,
  type ExportedBoard,
  type ExportedOption,
} from '../../domain/obf/obf-export';
import type { ImportedBoard, ImportedOption } from '../../domain/obf/obf-import';
import { OBF_MAX_BOARDS, OBF_MAX_CARDS } from '../../domain/obf/obf-limits';
import { type BoardPlan, type ImportPlan, planImport } from '../../domain/obf/obf-plan';
import type { AdultSession } from '../../domain/people';
import { sniffAudio } from '../../domain/sounds';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { gatePicture, type PictureRefusal, prepareRecording, toStore } from '../pictures/picture-gate';
import { type PictureToStore, storePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { newCardRecords } from './cards';
import { readSetting } from './settings';

export type BoardImportResult = {
  boards: ChoiceBoard[];
  /** Cards made without a board (options the teacher kept as cards). */
  looseCards: number;
  /** Pictures the gate took something out of (script, links out): kept without it, and said so. */
  cleanedPictures: number;
};

/**
 * What the teacher chose of one file's boards (`plans`, one per board; without them each board's
 * plain use), each option a new card, written in one transaction: all of it or nothing. Each
 * distinct picture passes the picture gate and is stored once, however many buttons show it; a
 * button's sound becomes its card's recording, stored once too.
 * Only a teacher imports.
 */
export async function importBoards(
  db: AppDb,
  session: AdultSession | undefined,
  boards: readonly ImportedBoard[],
  now: number,
  plans?: readonly BoardPlan[],
): Promise<BoardImportResult> {
  requireRole(session, 'teacher');
  const plan = planImport(boards, plans);
  checkImportSize(plan, boards[0]?.file ?? '');
  const allOptions = [
    ...plan.choiceBoards.flatMap((board) => [...board.options, ...board.hiddenOptions]),
    ...plan.looseCards,
  ];
  // Before the transaction: hashing waits on Web Crypto, which would let IndexedDB commit it early.
  const pictures = new Map<Uint8Array, PictureToStore>();
  let cleanedPictures = 0;
  for (const { image, label } of allOptions) {
    if (!image || pictures.has(image.bytes)) continue;
    const gated = gatePicture(image.bytes);
    if (!gated.ok) throw refusedPicture(gated.problem, boards[0]?.file ?? '', label);
    if (gated.cleaned) cleanedPictures++;
    pictures.set(image.bytes, await toStore(gated));
  }
  // A button's sound becomes its card's recording, stored once however many buttons play it.
  const sounds = new Map<Uint8Array, PictureToStore>();
  for (const { sound } of allOptions)
    if (sound && !sounds.has(sound.bytes)) sounds.set(sound.bytes, await prepareRecording(sound.bytes));
  // Every row is made and checked before the first is written.
  const cards: { card: Card; picture?: PictureToStore; sound?: PictureToStore }[] = [];
  const cardOf = (option: ImportedOption) => {
    const { card } = newCardRecords(cardInput(option), now);
    const picture = option.image && pictures.get(option.image.bytes);
    const sound = option.sound && sounds.get(option.sound.bytes);
    cards.push({ card, ...(picture ? { picture } : {}), ...(sound ? { sound } : {}) });
    return card;
  };
  const made = plan.choiceBoards.map((board): ChoiceBoard => {
    const optionFor = (option: ImportedOption) => ({ id: ulid<'option'>(now), cardId: cardOf(option).id });
    const options = board.options.map(optionFor);
    const hiddenOptions = board.hiddenOptions.map(optionFor);
    const optionOf = new Map(
      [...board.options, ...board.hiddenOptions].map((option, index) => [
        option.sourceId,
        [...options, ...hiddenOptions][index]?.id,
      ]),
    );
    const name = clip(board.name, BOARD_NAME_MAX_LENGTH);
    const grid = gridFor(
      [...options, ...hiddenOptions],
      board.grid && {
        rows: board.grid.length,
        columns: Math.max(...board.grid.map((row) => row.length)),
        order: board.grid.map((row) => row.map((id) => (id === null ? null : (optionOf.get(id) ?? null)))),
      },
    );
    const locale = board.locale?.slice(0, BOARD_LOCALE_MAX_LENGTH);
    return {
      id: ulid<'board'>(now),
      name,
      options,
      ...(hiddenOptions.length > 0 ? { hiddenOptions } : {}),
      shown: {},
      ...(grid ? { grid } : {}),
      ...(locale ? { locale } : {}),
      createdAt: now,
      updatedAt: now,
    };
  });
  for (const option of plan.looseCards) cardOf(option);
  await guardedWrite(() =>
    db.transaction('rw', db.cards, db.media, db.boards, async () => {
      // Awaited only when a row is written: hundreds of awaits of nothing would let the transaction go.
      const stored = new Map<string, MediaId>();
      const storeNew = async (media: PictureToStore, ownerId: string) => {
        const mediaId = await storePicture(db, media, ownerId, now);
        stored.set(media.hash, mediaId);
        return mediaId;
      };
      for (const { card, picture, sound } of cards) {
        if (picture)
          card.picture = {
            mediaId: stored.get(picture.hash) ?? (await storeNew(picture, card.id)),
            kind: 'symbol',
          };
        if (sound) card.recording = { mediaId: stored.get(sound.hash) ?? (await storeNew(sound, card.id)) };
      }
      await db.cards.bulkAdd(cards.map(({ card }) => card));
      await db.boards.bulkAdd(made);
    }),
  );
  return { boards: made, looseCards: plan.looseCards.length, cleanedPictures };
}

/** What one import may write, whatever reader the boards came from. */
function checkImportSize(plan: ImportPlan, file: string): void {
  if (plan.choiceBoards.length > OBF_MAX_BOARDS) {
    throw new AppError('board-too-many-chosen', `${plan.choiceBoards.length} boards`, {
      file,
      max: OBF_MAX_BOARDS,
    });
  }
  const cards = plan.choiceBoards.reduce(
    (sum, board) => sum + board.options.length + board.hiddenOptions.length,
    plan.looseCards.length,
  );
  if (cards > OBF_MAX_CARDS) {
    throw new AppError('board-too-many-cards', `${cards} cards`, { file, max: OBF_MAX_CARDS });
  }
}

function refusedPicture(problem: PictureRefusal, file: string, label: string): AppError {
  const code = problem === 'unknown-type' ? 'board-image-type' : 'board-image-unsafe';
  return new AppError(code, `${file}: the picture of ${label}: ${problem}`, { file, image: label });
}

/** A card's words; its picture is stored apart, once per content. */
function cardInput(option: ImportedOption) {
  return { label: option.label, ...(option.spokenText ? { spokenText: option.spokenText } : {}) };
}

/** At most `max` UTF-16 units, cut between characters, never inside one. */
function clip(text: string, max: number): string {
  let clipped = '';
  for (const char of text) {
    if (clipped.length + char.length > max) break;
    clipped += char;
  }
  return clipped.trim();
}

export type BoardFile = { fileName: string; text: string };

/**
 * A choice board as .obf text, with its cards' words, pictures and recordings, its grid and language, and a
 * file name made from its name. An export: the teacher's alone.
 */
export async function exportBoard(
  db: AppDb,
  session: AdultSession | undefined,
  boardId: BoardId,
): Promise<BoardFile> {
  requireRole(session, 'teacher');
  const board = await exportedBoard(db, boardId);
  return { fileName: `${safeFileName(board.name)}.obf`, text: boardToObf(board) };
}

/** Boards as one .obz package, each picture a file inside it; named after the first board when there is one. */
export async function exportBoardPackage(
  db: AppDb,
  session: AdultSession | undefined,
  boardIds: readonly BoardId[],
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  requireRole(session, 'teacher');
  if (boardIds.length === 0) throw new AppError('invalid-input', 'no boards to export');
  const boards: ExportedBoard[] = [];
  for (const id of boardIds) boards.push(await exportedBoard(db, id));
  const name = boards.length === 1 ? (boards[0]?.name ?? 'boards') : 'boards';
  // Its own buffer, as a Blob takes it.
  return { fileName: `${safeFileName(name)}.obz`, bytes: new Uint8Array(boardsToObz(boards)) };
}

async function exportedBoard(db: AppDb, boardId: BoardId): Promise<ExportedBoard> {
  const { board, cards, pictures } = await db.transaction('r', db.boards, db.cards, db.media, async () => {
    const board = await mustGet(db.boards, boardId);
    const cards = await db.cards.bulkGet(allOptionsOf(board).map((option) => option.cardId));
    const mediaIds = cards.flatMap((card) => [
      ...(card?.picture ? [card.picture.mediaId] : []),
      ...(card?.recording ? [card.recording.mediaId] : []),
    ]);
    const pictures = new Map(
      (await db.media.bulkGet(mediaIds)).flatMap((row) => (row ? [[row.id, row.blob]] : [])),
    );
    return { board, cards, pictures };
  });
  const options: ExportedOption[] = [];
  for (const [index, option] of allOptionsOf(board).entries()) {
    const card = cards[index];
    // An option whose card is gone has nothing to show; the board goes without it.
    if (!card) continue;
    const blob = card.picture ? pictures.get(card.picture.mediaId) : undefined;
    // Only what passes the gate leaves, whatever an older version of the app stored.
    const gated = blob ? gatePicture(new Uint8Array(await blob.arrayBuffer())) : undefined;
    const image = gated?.ok ? { bytes: gated.bytes, type: gated.type } : undefined;
    const recorded = card.recording ? pictures.get(card.recording.mediaId) : undefined;
    const soundBytes = recorded && new Uint8Array(await recorded.arrayBuffer());
    const soundType = soundBytes && sniffAudio(soundBytes);
    options.push({
      id: option.id,
      label: card.label,
      ...(card.spokenText ? { spokenText: card.spokenText } : {}),
      ...(image ? { image } : {}),
      ...(soundBytes && soundType ? { sound: { bytes: soundBytes, type: soundType } } : {}),
      ...(option.hidden ? { hidden: true } : {}),
    });
  }
  // A board from a file keeps its own language; one the teacher made is in the adult screens' language.
  const locale = board.locale ?? (await readSetting(db, 'adultLocale')) ?? 'en';
  // Options whose card is gone leave blank cells.
  const grid = gridFor(
    options.map((option) => ({ id: option.id as OptionId })),
    board.grid,
  );
  return { id: board.id, name: board.name, locale, options, ...(grid ? { grid: grid.order } : {}) };
}

/** The board's options, then its hidden ones, each marked as hidden. */
function allOptionsOf(board: ChoiceBoard): (BoardOption & { hidden?: true })[] {
  return [
    ...board.options,
    ...(board.hiddenOptions ?? []).map((option) => ({ ...option, hidden: true as const })),
  ];
}

/** Letters and digits of any script, joined by dashes: "Break time!" becomes "break-time". */
function safeFileName(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu);
  return words ? words.join('-') : 'board';
}
