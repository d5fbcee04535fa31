import { expect, test } from 'vitest';
import { freshDb } from '../support/fresh-db';

/**
 * The stores and indexes of each schema version, as released. A table or index changed without a
 * new version would reach tablets that already opened this version and never upgrade them: this
 * test fails then. A new version adds its own line here; released lines never change.
 */
const RELEASED_SCHEMAS: Record<number, Record<string, string>> = {
  5: {
    students: 'id',
    staff: 'id, role',
    cards: 'id',
    media: 'id, ownerId',
    schedules: 'id, studentId, [studentId+slot.day], [studentId+slot.weekday]',
    boards: 'id',
    scales: 'id, studentId',
    targets: 'id, studentId',
    settings: 'key',
    events: 'id, [studentId+at], type, target',
    rollups: '[studentId+day], day',
    plans: 'id, studentId, &[studentId+cardId]',
  },
  6: {
    students: 'id',
    staff: 'id, role',
    cards: 'id',
    media: 'id, ownerId, hash',
    schedules: 'id, studentId, [studentId+slot.day], [studentId+slot.weekday]',
    boards: 'id',
    scales: 'id, studentId',
    targets: 'id, studentId',
    settings: 'key',
    events: 'id, [studentId+at], type, target',
    rollups: '[studentId+day], day',
    plans: 'id, studentId, &[studentId+cardId]',
  },
  7: {
    students: 'id',
    staff: 'id, role',
    cards: 'id',
    media: 'id, ownerId, hash',
    schedules: 'id, studentId, [studentId+slot.day], [studentId+slot.weekday]',
    boards: 'id',
    scales: 'id, studentId',
    targets: 'id, studentId',
    settings: 'key',
    events: 'id, [studentId+at], type, target',
    rollups: '[studentId+day], day',
    plans: 'id, studentId, &[studentId+cardId]',
    deletions: 'id',
  },
  8: {
    students: 'id',
    staff: 'id, role',
    cards: 'id',
    media: 'id, ownerId, hash',
    schedules: 'id, studentId, [studentId+slot.day], [studentId+slot.weekday]',
    boards: 'id',
    scales: 'id, studentId',
    targets: 'id, studentId',
    settings: 'key',
    events: 'id, [studentId+at], type, target',
    rollups: '[studentId+day], day',
    plans: 'id, studentId, &[studentId+cardId]',
    deletions: 'id',
  },
};

test('the schema of the current version is the one released under its number', async () => {
  const db = freshDb();
  await db.open();
  const schema = Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
    ]),
  );
  expect(RELEASED_SCHEMAS[db.verno], `version ${db.verno} has no released schema here`).toBeDefined();
  expect(schema).toEqual(RELEASED_SCHEMAS[db.verno]);
  db.close();
});
