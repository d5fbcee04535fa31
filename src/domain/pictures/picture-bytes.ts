// What a picture's bytes are, read from the bytes themselves, never from a name or a label: a
// browser shows a picture by the type it is stored with, so a stored type must be one that cannot
// run script. SVG can; it is only ever stored after db/pictures/picture-gate.ts has cleaned it.

export const RASTER_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const PICTURE_TYPES = [...RASTER_TYPES, 'image/svg+xml'] as const;
export type RasterType = (typeof RASTER_TYPES)[number];
export type PictureType = (typeof PICTURE_TYPES)[number];

/**
 * A raster type by its magic bytes; an SVG document (the text from its `<svg` root on, without
 * the XML declaration, comments and doctype before it); or why the bytes are neither.
 */
export type Sniffed =
  | { type: RasterType }
  | { type: 'image/svg+xml'; svg: string }
  /** Entity declarations expand when parsed (a few bytes can become gigabytes): refused unread. */
  | { problem: 'svg-entities' }
  | { problem: 'unknown' };

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: readonly { type: RasterType; bytes: readonly number[]; at?: number }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: ascii('GIF87a') },
  { type: 'image/gif', bytes: ascii('GIF89a') },
  // A WebP file is a RIFF container whose form type, after the 4-byte length, is WEBP.
  { type: 'image/webp', bytes: ascii('WEBP'), at: 8 },
];
const RIFF = ascii('RIFF');

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, index) => bytes[at + index] === byte);

export function sniffPicture(bytes: Uint8Array): Sniffed {
  for (const signature of SIGNATURES) {
    if (signature.at !== undefined && !startsWith(bytes, RIFF)) continue;
    if (startsWith(bytes, signature.bytes, signature.at)) return { type: signature.type };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'unknown' };
  }
  if (/<!ENTITY/i.test(text)) return { problem: 'svg-entities' };
  const root = svgRootAt(text);
  return root < 0 ? { problem: 'unknown' } : { type: 'image/svg+xml', svg: text.slice(root) };
}

/** Where the root `<svg` starts, after the XML declaration, comments and a doctype; -1 if the root is not svg. */
function svgRootAt(text: string): number {
  const skips: readonly [open: string, close: string][] = [
    ['<?', '?>'],
    ['<!--', '-->'],
    ['<!DOCTYPE', '>'],
  ];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (/\s/.test(text.charAt(at))) at++;
    const skip = skips.find(([open]) => text.startsWith(open, at));
    if (!skip) return /^<svg[\s/>]/.test(text.slice(at, at + 5)) ? at : -1;
    const end = text.indexOf(skip[1], at + skip[0].length);
    if (end < 0) return -1;
    at = end + skip[1].length;
  }
}
