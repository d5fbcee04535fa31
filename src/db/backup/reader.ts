// Reads a backup file a line at a time (see domain/backup/format.ts), checking everything on the way: the
// header, each chunk's seal or place, each row against its table's schema, the order of keys,
// the counts, and at the end the checksum. Rows are handed on a chunk at a time; a caller that
// writes as they come must do so where a refusal undoes it: in one transaction, or in a database
// of its own (see db/repos/backup).
import * as v from 'valibot';
import { concatBytes, fromBase64, toHex } from '../../domain/backup/encoding';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  type BackupHeader,
  type BackupLimits,
  chunkAdditionalData,
  chunkSchema,
  HEADER_MAX_BYTES,
  headerSchema,
  parseFileJson,
  READABLE_VERSIONS,
  sealedChunkSchema,
} from '../../domain/backup/format';
import {
  BACKUP_TABLES,
  type BackupTable,
  type FileRecord,
  RECORD_SCHEMAS,
} from '../../domain/backup/record-schemas';
import type { BackupRow } from '../../domain/backup/rows';
import { PICTURE_MAX_BYTES } from '../../domain/cards';
import { AppError } from '../../domain/errors';
import { passphraseKey, sha256 } from './crypto';

export type ReadOptions = {
  passphrase?: string;
  limits?: BackupLimits;
  /**
   * Wraps every wait that is not the database's own (reading the file, the ciphers), so a caller
   * that writes inside one database transaction can keep it open meanwhile (Dexie.waitFor).
   */
  keepAlive?: <T>(work: Promise<T>) => Promise<T>;
  /** Told after each chunk how much of the file is read, from 0 to 1: a year's file takes minutes. */
  onProgress?: (share: number) => void;
  /**
   * The picture gate (db/pictures/picture-gate.ts, which needs a DOM): a picture's bytes as they may
   * be stored, with the type read from them; undefined refuses the file.
   */
  acceptPicture: (bytes: Uint8Array) => { bytes: Uint8Array<ArrayBuffer>; type: string } | undefined;
  /**
   * Told of a chunk's rows as the file has them, before they are checked: a caller may start
   * reading from the database what it will need for them (trusting nothing in them), so the
   * database works while the rows are checked.
   */
  beforeCheck?: (records: readonly unknown[]) => void;
};

export type ReadSummary = { header: BackupHeader; records: number; counts: Record<BackupTable, number> };

const BLOCK_BYTES = 1024 ** 2;
const NEWLINE = 10;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

const invalid = (details: string) => new AppError('backup-invalid', details);

/** The lines of a file, read a block at a time; a line longer than the limit is refused unread. */
class LineReader {
  private block = new Uint8Array(0);
  private offset = 0;
  private position = 0;

  constructor(
    private readonly file: Blob,
    private readonly keepAlive: <T>(work: Promise<T>) => Promise<T>,
  ) {}

  /** Bytes of the file handed out as lines so far. */
  get consumed(): number {
    return Math.min(this.file.size, this.position) - (this.block.length - this.offset);
  }

  /** The next line without its "\n"; undefined at the end of the file; 'cut' for a line without its end. */
  async next(maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined | 'cut'> {
    const pieces: Uint8Array<ArrayBuffer>[] = [];
    let length = 0;
    for (;;) {
      const newline = this.block.indexOf(NEWLINE, this.offset);
      const end = newline === -1 ? this.block.length : newline;
      const piece = this.block.subarray(this.offset, end);
      length += piece.length;
      if (length > maxBytes)
        throw new AppError('backup-too-large', `a line is longer than ${maxBytes} bytes`);
      pieces.push(piece);
      if (newline !== -1) {
        this.offset = newline + 1;
        return concatBytes(pieces);
      }
      if (this.position >= this.file.size) {
        this.offset = this.block.length;
        return length === 0 ? undefined : 'cut';
      }
      const slice = this.file.slice(this.position, this.position + BLOCK_BYTES);
      this.block = new Uint8Array(await this.keepAlive(slice.arrayBuffer()));
      this.offset = 0;
      this.position += BLOCK_BYTES;
    }
  }
}

function jsonOf(bytes: Uint8Array, where: string): unknown {
  let text: string;
  try {
    text = utf8Strict.decode(bytes);
  } catch {
    throw invalid(`${where}: not UTF-8 text`);
  }
  const parsed = parseFileJson(text);
  if (!parsed.ok) throw invalid(`${where}: ${parsed.reason}`);
  return parsed.value;
}

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function parseHeader(line: Uint8Array, limits: BackupLimits): BackupHeader {
  let value: unknown;
  try {
    value = jsonOf(line, 'header');
  } catch {
    throw new AppError('backup-not-a-backup', 'the first line is not a backup header');
  }
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (fields.format !== BACKUP_FORMAT) throw new AppError('backup-not-a-backup', 'no backup format named');
  const result = v.safeParse(headerSchema, value);
  if (!result.success) {
    if (typeof fields.version === 'string' && /^\s*\d+\s*$/.test(fields.version)) {
      // A number written as text was not written by this app: say so, not "a version we cannot read".
      throw new AppError('backup-version-text', `version "${fields.version}"`, {
        version: fields.version.trim().slice(0, 20),
      });
    }
    if (!READABLE_VERSIONS.some((known) => known === fields.version)) {
      const version =
        typeof fields.version === 'number' || typeof fields.version === 'string' ? fields.version : '?';
      throw new AppError('backup-version', `version ${String(version)}`, {
        version: String(version).slice(0, 20),
      });
    }
    throw invalid(`header: ${issuesOf(result.issues)}`);
  }
  const iterations = result.output.encryption?.iterations;
  if (iterations !== undefined && (iterations < limits.minIterations || iterations > limits.maxIterations)) {
    throw invalid(
      `header: ${iterations} key iterations is outside ${limits.minIterations}–${limits.maxIterations}`,
    );
  }
  return result.output;
}

/** Where a row is in the file, put in words only for a message: a year has half a million rows. */
type RowPlace = { chunk: number; row: number };

/** A row from its table's schema; a picture's bytes become a Blob of at most the picture limit. */
function rowOf(input: unknown, place: RowPlace, acceptPicture: ReadOptions['acceptPicture']): BackupRow {
  const where = () => `chunk ${place.chunk} row ${place.row}`;
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const table = BACKUP_TABLES.find((name) => name === fields.t);
  if (!table) throw invalid(`${where()}: no such table`);
  if (Object.keys(fields).some((key) => key !== 't' && key !== 'v'))
    throw invalid(`${where()}: unknown field`);
  const result = v.safeParse(RECORD_SCHEMAS[table], fields.v);
  if (!result.success) {
    const details = `${where()} (${table}): ${issuesOf(result.issues)}`;
    if (table === 'staff' && result.issues.some((issue) => v.getDotPath(issue)?.startsWith('pin')))
      throw new AppError('backup-pin-hash', details);
    throw invalid(details);
  }
  const record = { t: table, v: result.output } as FileRecord;
  if (record.t !== 'media') return record;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(record.v.data);
  } catch {
    throw invalid(`${where()} (media): the picture is not base64`);
  }
  if (bytes.length > PICTURE_MAX_BYTES) throw invalid(`${where()} (media): the picture is too large`);
  // The file's type is not believed: the gate reads it from the bytes.
  const picture = acceptPicture(bytes);
  if (!picture) throw invalid(`${where()} (media): not a picture that can be shown safely`);
  const { data: _data, type: _type, ...media } = record.v;
  return { t: 'media', v: { ...media, blob: new Blob([picture.bytes], { type: picture.type }) } };
}

const keyOf = (row: BackupRow): string => (row.t === 'settings' ? row.v.key : row.v.id);

/**
 * Reads and checks a whole backup file, handing on its rows a chunk at a time. Throws an AppError
 * with a code a person can be told about at the first thing wrong.
 */
export async function readBackup(
  file: Blob,
  options: ReadOptions,
  onChunk: (rows: BackupRow[]) => Promise<void> | void,
): Promise<ReadSummary> {
  const limits = options.limits ?? BACKUP_LIMITS;
  const keepAlive = options.keepAlive ?? (<T>(work: Promise<T>) => work);
  if (file.size > limits.maxFileBytes) {
    throw new AppError('backup-too-large', `${file.size} bytes`);
  }
  const lines = new LineReader(file, keepAlive);
  const headerLine = await lines.next(HEADER_MAX_BYTES).catch(() => 'cut' as const);
  if (headerLine === undefined || headerLine === 'cut') {
    throw new AppError('backup-not-a-backup', 'no header line');
  }
  const header = parseHeader(headerLine, limits);
  const headerDigest = await keepAlive(sha256(headerLine));
  const headerDigestHex = toHex(headerDigest);
  const key = header.encryption ? await keyFor(header.encryption, options.passphrase, keepAlive) : undefined;

  const digests: Uint8Array[] = [headerDigest];
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;
  const lastKeys = new Map<BackupTable, string>();
  let records = 0;
  for (let index = 0; ; index++) {
    const line = await lines.next(limits.maxLineBytes);
    if (line === undefined || line === 'cut')
      throw new AppError('backup-truncated', `chunk ${index} is missing`);
    // Hashed (off the page's thread) while the chunk is read and checked, not before: a waited-for
    // digest per chunk left the page idle for a second of a year's reading. Unused on the end line.
    const digest = keepAlive(sha256(line));
    // A chunk refused before its digest is awaited leaves it behind: not an unhandled rejection.
    digest.catch(() => undefined);
    const content = key
      ? await unseal(line, key, header.version, headerDigestHex, index, keepAlive)
      : jsonOf(line, `chunk ${index}`);
    const chunk = v.safeParse(chunkSchema, content);
    if (!chunk.success) throw invalid(`chunk ${index}: ${issuesOf(chunk.issues)}`);
    if (chunk.output.i !== index)
      throw new AppError('backup-damaged', `chunk ${chunk.output.i} in place ${index}`);
    if ('end' in chunk.output) {
      const { end } = chunk.output;
      if (end.records !== records)
        throw new AppError('backup-damaged', `${records} rows, ${end.records} expected`);
      const checksum = toHex(await keepAlive(sha256(concatBytes(digests))));
      if (checksum !== end.sha256) throw new AppError('backup-damaged', 'checksum mismatch');
      if ((await lines.next(limits.maxLineBytes)) !== undefined) throw invalid('text after the last chunk');
      options.onProgress?.(1);
      return { header, records, counts };
    }
    if (chunk.output.records.length > limits.maxRecordsPerChunk)
      throw invalid(`chunk ${index}: too many rows`);
    options.beforeCheck?.(chunk.output.records);
    const rows = chunk.output.records.map((input, at) =>
      rowOf(input, { chunk: index, row: at }, options.acceptPicture),
    );
    for (const row of rows) {
      const previous = lastKeys.get(row.t);
      const rowKey = keyOf(row);
      if (previous !== undefined && rowKey <= previous)
        throw invalid(`${row.t}: ${rowKey} repeated or out of order`);
      lastKeys.set(row.t, rowKey);
      counts[row.t]++;
      const max = row.t === 'events' ? limits.maxEvents : limits.maxRowsPerTable;
      if (counts[row.t] > max) throw new AppError('backup-too-large', `more than ${max} ${row.t}`);
    }
    records += rows.length;
    digests.push(await digest);
    await onChunk(rows);
    options.onProgress?.(lines.consumed / file.size);
  }
}

async function keyFor(
  encryption: NonNullable<BackupHeader['encryption']>,
  passphrase: string | undefined,
  keepAlive: <T>(work: Promise<T>) => Promise<T>,
): Promise<CryptoKey> {
  if (!passphrase) throw new AppError('backup-passphrase-needed', 'the file is sealed');
  return keepAlive(passphraseKey(passphrase, fromBase64(encryption.salt), encryption.iterations));
}

/** A sealed chunk's content. The first chunk failing to open means the passphrase is wrong. */
async function unseal(
  line: Uint8Array,
  key: CryptoKey,
  version: BackupHeader['version'],
  headerDigestHex: string,
  index: number,
  keepAlive: <T>(work: Promise<T>) => Promise<T>,
): Promise<unknown> {
  const sealed = v.safeParse(sealedChunkSchema, jsonOf(line, `chunk ${index}`));
  if (!sealed.success) throw invalid(`chunk ${index}: ${issuesOf(sealed.issues)}`);
  const { i, end, iv, data } = sealed.output;
  let bytes: ArrayBuffer;
  try {
    bytes = await keepAlive(
      crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: fromBase64(iv),
          additionalData: chunkAdditionalData(version, headerDigestHex, i, end),
        },
        key,
        fromBase64(data),
      ),
    );
  } catch {
    if (index === 0) throw new AppError('backup-passphrase-wrong', 'the first chunk does not open');
    throw new AppError('backup-damaged', `chunk ${index} does not open`);
  }
  const content = jsonOf(new Uint8Array(bytes), `chunk ${index}`);
  const fields = typeof content === 'object' && content !== null ? (content as Record<string, unknown>) : {};
  // The seal covers i and end; the content must say the same, or a chunk was moved.
  if (i !== index || fields.i !== i || 'end' in fields !== end) {
    throw new AppError('backup-damaged', `chunk ${index} is out of place`);
  }
  return content;
}
