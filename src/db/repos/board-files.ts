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
import type { BoardId } from '../../domain/ids';
import { ulid } from '../../domain/ids';
import { boardToObf, type ExportedOption } from '../../domain/obf/obf-export';
import { IMAGE_TYPES, type ImageType } from '../../domain/obf/obf-image';
import type { ImportedBoard, ImportedOption } from '../../domain/obf/obf-import';
import type { AdultSession } from '../../domain/people';
import type { AppDb, MediaRecord } from '../app-db';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';
import { newCardRecords } from './cards';
import { readSetting } from './settings';

/**
 * Every board of one file, each with new cards for its options, written in one transaction: the
 * file is imported whole or not at all. Only a teacher imports.
 */
export async function importBoards(
  db: AppDb,
  session: AdultSession | undefined,
  boards: readonly ImportedBoard[],
  now: number,
): Promise<ChoiceBoard[]> {
  requireRole(session, 'teacher');
  for (const board of boards) checkOptionCount(board);
  // Every row is made and checked before the first is written.
  const cards: Card[] = [];
  const media: MediaRecord[] = [];
  const made = boards.map((board): ChoiceBoard => {
    const options = board.options.map((option) => {
      const records = newCardRecords(cardInput(option), now);
      cards.push(records.card);
      if (records.media) media.push(records.media);
      return { id: ulid<'option'>(now), cardId: records.card.id };
    });
    const name = clip(board.name, BOARD_NAME_MAX_LENGTH);
    return { id: ulid<'board'>(now), name, options, shown: {}, createdAt: now, updatedAt: now };
  });
  await guardedWrite(() =>
    db.transaction('rw', db.cards, db.media, db.boards, async () => {
      await db.media.bulkAdd(media);
      await db.cards.bulkAdd(cards);
      await db.boards.bulkAdd(made);
    }),
  );
  return made;
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

function cardInput(option: ImportedOption) {
  const { image } = option;
  return {
    label: option.label,
    ...(option.spokenText ? { spokenText: option.spokenText } : {}),
    // A copy: the parser's bytes may be a view into the whole file, which the Blob would keep.
    ...(image
      ? { picture: { blob: new Blob([image.bytes.slice()], { type: image.type }), kind: 'symbol' } }
      : {}),
  };
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
    const board = await db.boards.get(boardId);
    if (!board) throw new AppError('invalid-input', 'no such board');
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
    const image =
      blob && isImageType(blob.type)
        ? { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type }
        : undefined;
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

const isImageType = (type: string): type is ImageType => (IMAGE_TYPES as readonly string[]).includes(type);

/** Letters and digits of any script, joined by dashes: "Break time!" becomes "break-time". */
function safeFileName(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu);
  return words ? words.join('-') : 'board';
}
