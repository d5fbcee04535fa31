// Pictures inside a board. Their type is read from their bytes (domain/pictures/picture-bytes.ts),
// never believed from a label. An SVG is handed on as it is and stored only as cleaned by the
// picture gate (db/pictures/picture-gate.ts), which needs a DOM this module must not use.
import type { PictureType } from '../pictures/picture-bytes';
import type { AudioType } from '../sounds';

export type BoardImage = { bytes: Uint8Array; type: PictureType };
/** A button's sound, known by its bytes (domain/sounds.ts): it becomes its card's recording. */
export type BoardSound = { bytes: Uint8Array; type: AudioType };

export type DataUriResult = { bytes: Uint8Array } | { problem: 'malformed' | 'too-large' };
/** The bytes a `data:` URI holds; its size is checked before it is decoded. */
export function dataUriBytes(uri: string, maxBytes: number): DataUriResult {
  const comma = uri.indexOf(',');
  // A media type with its parameters fits in far fewer characters; a longer header is not one.
  // The scheme is case-insensitive (RFC 2397 follows RFC 3986): some apps write DATA:.
  if (uri.slice(0, 5).toLowerCase() !== 'data:' || comma < 0 || comma > 200) return { problem: 'malformed' };
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
    // SVG written as text often holds a bare % (`width="100%"`): only %XX is an escape.
    const bytes = new TextEncoder().encode(
      decodeURIComponent(payload.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')),
    );
    return bytes.length > maxBytes ? { problem: 'too-large' } : { bytes };
  } catch {
    return { problem: 'malformed' };
  }
}

/** A picture or a sound as a base64 `data:` URI, as boards carry them inline. */
export function toDataUri(image: BoardImage | BoardSound): string {
  let binary = '';
  // In slices: one call with millions of arguments would overflow the stack.
  for (let start = 0; start < image.bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...image.bytes.subarray(start, start + 0x8000));
  }
  return `data:${image.type};base64,${btoa(binary)}`;
}
