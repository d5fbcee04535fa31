// Rows as CouchDB documents, and the checks a document from a server passes before it is kept.
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { RECORD_SCHEMAS } from '../../src/domain/backup/record-schemas';
import { ulid } from '../../src/domain/ids';
import {
  documentOf,
  MAX_DOCUMENT_CHARS,
  MAX_PICTURE_DOCUMENT_CHARS,
  pictureDocumentOf,
  readDocument,
  rowAddress,
  type SyncRow,
} from '../../src/domain/sync/documents';
import { ANA, anUntimedStart, aShown } from '../support/events';

const NOW = Date.UTC(2026, 8, 7, 12);
const student = {
  id: ulid<'student'>(NOW),
  name: 'Ana',
  locale: 'en',
  createdAt: NOW,
  updatedAt: NOW,
} as const;
const studentRow = { t: 'students', v: student } as SyncRow;
const read = (document: unknown) => readDocument(document, JSON.stringify(document).length);

describe('a row travels as a document and comes back the same', () => {
  test('a student and an event, by table and id', () => {
    const event = aShown(ANA, NOW);
    for (const row of [studentRow, { t: 'events', v: event } as SyncRow]) {
      const document = documentOf(row);
      expect(read(JSON.parse(JSON.stringify(document)))).toEqual({ kind: 'row', id: document._id, row });
    }
    expect(documentOf(studentRow, '3-abc')).toMatchObject({ _id: `students:${student.id}`, _rev: '3-abc' });
  });

  test('ids name a synced table and a key', () => {
    expect(rowAddress(`plans:${student.id}`)).toEqual({ table: 'plans', key: student.id });
    expect(rowAddress('rollups:x')).toBeUndefined();
    expect(rowAddress('media:x')).toBeUndefined();
    expect(rowAddress(':x')).toBeUndefined();
  });
});

describe('a document from a server is untrusted', () => {
  const document = documentOf(studentRow);

  test('too large, prototype keys anywhere, a broken row, a row under another id: each refused with its reason', () => {
    expect(readDocument(document, MAX_DOCUMENT_CHARS + 1)).toMatchObject({
      kind: 'refused',
      reason: 'too large',
    });
    const hostile = JSON.parse(
      `{"_id":"students:${student.id}","table":"students","row":{"__proto__":{"x":1}}}`,
    );
    expect(read(hostile)).toMatchObject({ kind: 'refused', reason: 'the key "__proto__" is not allowed' });
    expect(read({ ...document, row: { ...student, constructor: 1 } })).toMatchObject({ kind: 'refused' });
    expect(read({ ...document, row: { ...student, name: '' } })).toMatchObject({ kind: 'refused' });
    expect(read({ ...document, table: 'cards' })).toMatchObject({
      kind: 'refused',
      reason: 'table does not match id',
    });
    expect(read({ ...document, _id: `students:${ulid(NOW + 1)}` })).toMatchObject({
      kind: 'refused',
      reason: 'key does not match id',
    });
    expect(read('not an object')).toMatchObject({ kind: 'refused', id: '(no id)' });
  });

  test('a mini-step’s untimed start is kept as it is; one that claims a time to start is refused', () => {
    const untimed = anUntimedStart(ANA, NOW);
    const row = { t: 'events', v: untimed } as SyncRow;
    const document = documentOf(row);
    expect(read(JSON.parse(JSON.stringify(document)))).toEqual({ kind: 'row', id: document._id, row });
    // The same schema judges a backup's rows.
    expect(v.is(RECORD_SCHEMAS.events, untimed)).toBe(true);
    expect(read({ ...document, row: { ...untimed, latencyMs: 5000 } })).toMatchObject({
      kind: 'refused',
      reason: 'latencyMs: a start without a time to start carries none',
    });
    expect(read({ ...document, row: { ...untimed, untimed: false } })).toMatchObject({ kind: 'refused' });
  });

  test("a device's own setting is not the classroom's to receive", () => {
    const setting = {
      _id: 'settings:deviceId',
      table: 'settings',
      row: { key: 'deviceId', value: ulid(NOW) },
    };
    expect(read(setting).kind).toBe('refused');
  });

  test('design documents and unknown tables are not ours; a deletion names its row', () => {
    expect(read({ _id: '_design/classroom', validate_doc_update: 'function () {}' })).toMatchObject({
      kind: 'ignored',
    });
    expect(read({ _id: 'pictures:abc' })).toMatchObject({ kind: 'ignored' });
    expect(read({ _id: `students:${student.id}`, _rev: '2-x', _deleted: true })).toEqual({
      kind: 'deleted',
      id: `students:${student.id}`,
      table: 'students',
      key: student.id,
    });
  });
});

describe('a picture travels as a document of its own', () => {
  const picture = {
    id: ulid<'media'>(NOW),
    ownerId: ulid(NOW),
    updatedAt: NOW,
    type: 'image/png',
    data: 'iVBORw0KGgo=',
  };
  const document = pictureDocumentOf(picture);

  test('it reads back as the picture it is, still to pass the gate', () => {
    expect(read(document)).toEqual({ kind: 'picture', id: `media:${picture.id}`, picture });
  });

  test('larger than a picture may be, under another id or table, a broken row: refused; deleted: a deletion', () => {
    expect(readDocument(document, MAX_PICTURE_DOCUMENT_CHARS + 1)).toMatchObject({
      kind: 'refused',
      reason: 'too large',
    });
    // A picture's document may be larger than a row's, up to a picture's limit.
    expect(readDocument(document, MAX_DOCUMENT_CHARS + 1).kind).toBe('picture');
    expect(read({ ...document, _id: `media:${ulid(NOW + 1)}` })).toMatchObject({
      kind: 'refused',
      reason: 'key does not match id',
    });
    expect(read({ ...document, table: 'cards' })).toMatchObject({ kind: 'refused' });
    expect(read({ ...document, row: { ...picture, data: '' } })).toMatchObject({ kind: 'refused' });
    // A deletion is a deletion of that picture (the replicator checks its tombstone and whether it is in use).
    expect(read({ _id: `media:${picture.id}`, _rev: '2-x', _deleted: true })).toEqual({
      kind: 'deleted',
      id: `media:${picture.id}`,
      table: 'media',
      key: picture.id,
    });
    expect(read({ _id: 'media:', _rev: '2-x', _deleted: true })).toMatchObject({ kind: 'ignored' });
  });
});
