// How the classroom's rows travel as CouchDB documents, and how a document from a server is
// checked before anything of it is kept. A row is `{ _id: "<table>:<key>", table, row }`: the
// table in the id keeps ids unique across tables on the server, and `row` is exactly what the
// backup file holds, so the backup's schemas (../backup/record-schemas) judge it. Rollups never
// travel (each device computes its own). A picture travels once, as its own document
// `media:<id>` holding the backup's picture row (its bytes in base64): written once, never changed,
// and deleted when the teacher's device let go of it (a replaced picture or recording).
import * as v from 'valibot';
import { type BackupTable, RECORD_SCHEMAS } from '../backup/record-schemas';
import type { BackupRow } from '../backup/rows';
import { PICTURE_MAX_BYTES } from '../cards';
import { isClassroomSetting } from '../classroom-settings';

/** The tables a classroom shares through its server, in the order a push sends them. */
export const SYNC_TABLES = [
  'settings',
  'staff',
  'students',
  'cards',
  'boards',
  'scales',
  'schedules',
  'targets',
  'plans',
  'events',
] as const satisfies readonly BackupTable[];
export type SyncTable = (typeof SYNC_TABLES)[number];
export type SyncRow = Extract<BackupRow, { t: SyncTable }>;

/**
 * A document larger than this is set aside unread: no row of the app comes near it (a schedule of
 * 100 steps with mini-schedules is a few tens of kilobytes), pictures do not travel in documents.
 */
export const MAX_DOCUMENT_CHARS = 256 * 1024;

/** A picture's document: the largest picture a card may have, in base64, and its few fields. */
export const MAX_PICTURE_DOCUMENT_CHARS = Math.ceil((PICTURE_MAX_BYTES * 4) / 3) + 4096;

const PICTURE_PREFIX = 'media:';

/** A picture as it travels: the backup's picture row, its bytes in base64. */
export type PictureDocumentRow = v.InferOutput<(typeof RECORD_SCHEMAS)['media']>;

export const pictureDocumentId = (id: string): string => `${PICTURE_PREFIX}${id}`;

/** The document a picture travels as, once. */
export function pictureDocumentOf(picture: PictureDocumentRow): Record<string, unknown> {
  return { _id: pictureDocumentId(picture.id), table: 'media', row: picture };
}

/** Keys that could reach an object's prototype: a document holding one anywhere is refused. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isSyncTable = (name: string): name is SyncTable => (SYNC_TABLES as readonly string[]).includes(name);

export const keyOfRow = (row: SyncRow): string => (row.t === 'settings' ? row.v.key : row.v.id);

export const documentId = (table: SyncTable, key: string): string => `${table}:${key}`;

/** The table and key a document id names, if it names a synced table. */
export function rowAddress(id: string): { table: SyncTable; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const table = id.slice(0, colon);
  const key = id.slice(colon + 1);
  return isSyncTable(table) && key.length > 0 ? { table, key } : undefined;
}

/** Whether a row is the classroom's to share (a tablet's own settings stay on it). */
export const isShared = (row: SyncRow): boolean => row.t !== 'settings' || isClassroomSetting(row.v.key);

/** The document a row travels as; `rev` is the server's revision this edit replaces, if any. */
export function documentOf(row: SyncRow, rev?: string): Record<string, unknown> {
  return {
    _id: documentId(row.t, keyOfRow(row)),
    ...(rev === undefined ? {} : { _rev: rev }),
    table: row.t,
    row: row.v,
  };
}

/** What a document from a server holds: a row to keep, a deletion, or a reason it was set aside. */
export type IncomingDocument =
  | { kind: 'row'; id: string; row: SyncRow }
  /** A picture, still to pass the picture gate (which needs a DOM) before it is kept. */
  | { kind: 'picture'; id: string; picture: PictureDocumentRow }
  | { kind: 'deleted'; id: string; table: SyncTable | 'media'; key: string }
  | { kind: 'refused'; id: string; reason: string }
  /** A design document or a table this version does not know: not ours to keep. */
  | { kind: 'ignored'; id: string };

function forbiddenKey(value: unknown, depth = 0): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Rows are shallow; anything nested this deep is not one of ours.
  if (depth > 32) return 'nesting';
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const inner = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

const envelopeSchema = v.object({
  _id: v.string(),
  _rev: v.optional(v.string()),
  _deleted: v.optional(v.boolean()),
  table: v.optional(v.string()),
  row: v.optional(v.unknown()),
});

/**
 * Checks one document from a server as a backup row is checked: its size, no prototype keys, its
 * id naming a synced table, its row against that table's schema and agreeing with its id.
 */
export function readDocument(document: unknown, serialisedChars: number): IncomingDocument {
  const id =
    typeof document === 'object' &&
    document !== null &&
    typeof (document as { _id?: unknown })._id === 'string'
      ? (document as { _id: string })._id
      : '(no id)';
  const isPicture = id.startsWith(PICTURE_PREFIX);
  if (serialisedChars > (isPicture ? MAX_PICTURE_DOCUMENT_CHARS : MAX_DOCUMENT_CHARS))
    return { kind: 'refused', id, reason: 'too large' };
  const forbidden = forbiddenKey(document);
  if (forbidden !== undefined)
    return { kind: 'refused', id, reason: `the key "${forbidden}" is not allowed` };
  const envelope = v.safeParse(envelopeSchema, document);
  if (!envelope.success) return { kind: 'refused', id, reason: 'not a document' };
  if (id.startsWith('_design/') || id.startsWith('_local/')) return { kind: 'ignored', id };
  if (isPicture) return readPicture(id, envelope.output);
  const address = rowAddress(id);
  if (!address) return { kind: 'ignored', id };
  if (envelope.output._deleted === true) return { kind: 'deleted', id, ...address };
  if (envelope.output.table !== address.table)
    return { kind: 'refused', id, reason: 'table does not match id' };
  const parsed = v.safeParse(RECORD_SCHEMAS[address.table], envelope.output.row);
  if (!parsed.success) return { kind: 'refused', id, reason: reasonOf(parsed.issues) };
  const row = { t: address.table, v: parsed.output } as SyncRow;
  if (keyOfRow(row) !== address.key) return { kind: 'refused', id, reason: 'key does not match id' };
  if (!isShared(row)) return { kind: 'refused', id, reason: 'a setting of one device' };
  return { kind: 'row', id, row };
}

/** A picture (or recording) document, its row the backup's media row; or its deletion. */
function readPicture(id: string, envelope: v.InferOutput<typeof envelopeSchema>): IncomingDocument {
  const key = id.slice(PICTURE_PREFIX.length);
  if (envelope._deleted === true)
    return key ? { kind: 'deleted', id, table: 'media', key } : { kind: 'ignored', id };
  if (envelope.table !== 'media') return { kind: 'refused', id, reason: 'table does not match id' };
  const parsed = v.safeParse(RECORD_SCHEMAS.media, envelope.row);
  if (!parsed.success) return { kind: 'refused', id, reason: reasonOf(parsed.issues) };
  if (pictureDocumentId(parsed.output.id) !== id)
    return { kind: 'refused', id, reason: 'key does not match id' };
  return { kind: 'picture', id, picture: parsed.output };
}

/** The first problem a schema found, where it is and what. */
function reasonOf(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const [issue] = issues;
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}
