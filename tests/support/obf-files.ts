// Board files for tests: small valid boards to change one thing in, .obz packages built with fflate,
// and pictures that are nothing but their type's first bytes (all the importer reads of them).
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { type AppError, isAppError } from '../../src/domain/errors';

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/obf/${name}`, import.meta.url)));
}

const withBody = (head: readonly number[]) => new Uint8Array([...head, 1, 2, 3, 4, 5, 6, 7, 8]);
export const PNG = withBody([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const JPEG = withBody([0xff, 0xd8, 0xff, 0xe0]);
export const GIF = withBody([...utf8('GIF89a')]);
export const WEBP = withBody([...utf8('RIFF'), 0x20, 0, 0, 0, ...utf8('WEBPVP8 ')]);
export const PDF = utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
export const SVG = utf8(
  '<?xml version="1.0"?>\n<!-- a drawing -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
    '<defs><linearGradient id="g"/></defs><use href="#c"/><circle id="c" r="4" fill="url(#g)"/></svg>',
);

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const dataUri = (type: string, bytes: Uint8Array) => `data:${type};base64,${base64(bytes)}`;

type Json = Record<string, unknown>;

/** A valid board of two buttons, with a picture on the first; `change` edits a copy. */
export function aBoard(change: (board: Json & { buttons: Json[]; images: Json[] }) => void = () => {}): Json {
  const board = {
    format: 'open-board-0.1',
    id: 'snacks',
    name: 'Snacks',
    locale: 'en',
    buttons: [
      { id: 'b1', label: 'apple', vocalization: 'I want an apple', image_id: 'i1' },
      { id: 'b2', label: 'crackers' },
    ] as Json[],
    images: [{ id: 'i1', data: dataUri('image/png', PNG), content_type: 'image/png' }] as Json[],
    grid: { rows: 1, columns: 2, order: [['b1', 'b2']] },
  };
  change(board);
  return board;
}

export const json = (value: unknown) => utf8(JSON.stringify(value));

/** An .obz: each value is an entry's bytes, or JSON to write into it. */
export function anObz(entries: Record<string, Uint8Array | Json>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, value]) => [
        name,
        value instanceof Uint8Array ? value : json(value),
      ]),
    ),
  );
}

/**
 * A copy of a zip whose headers (local and central) declare another uncompressed size for one
 * entry, as a zip bomb's do.
 */
export function declaringSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const nameBytes = utf8(name);
  const headers = [
    { signature: 0x04034b50, sizeAt: 22, nameAt: 30 },
    { signature: 0x02014b50, sizeAt: 24, nameAt: 46 },
  ];
  for (let at = 0; at + 4 <= copy.length; at++) {
    const header = headers.find((candidate) => candidate.signature === view.getUint32(at, true));
    if (header && nameBytes.every((byte, index) => copy[at + header.nameAt + index] === byte)) {
      view.setUint32(at + header.sizeAt, size, true);
    }
  }
  return copy;
}

/** The AppError a call throws; anything else fails the test. */
export function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">';
const BOX = '<rect width="4" height="4"/>';

/**
 * SVGs that try to run script in the app's origin or reach outside the file, each one a way past
 * a deny-list (some got past the one this app had). Through the picture gate each keeps its box.
 */
export const HOSTILE_SVGS: readonly (readonly [name: string, svg: string])[] = [
  ['a script', `${SVG_OPEN}<script>window.hacked = 1</script>${BOX}</svg>`],
  [
    'a namespaced script',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>window.hacked = 1</s:script>${BOX}</svg>`,
  ],
  [
    'an animated href',
    `${SVG_OPEN}<a><animate attributeName="href" values="javascript:window.hacked = 1"/>${BOX}</a></svg>`,
  ],
  [
    'a set href',
    `${SVG_OPEN}<a><set attributeName="xlink:href" to="javascript:window.hacked = 1"/>${BOX}</a></svg>`,
  ],
  [
    'an event handler on the root',
    `<svg xmlns="http://www.w3.org/2000/svg" onload="window.hacked = 1">${BOX}</svg>`,
  ],
  [
    'an event handler on a shape',
    `${SVG_OPEN}<rect width="4" height="4" onmouseover="window.hacked = 1"/></svg>`,
  ],
  [
    'a foreign object',
    `${SVG_OPEN}<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.hacked = 1"/></div></foreignObject>${BOX}</svg>`,
  ],
  ['an iframe', `${SVG_OPEN}<iframe src="javascript:window.hacked = 1"/>${BOX}</svg>`],
  ['a javascript link', `${SVG_OPEN}<a href="javascript:window.hacked = 1">${BOX}</a></svg>`],
  [
    'an entity-encoded javascript link',
    `${SVG_OPEN}<a xlink:href="&#106;avascript:window.hacked = 1">${BOX}</a></svg>`,
  ],
  ['a link out', `${SVG_OPEN}<a href="https://example.org">${BOX}</a></svg>`],
  [
    'an external picture by xlink:href',
    `${SVG_OPEN}<image xlink:href="http://example.org/a.png" width="4" height="4"/>${BOX}</svg>`,
  ],
  [
    'an external picture by href',
    `${SVG_OPEN}<image href="https://example.org/a.png" width="4" height="4"/>${BOX}</svg>`,
  ],
  [
    'an inline picture of the wrong type (data:image/svg+xml)',
    `${SVG_OPEN}<image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="4" height="4"/>${BOX}</svg>`,
  ],
  [
    'an inline page (data:text/html)',
    `${SVG_OPEN}<a href="data:text/html,&lt;script&gt;window.hacked = 1&lt;/script&gt;">${BOX}</a></svg>`,
  ],
  ['a use of another file', `${SVG_OPEN}<use href="https://example.org/a.svg#x"/>${BOX}</svg>`],
  [
    'a CSS url() in a style attribute',
    `${SVG_OPEN}<rect width="4" height="4" style="fill: url(http://example.org/x)"/></svg>`,
  ],
  [
    'a CSS url() in a fill',
    `${SVG_OPEN}<rect width="4" height="4" fill="url('https://example.org/p.svg#g')"/></svg>`,
  ],
  [
    'a style sheet',
    `${SVG_OPEN}<style>@import url(https://example.org/a.css); rect { fill: url(https://example.org/x) }</style>${BOX}</svg>`,
  ],
];

/** Whether an SVG holds anything that runs or reaches outside the file (its namespace names aside). */
export function activeOrOutside(svg: string): boolean {
  const withoutNamespaces = svg.replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
  return /script|\son[a-z]+\s*=|javascript:|foreignObject|iframe|https?:|<animate|<set|<style|<use|data:(?!image\/(?:png|jpeg|gif|webp)[;,])/i.test(
    withoutNamespaces,
  );
}
