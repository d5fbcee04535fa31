// Writes a backup file a chunk at a time (see domain/backup/format.ts): rows go in one by one, and what is
// kept in memory is the chunk being filled; the rest is already Blob parts the browser may keep
// on disk.

import { concatBytes, toBase64, toHex, utf8 } from '../../domain/backup/encoding';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  CHUNK_MAX_RECORDS,
  CHUNK_TARGET_BYTES,
  chunkAdditionalData,
  IV_BYTES,
  KDF_ITERATIONS,
  SALT_BYTES,
} from '../../domain/backup/format';
import type { FileRecord } from '../../domain/backup/record-schemas';
import { passphraseKey, sha256 } from './crypto';

/** Blob parts are joined into one Blob every so often, so the list of parts stays short. */
const PARTS_BEFORE_JOINING = 64;

export type WriterOptions = {
  createdAt: number;
  /** Seals the file with a key made from this passphrase. */
  passphrase?: string;
  /** Tests only may lower it: the app always writes KDF_ITERATIONS or more. */
  iterations?: number;
};

export class BackupWriter {
  private parts: BlobPart[] = [];
  private lineDigests: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingBytes = 0;
  private chunkIndex = 0;
  private recordCount = 0;

  private constructor(
    private readonly headerDigestHex: string,
    private readonly key: CryptoKey | undefined,
  ) {}

  static async start(options: WriterOptions): Promise<BackupWriter> {
    let key: CryptoKey | undefined;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: options.createdAt,
    };
    if (options.passphrase !== undefined) {
      const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
      const iterations = options.iterations ?? KDF_ITERATIONS;
      key = await passphraseKey(options.passphrase, salt, iterations);
      header.encryption = { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), cipher: 'AES-GCM' };
    }
    const headerLine = utf8.encode(JSON.stringify(header));
    const headerDigest = await sha256(headerLine);
    const writer = new BackupWriter(toHex(headerDigest), key);
    writer.lineDigests.push(headerDigest);
    writer.parts.push(headerLine, '\n');
    return writer;
  }

  async add(record: FileRecord): Promise<void> {
    const text = JSON.stringify(record);
    this.pending.push(text);
    this.pendingBytes += text.length;
    this.recordCount++;
    if (this.pendingBytes >= CHUNK_TARGET_BYTES || this.pending.length >= CHUNK_MAX_RECORDS)
      await this.flush();
  }

  /** Closes the file: the last chunk, with the count of rows and the checksum. */
  async finish(): Promise<Blob> {
    if (this.pending.length > 0) await this.flush();
    const checksum = toHex(await sha256(concatBytes(this.lineDigests)));
    const end = JSON.stringify({ i: this.chunkIndex, end: { records: this.recordCount, sha256: checksum } });
    await this.writeLine(end, true);
    return new Blob(this.parts, { type: 'application/octet-stream' });
  }

  private async flush(): Promise<void> {
    const content = `{"i":${this.chunkIndex},"records":[${this.pending.join(',')}]}`;
    this.pending = [];
    this.pendingBytes = 0;
    await this.writeLine(content, false);
  }

  private async writeLine(content: string, last: boolean): Promise<void> {
    const line = this.key ? await this.seal(this.key, content, last) : utf8.encode(content);
    if (!last) this.lineDigests.push(await sha256(line));
    this.parts.push(line, '\n');
    if (this.parts.length >= PARTS_BEFORE_JOINING) this.parts = [new Blob(this.parts)];
    this.chunkIndex++;
  }

  private async seal(key: CryptoKey, content: string, last: boolean): Promise<Uint8Array<ArrayBuffer>> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv,
        additionalData: chunkAdditionalData(BACKUP_VERSION, this.headerDigestHex, this.chunkIndex, last),
      },
      key,
      utf8.encode(content),
    );
    const line = { i: this.chunkIndex, end: last, iv: toBase64(iv), data: toBase64(new Uint8Array(sealed)) };
    return utf8.encode(JSON.stringify(line));
  }
}
