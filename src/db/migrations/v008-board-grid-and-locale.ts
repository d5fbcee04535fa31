import type Dexie from 'dexie';

/**
 * Version 8: a choice board may keep the grid it came with from a board file (rows, columns and
 * which option is in each cell, blank cells as null) and the language of its words. Both are
 * optional fields of board rows, not indexes: the stores stay as they were, and no row changes.
 */
export function v008BoardGridAndLocale(db: Dexie): void {
  db.version(8).stores({});
}
