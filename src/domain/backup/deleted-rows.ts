// A merge never brings back what was deleted, on this tablet or on the one that saved the file:
// a row is skipped when it, its student, or its picture's owner was deleted.
import type { Deletion } from '../deletions';
import { studentOf } from './merge';
import type { BackupRow } from './rows';

/** The deletion that keeps this row out, if any. */
export function deletionKeepingOut(
  row: BackupRow,
  deleted: ReadonlyMap<string, Deletion>,
): Deletion | undefined {
  if (row.t === 'deletions' || row.t === 'settings' || row.t === 'staff') {
    const student = row.t === 'settings' ? studentOf(row) : undefined;
    return student === undefined ? undefined : deleted.get(student);
  }
  const own = deleted.get(row.v.id);
  if (own) return own;
  if (row.t === 'media') return deleted.get(row.v.ownerId);
  const student = studentOf(row);
  return student === undefined ? undefined : deleted.get(student);
}

/** What a merge left out because it was deleted, one line per deletion, for the teacher. */
export type SkippedDeleted = {
  kind: Deletion['kind'];
  id: string;
  at: number;
  /** The name the file gave it (a student's), when it has one. */
  name?: string;
  /** Rows of the file left out because of this deletion: the row itself and what was its. */
  rows: number;
};
