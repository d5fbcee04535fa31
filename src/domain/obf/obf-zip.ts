// Reading an .obz (a zip) without trusting it. Every entry's name and declared size, and the
// number of entries, are checked before anything is inflated; inflating stops as soon as an entry
// outgrows its declared size; and what comes out must match that size and its checksum.
//
// fflate's unzipSync is not used: it cuts an entry that outgrows its declared size off at that
// size, but only after decoding the whole stream, and deflate expands about a thousandfold, so a
// 20 MB file could keep a tablet busy decoding 20 GB. fflate's streaming Inflate, fed a step at a
// time, can be stopped.
import { Inflate } from 'fflate';
import { AppError, isAppError } from '../errors';
import { OBF_MAX_FILE_BYTES, OBZ_MAX_ENTRIES, OBZ_MAX_UNCOMPRESSED_BYTES, tooLargeError } from './obf-limits';

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT_LENGTH = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8_NAME = 0x800;
const STORED = 0;
const DEFLATED = 8;
/**
 * Compressed bytes fed to the inflater at a time. At most ~17 MB can come out of one step (deflate
 * expands at most 1032-fold); smaller steps cost more time on every honest entry.
 */
const INFLATE_STEP = 16 * 1024;

type CentralEntry = {
  name: string;
  method: typeof STORED | typeof DEFLATED;
  compressedSize: number;
  size: number;
  crc: number;
  localHeader: number;
};

/** Whether the bytes begin like a zip: a first entry, or the end record of an empty zip. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const signature = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
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
  const entries = centralDirectory(bytes, zipName);
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (!isSafePath(entry.name)) throw unsafePathError(zipName, entry.name);
    if (names.has(entry.name)) throw zipError(zipName, `two entries are named ${entry.name}`);
    names.add(entry.name);
    if (entry.size > OBF_MAX_FILE_BYTES) throw tooLargeError(`${zipName}/${entry.name}`, OBF_MAX_FILE_BYTES);
    total += entry.size;
    if (total > OBZ_MAX_UNCOMPRESSED_BYTES) throw tooLargeError(zipName, OBZ_MAX_UNCOMPRESSED_BYTES);
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const file = `${zipName}/${entry.name}`;
    let data: Uint8Array | undefined;
    try {
      data = entryData(bytes, entry);
    } catch (error) {
      throw isAppError(error) ? error : zipError(file, String(error));
    }
    if (!data || data.length !== entry.size || crc32(data) !== entry.crc) {
      throw zipError(file, 'does not match its declared size and checksum');
    }
    files.set(entry.name, data);
  }
  return files;
}

/** An entry's bytes; undefined when it inflates to more than it declares. */
function entryData(bytes: Uint8Array, entry: CentralEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw new RangeError('no local header');
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new RangeError('data past the end');
  const compressed = bytes.subarray(start, end);
  // A stored entry is copied, so a picture kept from the package does not keep all of it in memory.
  return entry.method === STORED ? compressed.slice() : inflateAtMost(compressed, entry.size);
}

/** Inflates deflate data that should come to `size` bytes; undefined as soon as it comes to more. */
function inflateAtMost(compressed: Uint8Array, size: number): Uint8Array | undefined {
  const out = new Uint8Array(size);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    overflow ||= length + chunk.length > size;
    if (overflow) return;
    out.set(chunk, length);
    length += chunk.length;
  });
  let at = 0;
  do {
    const next = at + INFLATE_STEP;
    inflater.push(compressed.subarray(at, next), next >= compressed.length);
    at = next;
  } while (!overflow && at < compressed.length);
  return overflow ? undefined : out.subarray(0, length);
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
      // Names without the UTF-8 flag are in an old DOS code page; Latin-1 reads their ASCII the same.
      const name =
        flags & FLAG_UTF8_NAME ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
      const entry = { name, compressedSize: u32(at + 20), size: u32(at + 24), crc: u32(at + 16) };
      if (flags & FLAG_ENCRYPTED) throw zipError(`${zipName}/${name}`, 'is encrypted');
      if (method === STORED && entry.compressedSize !== entry.size) {
        throw zipError(`${zipName}/${name}`, 'is stored with two different sizes');
      }
      if (method !== STORED && method !== DEFLATED) throw zipError(`${zipName}/${name}`, `method ${method}`);
      entries.push({ ...entry, method, localHeader: u32(at + 42) });
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

/** The CRC-32 a zip records for each entry. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  // An index loop: an iterator over megabytes of pictures is several times slower.
  for (let index = 0; index < bytes.length; index++) {
    crc = (CRC_TABLE[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
