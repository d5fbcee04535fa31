// The backup file, format "on-my-own-backup", version 2 (version 1 files, which have no
// `deletions` rows, are still read). UTF-8 text, one JSON value per line,
// every line ending in "\n", so it is written and read a piece at a time (a year of events and
// photos never sits in memory at once):
//
//   line 1   the header, never encrypted:
//            {"format":"on-my-own-backup","version":1,"createdAt":<ms>,
//             "encryption"?:{"kdf":"PBKDF2-SHA256","iterations":<n>,"salt":<base64>,"cipher":"AES-GCM"}}
//   line 2…  chunks, numbered from 0. A chunk's content is {"i":<n>,"records":[{"t":<table>,"v":<row>},…]},
//            and the last chunk's is {"i":<n>,"end":{"records":<count>,"sha256":<hex>}}.
//            Plain files hold the content as it is. Encrypted files hold
//            {"i":<n>,"end":<bool>,"iv":<base64>,"data":<base64>}: the content sealed with AES-GCM
//            (a key from the passphrase by PBKDF2-SHA256, a random IV per chunk), with the header's
//            digest, the chunk's number and whether it is the last as additional data, so a
//            changed header, a swapped, dropped or repeated chunk, or a cut-off file is refused.
//
// Rows are those of the database tables (RECORD_SCHEMAS); a picture's bytes are base64 in `data`.
// Tables may come in any order; the app writes `deletions` first, so a merge reading the file once
// knows what to keep out before it meets it (files written before that hold them after the
// configuration, and are still merged correctly, with one more reading).
// Within a table, rows come in ascending order of their key, which makes a repeated row visible
// without remembering every id. The checksum, `sha256` in the last chunk, is the SHA-256 of the
// SHA-256 digests of every line before the last one, header included, as the lines are in the file.
import * as v from 'valibot';

export const BACKUP_FORMAT = 'on-my-own-backup';
/** The version this app writes: 2 added the `deletions` table, so a merge never brings back what was deleted. */
export const BACKUP_VERSION = 2;
/** Every version this app reads. */
export const READABLE_VERSIONS = [1, 2] as const;
export type BackupVersion = (typeof READABLE_VERSIONS)[number];

/** OWASP's figure for PBKDF2-SHA256 (2023): the least this app writes, or reads from a file. */
export const KDF_ITERATIONS = 600_000;

/** What the reader accepts; hostile files are refused at these bounds before they cost memory or time. */
export type BackupLimits = {
  maxFileBytes: number;
  /** One line: the header, or one chunk (a picture of up to 2 MB as base64, sealed, in base64). */
  maxLineBytes: number;
  maxRecordsPerChunk: number;
  maxEvents: number;
  /** Rows of each configuration table (students, cards, pictures…). */
  maxRowsPerTable: number;
  minIterations: number;
  /** Deriving the key takes time in proportion: a file cannot make the tablet work for hours. */
  maxIterations: number;
};

export const BACKUP_LIMITS: BackupLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxLineBytes: 8 * 1024 ** 2,
  maxRecordsPerChunk: 5000,
  maxEvents: 5_000_000,
  maxRowsPerTable: 100_000,
  minIterations: KDF_ITERATIONS,
  maxIterations: 10 * KDF_ITERATIONS,
};

export const HEADER_MAX_BYTES = 4096;
/** A chunk is closed once it holds this much text, so chunks stay small whatever the rows. */
export const CHUNK_TARGET_BYTES = 1024 ** 2;
export const CHUNK_MAX_RECORDS = 2000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

const base64 = (bytes: number) =>
  v.pipe(v.string(), v.length(Math.ceil(bytes / 3) * 4), v.regex(/^[A-Za-z0-9+/]+={0,2}$/));

export const headerSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist(READABLE_VERSIONS),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 48 - 1)),
  encryption: v.optional(
    v.strictObject({
      kdf: v.literal('PBKDF2-SHA256'),
      iterations: v.pipe(v.number(), v.integer()),
      salt: base64(SALT_BYTES),
      cipher: v.literal('AES-GCM'),
    }),
  ),
});
export type BackupHeader = v.InferOutput<typeof headerSchema>;

export const sealedChunkSchema = v.strictObject({
  i: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.boolean(),
  iv: base64(IV_BYTES),
  data: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

export const chunkSchema = v.union([
  v.strictObject({
    i: v.pipe(v.number(), v.integer(), v.minValue(0)),
    records: v.array(v.unknown()),
  }),
  v.strictObject({
    i: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.strictObject({
      records: v.pipe(v.number(), v.integer(), v.minValue(0)),
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    }),
  }),
]);

/** Binds a sealed chunk to its file (the header's digest), its place, and whether it is the last. */
export function chunkAdditionalData(
  version: BackupVersion,
  headerDigestHex: string,
  index: number,
  last: boolean,
): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    `${BACKUP_FORMAT}/${version}/${headerDigestHex}/${index}/${last ? 'end' : 'more'}`,
  );
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a forbidden key could be in the text: one written out in quotes, or any \u escape,
 * which could spell one. The app's own files have neither (JSON.stringify escapes only control
 * characters that way), so they are parsed without looking at every key.
 */
const mayHoldForbiddenKey = (text: string): boolean =>
  text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(`"${key}"`));

/**
 * JSON from a file, refusing keys that could reach an object's prototype anywhere in it, so no
 * later spread or assignment can be turned against the app.
 */
export function parseFileJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (!mayHoldForbiddenKey(text)) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, reason: 'not JSON' };
    }
  }
  let forbidden: string | undefined;
  try {
    const value: unknown = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
    return forbidden ? { ok: false, reason: `the key "${forbidden}" is not allowed` } : { ok: true, value };
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
}
