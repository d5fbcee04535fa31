// A picture's width and height in pixels, read from its header, as the Open Board Format asks an
// exporter to write them. Pictures this app stores are a few known types; a header that cannot be
// read gives undefined, and the caller says what size to write instead.
import type { PictureType } from './picture-bytes';

export type PictureSize = { width: number; height: number };

export function pictureSize(bytes: Uint8Array, type: PictureType): PictureSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
  try {
    switch (type) {
      case 'image/png':
        // The IHDR chunk comes first: its width and height follow its length and name.
        return size(view.getUint32(16), view.getUint32(20));
      case 'image/gif':
        return size(view.getUint16(6, true), view.getUint16(8, true));
      case 'image/jpeg':
        return jpegSize(view);
      case 'image/webp':
        return webpSize(view, bytes);
      case 'image/svg+xml':
        return svgSize(new TextDecoder().decode(bytes));
    }
  } catch {
    // A header cut short: the size is unknown.
    return undefined;
  }
}

/** The frame header (SOFn) holds the size; the markers before it are skipped by their lengths. */
function jpegSize(view: DataView): PictureSize | undefined {
  let at = 2;
  while (at + 9 < view.byteLength) {
    if (view.getUint8(at) !== 0xff) return undefined;
    const marker = view.getUint8(at + 1);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

function webpSize(view: DataView, bytes: Uint8Array): PictureSize | undefined {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ')
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const width = (view.getUint32(24, true) & 0xffffff) + 1;
    const height = (view.getUint32(27, true) & 0xffffff) + 1;
    return { width, height };
  }
  return undefined;
}

/** The root's width and height in pixels, else its viewBox's. */
function svgSize(svg: string): PictureSize | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(?:px)?\\s*["']`, 'i').exec(root)?.[1];
  const width = Number(attribute('width'));
  const height = Number(attribute('height'));
  if (width > 0 && height > 0) return { width: Math.round(width), height: Math.round(height) };
  const box = /\sviewBox\s*=\s*["']([^"']*)["']/i
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , boxWidth, boxHeight] = box ?? [];
  return boxWidth && boxHeight && boxWidth > 0 && boxHeight > 0
    ? { width: Math.round(boxWidth), height: Math.round(boxHeight) }
    : undefined;
}
