// What an import did not take, board by board, as counts with the labels they concern: the
// Choice boards screen turns each into words, and tests check the counts.
import { BOARD_MAX_OPTIONS, MIN_OPTIONS_SHOWN } from '../boards';
import type { ImageNote, ImportedBoard, SkipReason, SoundNote } from './obf-import';

export type NoteKind =
  | SkipReason
  | 'hidden'
  | `picture-${ImageNote}`
  | 'label-shortened'
  | `sound-${SoundNote}`
  | 'too-few-choices'
  | 'too-many-choices'
  | 'format-missing'
  | 'name-missing'
  | 'locale-named'
  | 'locale-unknown'
  | 'extensions-ignored'
  | 'images-without-id'
  | 'unreadable';

/** One kind of thing not taken on one board: how many, and the labels (or values) it concerns. */
export type ImportNote = { kind: NoteKind; count: number; labels: string[] };

/** The notes of one board, in a fixed order: the board itself first, then its buttons. */
export function importNotes(board: ImportedBoard): ImportNote[] {
  const notes = new Map<NoteKind, ImportNote>();
  const add = (kind: NoteKind, label?: string, count = 1) => {
    const note = notes.get(kind) ?? { kind, count: 0, labels: [] };
    note.count += count;
    if (label) note.labels.push(label);
    notes.set(kind, note);
  };
  for (const note of board.notes) {
    if (note.kind === 'locale-named') add(note.kind, `${note.given} → ${note.locale}`);
    else if (note.kind === 'locale-unknown') add(note.kind, note.given);
    else if (note.kind === 'unreadable') add(note.kind, note.where);
    else if (note.kind === 'extensions-ignored' || note.kind === 'images-without-id')
      add(note.kind, undefined, note.count);
    else add(note.kind);
  }
  const choices = board.options.length;
  if (choices > 0 && choices < MIN_OPTIONS_SHOWN) add('too-few-choices', undefined, choices);
  if (choices > BOARD_MAX_OPTIONS) add('too-many-choices', undefined, choices);
  for (const button of board.skipped) add(button.reason, button.label);
  for (const option of board.hiddenOptions) add('hidden', option.label);
  for (const option of [...board.options, ...board.hiddenOptions]) {
    if (option.imageNote) add(`picture-${option.imageNote}`, option.label);
    if (option.fullLabel) add('label-shortened', option.fullLabel);
    if (option.soundNote) add(`sound-${option.soundNote}`, option.label);
  }
  return [...notes.values()];
}

/** The count of each kind of note on a board, for a quick look (and for tests). */
export function noteCounts(board: ImportedBoard): Partial<Record<NoteKind, number>> {
  return Object.fromEntries(importNotes(board).map((note) => [note.kind, note.count]));
}
