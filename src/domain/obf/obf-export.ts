// Choice boards as Open Board Format files other AAC apps open: an .obf with its pictures and
// recordings inline, or an .obz package of one or more boards with each a file inside it. What is written
// follows the spec's rules (format, ids, a grid whose rows and columns match its order, a sounds
// list, pictures with width, height and content type), and parseBoardFile here gives the same
// boards back, grid and blank cells included.
import { zipSync } from 'fflate';
import { PICTURE_MAX_PIXELS } from '../cards';
import { pictureSize } from '../pictures/picture-size';
import type { AudioType } from '../sounds';
import { type BoardImage, type BoardSound, toDataUri } from './obf-image';
import { OBF_FORMAT } from './obf-schema';

export type ExportedOption = {
  id: string;
  label: string;
  spokenText?: string;
  image?: BoardImage;
  /** The card's recording, written as the button's sound. */
  sound?: BoardSound;
  /** A button the board file hid, written back hidden. */
  hidden?: true;
};
export type ExportedBoard = {
  id: string;
  name: string;
  locale: string;
  options: readonly ExportedOption[];
  /** The board's own grid of option ids (blank cells null); laid out anew when absent. */
  grid?: readonly (readonly (string | null)[])[];
};

type MediaRef = { data: string } | { path: string };
type Refs = {
  image: (option: ExportedOption, image: BoardImage) => MediaRef;
  sound: (option: ExportedOption, sound: BoardSound) => MediaRef;
};

const EXTENSIONS: Record<BoardImage['type'], string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};
const SOUND_EXTENSIONS: Record<AudioType, string> = {
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
};

/** The board as .obf JSON text, its pictures and sounds inline. */
export function boardToObf(board: ExportedBoard): string {
  const inline = (_option: ExportedOption, media: BoardImage | BoardSound) => ({ data: toDataUri(media) });
  return JSON.stringify(obfJson(board, { image: inline, sound: inline }), null, 2);
}

/**
 * Boards as an .obz: each board under boards/, each picture once under images/ and each sound once
 * under sounds/ (named by the option that first has it), and a manifest whose root is the first board.
 */
export function boardsToObz(boards: readonly ExportedBoard[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const pathOf = new Map<Uint8Array, string>();
  const boardPaths: Record<string, string> = {};
  const imagePaths: Record<string, string> = {};
  const soundPaths: Record<string, string> = {};
  const fileFor = (bytes: Uint8Array, path: string): string => {
    const known = pathOf.get(bytes);
    if (known) return known;
    pathOf.set(bytes, path);
    files[path] = bytes;
    return path;
  };
  for (const board of boards) {
    const json = obfJson(board, {
      image: (option, image) => {
        const path = fileFor(image.bytes, `images/${option.id}.${EXTENSIONS[image.type]}`);
        imagePaths[option.id] = path;
        return { path };
      },
      sound: (option, sound) => {
        const path = fileFor(sound.bytes, `sounds/${option.id}.${SOUND_EXTENSIONS[sound.type]}`);
        soundPaths[option.id] = path;
        return { path };
      },
    });
    const path = `boards/${board.id}.obf`;
    boardPaths[board.id] = path;
    files[path] = new TextEncoder().encode(JSON.stringify(json, null, 2));
  }
  const manifest = {
    format: OBF_FORMAT,
    root: Object.values(boardPaths)[0] ?? '',
    paths: { boards: boardPaths, images: imagePaths, sounds: soundPaths },
  };
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  // Pictures and sounds are compressed already (a WAV is not, but is small); deflate spends time
  // for nothing on the others.
  const stored = (name: string) =>
    (name.startsWith('images/') && !name.endsWith('.svg')) ||
    (name.startsWith('sounds/') && !name.endsWith('.wav'));
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: stored(name) ? 0 : 6 }]]),
    ),
  );
}

function obfJson(board: ExportedBoard, refs: Refs) {
  const { options } = board;
  const order = gridOf(board);
  return {
    format: OBF_FORMAT,
    id: board.id,
    locale: board.locale,
    name: board.name,
    buttons: options.map((option) => ({
      id: option.id,
      label: option.label,
      ...(option.spokenText ? { vocalization: option.spokenText } : {}),
      // Buttons and images have ids of their own kinds, so a picture can share its option's id.
      ...(option.image ? { image_id: option.id } : {}),
      ...(option.sound ? { sound_id: option.id } : {}),
      ...(option.hidden ? { hidden: true } : {}),
    })),
    images: options.flatMap((option) =>
      option.image
        ? [{ id: option.id, ...refs.image(option, option.image), ...imageFacts(option.image) }]
        : [],
    ),
    sounds: options.flatMap((option) =>
      option.sound
        ? [{ id: option.id, ...refs.sound(option, option.sound), content_type: option.sound.type }]
        : [],
    ),
    grid: {
      rows: order.length,
      columns: Math.max(0, ...order.map((row) => row.length)),
      order: padded(order),
    },
  };
}

function imageFacts(image: BoardImage) {
  // A picture whose header cannot be read is written at the size the app shows pictures at.
  const size = pictureSize(image.bytes, image.type) ?? {
    width: PICTURE_MAX_PIXELS,
    height: PICTURE_MAX_PIXELS,
  };
  return { content_type: image.type, width: size.width, height: size.height };
}

/**
 * The board's own grid, cells naming no option blank; laid out anew when it has none, or when it
 * leaves an option out (the spec's readers show only what the grid holds).
 */
function gridOf(board: ExportedBoard): (string | null)[][] {
  const ids = board.options.map((option) => option.id);
  const known = new Set(ids);
  const order = board.grid?.map((row) => row.map((id) => (id !== null && known.has(id) ? id : null)));
  const placed = new Set(order?.flat());
  return order && ids.every((id) => placed.has(id)) ? order : squareGrid(ids);
}

/** As near square as the options allow, filled row by row; blank cells after the last. */
function squareGrid(ids: readonly string[]): (string | null)[][] {
  const columns = Math.ceil(Math.sqrt(ids.length));
  const rows = columns === 0 ? 0 : Math.ceil(ids.length / columns);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => ids[row * columns + column] ?? null),
  );
}

/** Every row as long as the longest, with blank cells: the spec's columns count every row. */
function padded(order: (string | null)[][]): (string | null)[][] {
  const columns = Math.max(0, ...order.map((row) => row.length));
  return order.map((row) => [...row, ...Array<null>(columns - row.length).fill(null)]);
}
