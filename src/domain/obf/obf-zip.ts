// Reading an .obz (a zip) without trusting it. Every entry's name, count and declared size is
// checked before anything is inflated, and what comes out must match its declared size and checksum.
import { unzipSync } from 'fflate';
import { AppError, isAppError } from '../errors';
import { OBF_MAX_FILE_BYTES, OBZ_MAX_ENTRIES, OBZ_MAX_UNCOMPRESSED_BYTES, tooLargeError } from './obf-limits';

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT_LENGTH = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8_NAME = 0x800;
const STORED = 0;
const DEFLATED = 8;

type CentralEntry = { name: string; size: number; crc: number };

/** Whether the bytes begin like a zip: a first entry, or the end record of an empty zip. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) return false;
  const signature = view.getUint32(0, true);
  return signature === LOCAL_HEADER || signature === END_OF_CENTRAL_DIRECTORY;
}

/** A path that stays inside the package: no parent steps, no absolute or Windows paths, no control characters. */
export function isSafePath(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !/^[A-Za-z]:/.test(path) &&
    ![...path].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) &&
    !path.split('/').includes('..')
  );
}

export function unsafePathError(file: string, path: string): AppError {
  return new AppError('board-unsafe-path', `${file} names ${JSON.stringify(path)}`, { file, path });
}

export function zipError(file: string, details: string): AppError {
  return new AppError('board-zip-invalid', `${file}: ${details}`, { file });
}

/** The files of an .obz by name, directories left out. */
export function readZip(bytes: Uint8Array, zipName: string): Map<string, Uint8Array> {
  const entries = new Map<string, CentralEntry>();
  let total = 0;
  for (const entry of centralDirectory(bytes, zipName)) {
    if (!isSafePath(entry.name)) throw unsafePathError(zipName, entry.name);
    if (entries.has(entry.name)) throw zipError(zipName, `two entries are named ${entry.name}`);
    if (entry.size > OBF_MAX_FILE_BYTES) throw tooLargeError(`${zipName}/${entry.name}`, OBF_MAX_FILE_BYTES);
    total += entry.size;
    if (total > OBZ_MAX_UNCOMPRESSED_BYTES) throw tooLargeError(zipName, OBZ_MAX_UNCOMPRESSED_BYTES);
    entries.set(entry.name, entry);
  }
  let inflated: Record<string, Uint8Array | undefined>;
  try {
    inflated = unzipSync(bytes, {
      // fflate makes room for the size a header declares and never more: that size is the one
      // checked above, or nothing is inflated.
      filter: (file) => {
        if (entries.get(file.name)?.size !== file.originalSize) {
          throw zipError(zipName, `${file.name} declares two different sizes`);
        }
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    throw isAppError(error) ? error : zipError(zipName, String(error));
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries.values()) {
    if (entry.name.endsWith('/')) continue;
    const data = inflated[entry.name];
    // An entry that inflates to more than it declares is cut off at the declared size, which its
    // checksum then gives away: a zip bomb ends here, having cost only what it declared.
    if (!data || data.length !== entry.size || crc32(data) !== entry.crc) {
      throw zipError(`${zipName}/${entry.name}`, 'does not match its declared size and checksum');
    }
    files.set(entry.name, data);
  }
  return files;
}

/** The entries the zip's central directory lists, read without inflating anything. */
function centralDirectory(bytes: Uint8Array, zipName: string): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  try {
    let end = bytes.length - END_RECORD_SIZE;
    const stop = Math.max(0, end - MAX_COMMENT_LENGTH);
    while (end >= stop && u32(end) !== END_OF_CENTRAL_DIRECTORY) end--;
    if (end < stop) throw zipError(zipName, 'no central directory');
    // ZIP64 and split archives exist for sizes far beyond the limits here.
    const zip64 = end >= 20 && u32(end - 20) === ZIP64_LOCATOR;
    if (zip64 || u16(end + 4) !== 0 || u16(end + 6) !== 0) throw zipError(zipName, 'ZIP64 or split archive');
    const count = u16(end + 10);
    if (u16(end + 8) !== count) throw zipError(zipName, 'split archive');
    if (count > OBZ_MAX_ENTRIES) {
      throw new AppError('board-too-many-files', `${zipName} has ${count} entries`, {
        file: zipName,
        max: OBZ_MAX_ENTRIES,
      });
    }
    const entries: CentralEntry[] = [];
    let at = u32(end + 16);
    for (let index = 0; index < count; index++) {
      if (u32(at) !== CENTRAL_HEADER) throw zipError(zipName, `entry ${index} has no header`);
      const flags = u16(at + 8);
      const method = u16(at + 10);
      const nameStart = at + CENTRAL_HEADER_SIZE;
      const nameEnd = nameStart + u16(at + 28);
      if (nameEnd > bytes.length) throw new RangeError('name past the end');
      const nameBytes = bytes.subarray(nameStart, nameEnd);
      // Decoded as fflate decodes it, so both name an entry the same way.
      const name =
        flags & FLAG_UTF8_NAME ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
      if (flags & FLAG_ENCRYPTED) throw zipError(`${zipName}/${name}`, 'is encrypted');
      if (method !== STORED && method !== DEFLATED) throw zipError(`${zipName}/${name}`, `method ${method}`);
      entries.push({ name, crc: u32(at + 16), size: u32(at + 24) });
      at = nameEnd + u16(at + 30) + u16(at + 32);
    }
    return entries;
  } catch (error) {
    throw error instanceof RangeError ? zipError(zipName, 'the directory runs past the end') : error;
  }
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/** The CRC-32 a zip records for each entry (fflate checks none when it unzips). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
