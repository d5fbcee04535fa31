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
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_RECORD_SIZE = 56;
const ZIP64_EXTRA = 0x0001;
/** A 32-bit field with this value says the real one is in the zip64 extra field or end record. */
const IN_ZIP64 = 0xffffffff;
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

/** One part of an archive split over several files: not damage, but nothing to read on its own. */
function splitArchiveError(file: string): AppError {
  return new AppError('board-zip-split', `${file}: split archive`, { file });
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
    // Split archives (several disks) are made for media far smaller than the files here.
    if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== u16(end + 10))
      throw splitArchiveError(zipName);
    // Tools write ZIP64 records even for small archives (streamed input, forced): read them.
    const zip64 = end >= ZIP64_LOCATOR_SIZE && u32(end - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR;
    const directory = zip64
      ? zip64Directory(view, end - ZIP64_LOCATOR_SIZE, zipName)
      : { count: u16(end + 10), offset: u32(end + 16) };
    const { count } = directory;
    if (count > OBZ_MAX_ENTRIES) {
      throw new AppError('board-too-many-files', `${zipName} has ${count} entries`, {
        file: zipName,
        max: OBZ_MAX_ENTRIES,
      });
    }
    const entries: CentralEntry[] = [];
    let at = directory.offset;
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
      const extraEnd = nameEnd + u16(at + 30);
      if (extraEnd > bytes.length) throw new RangeError('extra field past the end');
      const sizes = zip64Sizes(view, nameEnd, extraEnd, {
        size: u32(at + 24),
        compressedSize: u32(at + 20),
        localHeader: u32(at + 42),
      });
      if (!sizes || sizes.localHeader >= bytes.length || sizes.compressedSize > bytes.length)
        throw zipError(`${zipName}/${name}`, 'has sizes that do not fit the file');
      const entry = { name, compressedSize: sizes.compressedSize, size: sizes.size, crc: u32(at + 16) };
      if (flags & FLAG_ENCRYPTED) throw zipError(`${zipName}/${name}`, 'is encrypted');
      if (method === STORED && entry.compressedSize !== entry.size) {
        throw zipError(`${zipName}/${name}`, 'is stored with two different sizes');
      }
      if (method !== STORED && method !== DEFLATED) throw zipError(`${zipName}/${name}`, `method ${method}`);
      entries.push({ ...entry, method, localHeader: sizes.localHeader });
      at = extraEnd + u16(at + 32);
    }
    return entries;
  } catch (error) {
    throw error instanceof RangeError ? zipError(zipName, 'the directory runs past the end') : error;
  }
}

/** A little-endian 64-bit field, or undefined beyond what a number holds exactly. */
function u64(view: DataView, at: number): number | undefined {
  const high = view.getUint32(at + 4, true);
  return high > 0x1fffff ? undefined : high * 2 ** 32 + view.getUint32(at, true);
}

/**
 * The ZIP64 end record its locator points at (APPNOTE 4.3.14–15): the entry count and where the
 * central directory starts. One disk only; a record outside the file is damage.
 */
function zip64Directory(view: DataView, locator: number, zipName: string): { count: number; offset: number } {
  const record = u64(view, locator + 8);
  if (view.getUint32(locator + 4, true) !== 0 || view.getUint32(locator + 16, true) !== 1)
    throw splitArchiveError(zipName);
  if (record === undefined || record + ZIP64_END_RECORD_SIZE > locator)
    throw zipError(zipName, 'its ZIP64 record is outside the file');
  if (view.getUint32(record, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY)
    throw zipError(zipName, 'no ZIP64 record where its locator points');
  if (view.getUint32(record + 16, true) !== 0 || view.getUint32(record + 20, true) !== 0)
    throw splitArchiveError(zipName);
  const onDisk = u64(view, record + 24);
  const count = u64(view, record + 32);
  const offset = u64(view, record + 48);
  if (count === undefined || offset === undefined || onDisk !== count || offset >= record)
    throw zipError(zipName, 'its ZIP64 record does not fit the file');
  return { count, offset };
}

/**
 * An entry's sizes and local header offset, taking each field marked IN_ZIP64 from the zip64 extra
 * field, in the spec's order (APPNOTE 4.5.3): size, compressed size, offset. Undefined when a
 * marked field is missing or larger than a number holds exactly.
 */
function zip64Sizes(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  fields: { size: number; compressedSize: number; localHeader: number },
): { size: number; compressedSize: number; localHeader: number } | undefined {
  const marked = (['size', 'compressedSize', 'localHeader'] as const).filter(
    (key) => fields[key] === IN_ZIP64,
  );
  if (marked.length === 0) return fields;
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      if (length < marked.length * 8 || at + 4 + length > extraEnd) return undefined;
      const found = { ...fields };
      for (const [index, key] of marked.entries()) {
        const value = u64(view, at + 4 + index * 8);
        if (value === undefined) return undefined;
        found[key] = value;
      }
      return found;
    }
    at += 4 + length;
  }
  return undefined;
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
