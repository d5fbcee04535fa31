import type Dexie from 'dexie';

/**
 * Version 7: a table of deletions (kind, id, when, by whom), so a merge of an older backup never
 * brings back what the teacher deleted. A new, empty table: no row changes.
 */
export function v007Deletions(db: Dexie): void {
  db.version(7).stores({ deletions: 'id' });
}
