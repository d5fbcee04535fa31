// Pictures inside a board. Their type is read from their bytes, never believed from a label, and an
// SVG is taken only as a still drawing. The app shows pictures with <img>, where SVG scripts do not
// run anyway; refusing them too keeps a hostile file from reaching anywhere else it could be opened.

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export type BoardImage = { bytes: Uint8Array; type: ImageType };

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: readonly { type: ImageType; bytes: readonly number[]; at?: number }[] = [
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

// Anything in an SVG that runs, loads or expands: scripts and embedded documents, event handlers,
// references outside the file (only `#fragment` links and inline raster pictures stay inside it),
// and entity declarations (exponential expansion).
const UNSAFE_SVG: readonly RegExp[] = [
  /<\s*(?:script|foreignObject|iframe|embed|object)\b/i,
  /[\s"'/]on[a-z]+\s*=/i,
  /\bhref\s*=\s*(?:"(?!#|data:image\/(?:png|jpeg|gif|webp)[;,])|'(?!#|data:image\/(?:png|jpeg|gif|webp)[;,])|[^\s"'#>])/i,
  /url\(\s*(?:"(?!#)|'(?!#)|[^\s"'#)])/i,
  /@import/i,
  /<!ENTITY/i,
];

/** What the bytes of a picture are: a type we show, an SVG we refuse, or nothing we know. */
export function imageTypeOf(bytes: Uint8Array): ImageType | 'unsafe-svg' | 'unknown' {
  for (const signature of SIGNATURES) {
    if (signature.at !== undefined && !startsWith(bytes, RIFF)) continue;
    if (startsWith(bytes, signature.bytes, signature.at)) return signature.type;
  }
  return svgTypeOf(bytes);
}

function svgTypeOf(bytes: Uint8Array): 'image/svg+xml' | 'unsafe-svg' | 'unknown' {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'unknown';
  }
  if (!/<svg[\s/>]/i.test(text)) return 'unknown';
  // Checked before the root: a refused SVG is named as unsafe, not as an unknown type.
  if (UNSAFE_SVG.some((pattern) => pattern.test(text))) return 'unsafe-svg';
  return rootIsSvg(text) ? 'image/svg+xml' : 'unknown';
}

/** Whether the first element is <svg>, after the XML declaration, comments and a doctype. */
function rootIsSvg(text: string): boolean {
  const skips: readonly [open: string, close: string][] = [
    ['<?', '?>'],
    ['<!--', '-->'],
    ['<!DOCTYPE', '>'],
  ];
  let at = 0;
  for (;;) {
    while (/\s/.test(text.charAt(at))) at++;
    const skip = skips.find(([open]) => text.startsWith(open, at));
    if (!skip) return /^<svg[\s/>]/.test(text.slice(at, at + 5));
    const end = text.indexOf(skip[1], at + skip[0].length);
    if (end < 0) return false;
    at = end + skip[1].length;
  }
}

export type DataUriResult = { bytes: Uint8Array } | { problem: 'malformed' | 'too-large' };

/** The bytes a `data:` URI holds; its size is checked before it is decoded. */
export function dataUriBytes(uri: string, maxBytes: number): DataUriResult {
  const comma = uri.indexOf(',');
  // A media type with its parameters fits in far fewer characters; a longer header is not one.
  if (!uri.startsWith('data:') || comma < 0 || comma > 200) return { problem: 'malformed' };
  const isBase64 = uri
    .slice(5, comma)
    .split(';')
    .some((part) => part.trim().toLowerCase() === 'base64');
  const payload = uri.slice(comma + 1);
  try {
    if (isBase64) {
      const base64 = payload.replace(/\s/g, '');
      if (Math.floor((base64.length * 3) / 4) > maxBytes + 2) return { problem: 'too-large' };
      const binary = atob(base64);
      if (binary.length > maxBytes) return { problem: 'too-large' };
      const bytes = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
      return { bytes };
    }
    // Each byte takes at most three characters (%XX): a longer text cannot fit.
    if (payload.length > maxBytes * 3) return { problem: 'too-large' };
    const bytes = new TextEncoder().encode(decodeURIComponent(payload));
    return bytes.length > maxBytes ? { problem: 'too-large' } : { bytes };
  } catch {
    return { problem: 'malformed' };
  }
}

/** A picture as a base64 `data:` URI, as boards carry pictures inline. */
export function toDataUri(image: BoardImage): string {
  let binary = '';
  // In slices: one call with millions of arguments would overflow the stack.
  for (let start = 0; start < image.bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...image.bytes.subarray(start, start + 0x8000));
  }
  return `data:${image.type};base64,${btoa(binary)}`;
}
