// The one gate for every picture from outside the app: board files, backups (restore and merge),
// photos an adult picks, and sync (and beside it, for media rows, the check of a recording). What leaves it cannot run script when opened anywhere,
// even by its blob: address in a tab of the app's origin:
// - raster pictures are known by their magic bytes and stored with that type, never a label's;
// - an SVG is parsed and rebuilt by DOMPurify's SVG profile (an allow-list of drawing elements and
//   attributes kept up by people who study browser parsers), and only its output is stored. What
//   the profile keeps but could still reach outside the file (href and url() to anything but
//   `#fragment` or an inline raster picture, <style>) is removed too.
// Synchronous, so restore and merge can call it inside their IndexedDB transaction.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { AppError } from '../../domain/errors';
import { type PictureType, sniffPicture } from '../../domain/pictures/picture-bytes';
import { type AudioType, recordingRefusal, sniffAudio } from '../../domain/sounds';
import type { PictureToStore } from './picture-store';

export type GatedPicture = {
  bytes: Uint8Array<ArrayBuffer>;
  type: PictureType;
  /** The sanitizer took something out of an SVG: the picture is kept without it. */
  cleaned: boolean;
};

export type PictureRefusal =
  /** Not a PNG, JPEG, GIF, WebP or SVG picture (HTML, a script, anything else). */
  | 'unknown-type'
  /** An SVG that declares entities, or whose drawing is gone once cleaned. */
  | 'unsafe-svg';

export type GateResult = ({ ok: true } & GatedPicture) | { ok: false; problem: PictureRefusal };

const SVG_CONFIG: Config = {
  // Parsed as SVG inside HTML, DOMPurify's best-tried path; the XML parse would drop camelCase
  // names such as viewBox and linearGradient, which its lists hold in lower case.
  USE_PROFILES: { svg: true, svgFilters: true },
  // Styles can import and fetch; presentation attributes still colour the drawing.
  FORBID_TAGS: ['style'],
  // What is inside a removed element goes with it (a script's text is no drawing).
  KEEP_CONTENT: false,
};

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const LOCAL_REFERENCE = /^\s*(?:#|data:image\/(?:png|jpeg|gif|webp)[;,])/i;
const OUTSIDE_URL = /url\s*\(\s*(?!['"]?\s*#)/i;

let purifier: DOMPurify | undefined;

function svgPurifier(): DOMPurify {
  if (purifier) return purifier;
  const made = createDOMPurify(window);
  // Fails closed: a DOMPurify without a DOM would hand its input back unchanged.
  if (!made.isSupported) throw new Error('no DOM to sanitize SVG with');
  made.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const outside =
      ((name === 'href' || name.endsWith(':href')) && !LOCAL_REFERENCE.test(data.attrValue)) ||
      OUTSIDE_URL.test(data.attrValue);
    if (outside) data.keepAttr = false;
  });
  purifier = made;
  return made;
}

/** The gate itself: the picture as it may be stored, or why it may not. */
export function gatePicture(bytes: Uint8Array): GateResult {
  const sniffed = sniffPicture(bytes);
  if ('problem' in sniffed)
    return { ok: false, problem: sniffed.problem === 'unknown' ? 'unknown-type' : 'unsafe-svg' };
  if (sniffed.type !== 'image/svg+xml')
    return { ok: true, bytes: copy(bytes), type: sniffed.type, cleaned: false };
  const purify = svgPurifier();
  const clean = purify.sanitize(sniffed.svg, SVG_CONFIG);
  // The parse wraps the input in a body, which is always reported as removed.
  const cleaned = purify.removed.some(
    (item) => !('element' in item) || item.element?.nodeName.toLowerCase() !== 'body',
  );
  if (!/^<svg[\s/>]/.test(clean)) return { ok: false, problem: 'unsafe-svg' };
  // Without its namespace the file would be no SVG once stored on its own (the HTML parse did not need it).
  const svg = /^<svg[^>]*\sxmlns="/.test(clean)
    ? clean
    : clean.replace('<svg', `<svg xmlns="${SVG_NAMESPACE}"`);
  return { ok: true, bytes: new TextEncoder().encode(svg), type: 'image/svg+xml', cleaned };
}

/** A stored media row's bytes: a card's recording (a sound, which runs nothing), or a picture through the gate. */
export type GatedMedia = Omit<GatedPicture, 'type'> & { type: PictureType | AudioType };

/**
 * The gate for media rows from outside (backups, sync, rows stored before the gate): a sound known
 * by its magic bytes passes as it is; anything else must pass as a picture.
 */
export function gateMedia(
  bytes: Uint8Array,
): ({ ok: true } & GatedMedia) | { ok: false; problem: PictureRefusal } {
  const audio = sniffAudio(bytes);
  return audio ? { ok: true, bytes: copy(bytes), type: audio, cleaned: false } : gatePicture(bytes);
}

/** A recording an editor hands in, checked and ready to store; `undefined` takes one away. */
export async function recordingToStore(recording: unknown): Promise<PictureToStore | undefined> {
  if (recording === undefined) return undefined;
  if (!(recording instanceof Blob)) throw new AppError('invalid-input', 'a recording must be a Blob');
  return prepareRecording(new Uint8Array(await recording.arrayBuffer()));
}

/**
 * A recording an adult made or chose, or a board file carried: known by its bytes, within the
 * size a few words take, with its content hash; refused with an AppError in words.
 */
export async function prepareRecording(bytes: Uint8Array): Promise<PictureToStore> {
  const refusal = recordingRefusal(bytes);
  if (refusal)
    throw new AppError(refusal === 'too-large' ? 'recording-too-large' : 'recording-type', refusal);
  const stored = copy(bytes);
  return {
    blob: new Blob([stored], { type: sniffAudio(stored) ?? 'audio/wav' }),
    hash: await pictureHash(stored),
  };
}

/**
 * A picture an adult picked, through the gate and with its content hash, ready for storePicture;
 * refused with an AppError in words. Before any transaction: it waits on the file and Web Crypto.
 */
export async function preparePicture(blob: Blob): Promise<PictureToStore & { cleaned: boolean }> {
  const gated = gatePicture(new Uint8Array(await blob.arrayBuffer()));
  if (!gated.ok) {
    throw new AppError(gated.problem === 'unknown-type' ? 'picture-type' : 'picture-unsafe', gated.problem);
  }
  return { ...(await toStore(gated)), cleaned: gated.cleaned };
}

/** A gated picture (or sound) as a Blob of its own type, with its content hash. */
export async function toStore(gated: GatedMedia): Promise<PictureToStore> {
  return { blob: new Blob([gated.bytes], { type: gated.type }), hash: await pictureHash(gated.bytes) };
}

/** The SHA-256 of a picture's bytes, in hex: pictures with the same bytes are stored once. */
export async function pictureHash(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Its own buffer: a view into a whole file would keep all of the file alive in the Blob.
const copy = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
