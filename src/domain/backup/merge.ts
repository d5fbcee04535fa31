// What a restore or a merge may rely on, and how a merge decides between two versions of a row.
// A row is deleted only with what names it (a student with their schedules, plans and events; see
// ../deletions), so every id a row names must be found in the file or, when merging, on the tablet.

import { REVIEW_PLAN_KEY_PREFIX } from '../classroom-settings';
import type { StudentId } from '../ids';
import { recordingsOf } from '../languages';
import type { BackupTable } from './record-schemas';
import type { BackupRow } from './rows';

/** The tables whose rows others name. */
export type NamedTable = 'students' | 'cards' | 'boards' | 'scales' | 'media';
export type KnownIds = Record<NamedTable, Set<string>>;

export const emptyKnownIds = (): KnownIds => ({
  students: new Set(),
  cards: new Set(),
  boards: new Set(),
  scales: new Set(),
  media: new Set(),
});

type Reference = { table: NamedTable | 'owner'; id: string; from: string };

/**
 * Collects, chunk by chunk, the ids a file holds and the ids its rows name, then says which named
 * id is found nowhere. Only the few configuration ids are kept; events add a student id each.
 */
export class ReferenceCheck {
  readonly inFile = emptyKnownIds();
  private readonly named = new Map<string, Reference>();

  add(rows: readonly BackupRow[]): void {
    for (const row of rows) {
      if (row.t !== 'settings' && row.t in this.inFile) this.inFile[row.t as NamedTable].add(row.v.id);
      // Events are nearly all of a file and each names only its student: the first to name a
      // student stands for them all, without a reference made for each of a year's events.
      if (row.t === 'events' && this.named.has(`students|${row.v.studentId}`)) continue;
      for (const reference of referencesOf(row))
        this.named.set(`${reference.table}|${reference.id}`, reference);
    }
  }

  /** The first reference found neither in the file nor among `also` (the tablet's ids when merging). */
  dangling(also: KnownIds = emptyKnownIds()): Reference | undefined {
    const known = (table: NamedTable, id: string) => this.inFile[table].has(id) || also[table].has(id);
    for (const reference of this.named.values()) {
      const found =
        reference.table === 'owner'
          ? (['students', 'cards', 'boards', 'scales'] as const).some((table) => known(table, reference.id))
          : known(reference.table, reference.id);
      if (!found) return reference;
    }
    return undefined;
  }
}

function referencesOf(row: BackupRow): Reference[] {
  const from = `${row.t} ${row.t === 'settings' ? row.v.key : row.v.id}`;
  const to = (table: Reference['table'], id: string | undefined): Reference[] =>
    id ? [{ table, id, from }] : [];
  switch (row.t) {
    case 'students':
      return [
        ...to('media', row.v.photo?.mediaId),
        ...to('boards', row.v.tokens?.reinforcerBoardId),
        ...to('scales', row.v.scale?.scaleId),
      ];
    case 'cards':
      return [
        ...to('media', row.v.picture?.mediaId),
        ...recordingsOf(row.v).flatMap((mediaId) => to('media', mediaId)),
      ];
    case 'media':
      return to('owner', row.v.ownerId);
    case 'boards':
      return [
        ...[...row.v.options, ...(row.v.hiddenOptions ?? [])].flatMap((option) => to('cards', option.cardId)),
        ...Object.keys(row.v.shown).flatMap((studentId) => to('students', studentId)),
      ];
    case 'scales':
      return row.v.levels.flatMap((level) => [
        ...to('cards', level.cardId),
        ...level.strategies.flatMap((cardId) => to('cards', cardId)),
        ...recordingsOf(level).flatMap((mediaId) => to('media', mediaId)),
      ]);
    case 'schedules':
      return [
        ...to('students', row.v.studentId),
        ...row.v.items.flatMap((item) => [
          ...to('cards', item.cardId),
          ...to('boards', item.boardId),
          ...item.miniSteps.flatMap((mini) => to('cards', mini.cardId)),
        ]),
      ];
    case 'targets':
      return [
        ...to('students', row.v.studentId),
        ...to('cards', row.v.cardId),
        ...recordingsOf(row.v).flatMap((mediaId) => to('media', mediaId)),
      ];
    case 'plans':
      return [...to('students', row.v.studentId), ...to('cards', row.v.cardId)];
    case 'settings':
      return row.v.key.startsWith(REVIEW_PLAN_KEY_PREFIX)
        ? to('students', row.v.key.slice(REVIEW_PLAN_KEY_PREFIX.length))
        : [];
    case 'events':
      // Events name steps, boards and plans of their day, which may have changed since; the
      // student is the one thing an event cannot be without.
      return to('students', row.v.studentId);
    case 'staff':
    case 'deletions':
      return [];
  }
}

/** Rows a merge may resolve between two versions: configuration, edited by the teacher. */
export type ConfigTable = Exclude<BackupTable, 'events' | 'media' | 'deletions'>;

/** What a merge does with a row of the file, given the tablet's row with the same id. */
export type MergeDecision = 'add' | 'same' | 'take-backup' | 'keep-device';

const editedAt = (row: unknown) =>
  typeof row === 'object' && row !== null && 'updatedAt' in row && typeof row.updatedAt === 'number'
    ? row.updatedAt
    : undefined;

/**
 * By id: a new row is added; of two different versions the later edit (`updatedAt`) wins, and on a
 * tie the tablet's stays, so merging the same file again changes nothing. A setting saved before
 * settings carried their time of edit: the tablet's own value stays.
 */
export function decide<Row>(device: Row | undefined, incoming: Row): MergeDecision {
  if (device === undefined) return 'add';
  const incomingAt = editedAt(incoming);
  const deviceAt = editedAt(device);
  // The same content edited at two moments (a setting set to the same value on two tablets) is one version.
  if (sameValue({ ...device, updatedAt: undefined }, { ...incoming, updatedAt: undefined })) return 'same';
  return incomingAt !== undefined && deviceAt !== undefined && incomingAt > deviceAt
    ? 'take-backup'
    : 'keep-device';
}

/** Whether two stored values are the same, whatever the order of their keys; absent equals undefined. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A conflict the merge resolved, listed to the teacher: which row, and whose version stays. */
export type Resolution = {
  table: ConfigTable;
  id: string;
  /** The row's own name (a student's, a card's label…), when it has one. */
  name?: string;
  kept: 'device' | 'backup';
};

/** The student a row belongs to, for rows known by their student's name. */
export function studentOf(row: BackupRow): StudentId | undefined {
  if (row.t === 'schedules' || row.t === 'plans' || row.t === 'targets' || row.t === 'events')
    return row.v.studentId;
  if (row.t === 'settings' && row.v.key.startsWith(REVIEW_PLAN_KEY_PREFIX)) {
    return row.v.key.slice(REVIEW_PLAN_KEY_PREFIX.length) as StudentId;
  }
  return undefined;
}

/** The name a teacher knows a row by. */
export function nameOf(row: BackupRow): string | undefined {
  switch (row.t) {
    case 'students':
    case 'staff':
    case 'boards':
    case 'scales':
      return row.v.name;
    case 'cards':
      return row.v.label;
    case 'targets':
      return row.v.question;
    case 'settings':
    case 'schedules':
    case 'plans':
    case 'media':
    case 'events':
    case 'deletions':
      return undefined;
  }
}
