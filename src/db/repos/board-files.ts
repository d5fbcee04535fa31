// Board files in and out: an imported Open Board Format board becomes a choice board whose options
// are new cards, and a choice board leaves as an .obf that other AAC apps (and this one) can read.
import {
  BOARD_MAX_OPTIONS,
  BOARD_NAME_MAX_LENGTH,
  type ChoiceBoard,
  MIN_OPTIONS_SHOWN,
} from '../../domain/boards';
import type { Card } from '../../domain/cards';
import { AppError } from '../../domain/errors';
import type { BoardId, MediaId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import { boardToObf, type ExportedOption } from '../../domain/obf/obf-export';
import type { ImportedBoard, ImportedOption } from '../../domain/obf/obf-import';
import { OBF_MAX_BOARDS, OBF_MAX_CARDS } from '../../domain/obf/obf-limits';
import type { AdultSession } from '../../domain/people';
import type { AppDb } from '../app-db';
import { mustGet } from '../must-get';
import { gatePicture, type PictureRefusal, toStore } from '../pictures/picture-gate';
import { type PictureToStore, storePicture } from '../pictures/picture-store';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { newCardRecords } from './cards';
import { readSetting } from './settings';

export type BoardImportResult = {
  boards: ChoiceBoard[];
  /** Pictures the gate took something out of (script, links out): kept without it, and said so. */
  cleanedPictures: number;
};

/**
 * Every board of one file, each with new cards for its options, written in one transaction: the
 * file is imported whole or not at all. Each distinct picture passes the picture gate and is
 * stored once, however many buttons show it. Only a teacher imports.
 */
export async function importBoards(
  db: AppDb,
  session: AdultSession | undefined,
  boards: readonly ImportedBoard[],
  now: number,
): Promise<BoardImportResult> {
  requireRole(session, 'teacher');
  for (const board of boards) checkOptionCount(board);
  checkImportSize(boards);
  // Before the transaction: hashing waits on Web Crypto, which would let IndexedDB commit it early.
  const pictures = new Map<Uint8Array, PictureToStore>();
  let cleanedPictures = 0;
  for (const board of boards) {
    for (const { image, label } of board.options) {
      if (!image || pictures.has(image.bytes)) continue;
      const gated = gatePicture(image.bytes);
      if (!gated.ok) throw refusedPicture(gated.problem, board.name, label);
      if (gated.cleaned) cleanedPictures++;
      pictures.set(image.bytes, await toStore(gated));
    }
  }
  // Every row is made and checked before the first is written.
  const cards: { card: Card; picture?: PictureToStore }[] = [];
  const made = boards.map((board): ChoiceBoard => {
    const options = board.options.map((option) => {
      const { card } = newCardRecords(cardInput(option), now);
      const picture = option.image && pictures.get(option.image.bytes);
      cards.push(picture ? { card, picture } : { card });
      return { id: ulid<'option'>(now), cardId: card.id };
    });
    const name = clip(board.name, BOARD_NAME_MAX_LENGTH);
    return { id: ulid<'board'>(now), name, options, shown: {}, createdAt: now, updatedAt: now };
  });
  await guardedWrite(() =>
    db.transaction('rw', db.cards, db.media, db.boards, async () => {
      const stored = new Map<string, MediaId>();
      for (const { card, picture } of cards) {
        if (!picture) continue;
        const mediaId = stored.get(picture.hash) ?? (await storePicture(db, picture, card.id, now));
        stored.set(picture.hash, mediaId);
        card.picture = { mediaId, kind: 'symbol' };
      }
      await db.cards.bulkAdd(cards.map(({ card }) => card));
      await db.boards.bulkAdd(made);
    }),
  );
  return { boards: made, cleanedPictures };
}

/** The parser counts these as it reads; checked again here, where boards from any reader are written. */
function checkImportSize(boards: readonly ImportedBoard[]): void {
  const file = boards[0]?.name ?? '';
  if (boards.length > OBF_MAX_BOARDS) {
    throw new AppError('board-too-many-boards', `${boards.length} boards`, { file, max: OBF_MAX_BOARDS });
  }
  const cards = boards.reduce((sum, board) => sum + board.options.length, 0);
  if (cards > OBF_MAX_CARDS) {
    throw new AppError('board-too-many-cards', `${cards} cards`, { file, max: OBF_MAX_CARDS });
  }
}

function refusedPicture(problem: PictureRefusal, board: string, label: string): AppError {
  const code = problem === 'unknown-type' ? 'board-image-type' : 'board-image-unsafe';
  return new AppError(code, `${board}: the picture of ${label}: ${problem}`, { file: board, image: label });
}

function checkOptionCount(board: ImportedBoard): void {
  const count = board.options.length;
  if (count >= MIN_OPTIONS_SHOWN && count <= BOARD_MAX_OPTIONS) return;
  throw new AppError('board-option-count', `${board.sourceId} has ${count} options`, {
    board: board.name,
    count,
    min: MIN_OPTIONS_SHOWN,
    max: BOARD_MAX_OPTIONS,
  });
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
 * A choice board as .obf text, with its cards' words and pictures, and a file name made from its
 * name. An export: the teacher's alone.
 */
export async function exportBoard(
  db: AppDb,
  session: AdultSession | undefined,
  boardId: BoardId,
): Promise<BoardFile> {
  requireRole(session, 'teacher');
  const { board, cards, pictures } = await db.transaction('r', db.boards, db.cards, db.media, async () => {
    const board = await mustGet(db.boards, boardId);
    const cards = await db.cards.bulkGet(board.options.map((option) => option.cardId));
    const mediaIds = cards.flatMap((card) => (card?.picture ? [card.picture.mediaId] : []));
    const pictures = new Map(
      (await db.media.bulkGet(mediaIds)).flatMap((row) => (row ? [[row.id, row.blob]] : [])),
    );
    return { board, cards, pictures };
  });
  const options: ExportedOption[] = [];
  for (const [index, option] of board.options.entries()) {
    const card = cards[index];
    // An option whose card is gone has nothing to show; the board goes without it.
    if (!card) continue;
    const blob = card.picture ? pictures.get(card.picture.mediaId) : undefined;
    // Only what passes the gate leaves, whatever an older version of the app stored.
    const gated = blob ? gatePicture(new Uint8Array(await blob.arrayBuffer())) : undefined;
    const image = gated?.ok ? { bytes: gated.bytes, type: gated.type } : undefined;
    options.push({
      id: option.id,
      label: card.label,
      ...(card.spokenText ? { spokenText: card.spokenText } : {}),
      ...(image ? { image } : {}),
    });
  }
  // The teacher wrote the board's words, most likely in the language of the adult screens.
  const locale = (await readSetting(db, 'adultLocale')) ?? 'en';
  const text = boardToObf({ id: board.id, name: board.name, locale, options });
  return { fileName: `${safeFileName(board.name)}.obf`, text };
}

/** Letters and digits of any script, joined by dashes: "Break time!" becomes "break-time". */
function safeFileName(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu);
  return words ? words.join('-') : 'board';
}
