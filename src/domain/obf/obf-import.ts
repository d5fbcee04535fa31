// Open Board Format files (.obf, a JSON board; .obz, a zip of boards and pictures) read as choice
// boards. Everything is checked here, before anything is written: a file that fails any check is
// refused whole, with an AppError naming the file and the part at fault.
import * as v from 'valibot';
import { AppError } from '../errors';
import { sniffPicture } from '../pictures/picture-bytes';
import { type BoardImage, dataUriBytes } from './obf-image';
import {
  OBF_MAX_BOARDS,
  OBF_MAX_BUTTONS,
  OBF_MAX_CARDS,
  OBF_MAX_FILE_BYTES,
  OBF_MAX_IMAGE_BYTES,
  OBF_MAX_IMPORT_PICTURE_BYTES,
  OBF_MAX_JSON_DEPTH,
  OBF_NAME_MAX_LENGTH,
  tooLargeError,
} from './obf-limits';
import {
  isRecord,
  issuePlace,
  type ObfButton,
  type ObfImage,
  obfBoardSchema,
  obzManifestSchema,
} from './obf-schema';
import { isSafePath, looksLikeZip, readZip, unsafePathError, zipError } from './obf-zip';

/** Why an option has no picture although its button had one. */
export type ImageNote =
  /** The picture is on the web; the tablet never fetches anything. */
  | 'remote-not-fetched'
  /** The file names a picture without carrying it (a symbol set, or a path outside any .obz). */
  | 'not-included';

export type ImportedOption = {
  /** The button's id in the file. */
  sourceId: string;
  label: string;
  spokenText?: string;
  image?: BoardImage;
  imageNote?: ImageNote;
};

export type SkipReason =
  /** Spelling or specialty action (`+a`, `:clear`): a keyboard or sentence tool, not a choice. */
  | 'action'
  /** Opens another board: a folder, not a choice. */
  | 'opens-board'
  | 'no-label'
  /** The board's grid does not show it. */
  | 'not-in-grid';

export type SkippedButton = { sourceId: string; label?: string; reason: SkipReason };

export type ImportedBoard = {
  /** The board's id in the file. */
  sourceId: string;
  name: string;
  /** As the file gives it, e.g. `en` or `en_US`. */
  locale?: string;
  /** In grid order, row by row, when the board has a grid; else in the file's order. */
  options: ImportedOption[];
  skipped: SkippedButton[];
};

/** What an import left behind, for the teacher to hear about: pictures not brought, buttons left out. */
export function importGaps(boards: readonly ImportedBoard[]): {
  /** Labels of options whose picture is on the web or was not in the file; they show their words. */
  withoutPicture: string[];
  leftOut: number;
} {
  return {
    withoutPicture: boards.flatMap((board) =>
      board.options.filter((option) => option.imageNote).map((option) => option.label),
    ),
    leftOut: boards.reduce((sum, board) => sum + board.skipped.length, 0),
  };
}

/** How far reading a file is, from 0 to 1: an .obz is read board by board. */
export type ParseProgress = (share: number) => void;

/** Reads an .obf or an .obz, told apart by their first bytes rather than by the file's name. */
export function parseBoardFile(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: ParseProgress,
): ImportedBoard[] {
  return looksLikeZip(bytes) ? parseObz(bytes, fileName, onProgress) : [parseObf(bytes, fileName)];
}

export function parseObf(bytes: Uint8Array, fileName: string): ImportedBoard {
  const board = readBoard(bytes, fileName, new ImportBudget(fileName));
  if (board.options.length === 0) throw emptyError(fileName);
  return board;
}

/** Every board of an .obz that has choices: the root board first, then the manifest's order. */
export function parseObz(bytes: Uint8Array, fileName: string, onProgress?: ParseProgress): ImportedBoard[] {
  if (bytes.length > OBF_MAX_FILE_BYTES) throw tooLargeError(fileName, OBF_MAX_FILE_BYTES);
  const files = readZip(bytes, fileName);
  const budget = new ImportBudget(fileName);
  const paths = boardPaths(files, fileName);
  const withOptions: ImportedBoard[] = [];
  for (const [index, path] of paths.entries()) {
    const bytes = files.get(path);
    if (!bytes) throw zipError(`${fileName}/${path}`, 'is in the manifest but not in the zip');
    const board = readBoard(bytes, `${fileName}/${path}`, budget, files);
    // A board whose buttons all open other boards is a menu of the set, not a choice board.
    if (board.options.length > 0) {
      withOptions.push(board);
      budget.addBoard(board);
    }
    onProgress?.((index + 1) / paths.length);
  }
  if (withOptions.length === 0) throw emptyError(fileName);
  return withOptions;
}

/**
 * What one import may write, counted as it is read, so a small file that names much (one picture
 * behind thousands of buttons, thousands of boards) is refused before it costs much.
 */
class ImportBudget {
  private boards = 0;
  private cards = 0;
  private pictureBytes = 0;
  /** Pictures counted already: a file in the package is one picture however many boards name it. */
  private readonly counted = new WeakSet<Uint8Array>();

  constructor(private readonly file: string) {}

  addBoard(board: ImportedBoard): void {
    this.boards++;
    this.cards += board.options.length;
    if (this.boards > OBF_MAX_BOARDS) {
      throw new AppError('board-too-many-boards', `${this.file}: over ${OBF_MAX_BOARDS} boards`, {
        file: this.file,
        max: OBF_MAX_BOARDS,
      });
    }
    if (this.cards > OBF_MAX_CARDS) {
      throw new AppError('board-too-many-cards', `${this.file}: over ${OBF_MAX_CARDS} cards`, {
        file: this.file,
        max: OBF_MAX_CARDS,
      });
    }
  }

  addPicture(bytes: Uint8Array): void {
    if (this.counted.has(bytes)) return;
    this.counted.add(bytes);
    this.pictureBytes += bytes.length;
    if (this.pictureBytes > OBF_MAX_IMPORT_PICTURE_BYTES) {
      throw new AppError(
        'board-pictures-too-large',
        `${this.file}: over ${OBF_MAX_IMPORT_PICTURE_BYTES} bytes`,
        {
          file: this.file,
          max: OBF_MAX_IMPORT_PICTURE_BYTES / (1024 * 1024),
        },
      );
    }
  }
}

function boardPaths(files: ReadonlyMap<string, Uint8Array>, zipName: string): string[] {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) {
    // The format asks for a manifest only when a package holds more than one board.
    const boards = [...files.keys()].filter((name) => name.toLowerCase().endsWith('.obf'));
    if (boards.length === 1) return boards;
    throw zipError(zipName, 'has no manifest.json');
  }
  const manifestName = `${zipName}/manifest.json`;
  const manifest = validate(obzManifestSchema, parseJson(manifestBytes, manifestName), manifestName);
  const paths = [...new Set([manifest.root, ...Object.values(manifest.paths.boards)])];
  const unsafe = paths.find((path) => !isSafePath(path));
  if (unsafe !== undefined) throw unsafePathError(manifestName, unsafe);
  return paths;
}

/** One board; `zip` holds the files of the .obz it came from, where its pictures' paths point. */
function readBoard(
  bytes: Uint8Array,
  file: string,
  budget: ImportBudget,
  zip?: ReadonlyMap<string, Uint8Array>,
): ImportedBoard {
  if (bytes.length > OBF_MAX_FILE_BYTES) throw tooLargeError(file, OBF_MAX_FILE_BYTES);
  const json = parseJson(bytes, file);
  if (Array.isArray(json.buttons) && json.buttons.length > OBF_MAX_BUTTONS) {
    throw new AppError('board-too-many-buttons', `${file} has ${json.buttons.length} buttons`, {
      file,
      max: OBF_MAX_BUTTONS,
    });
  }
  const board = validate(obfBoardSchema, json, file);
  const buttons = byId(board.buttons, file);
  const images = byId(board.images ?? [], file);
  const ordered = board.grid ? inGridOrder(board.grid.order, buttons) : board.buttons;
  const shown = new Set(ordered);
  const skipped = board.buttons
    .filter((button) => !shown.has(button))
    .map((button) => skip(button, 'not-in-grid'));
  const pictureOf = pictureReader(images, file, budget, zip);
  const options: ImportedOption[] = [];
  for (const button of ordered) {
    const { label } = button;
    const reason = button.action ? 'action' : button.load_board ? 'opens-board' : undefined;
    if (reason || !label) {
      skipped.push(skip(button, reason ?? 'no-label'));
      continue;
    }
    const option: ImportedOption = { sourceId: button.id, label };
    if (button.vocalization) option.spokenText = button.vocalization;
    if (button.image_id != null) Object.assign(option, pictureOf(button.id, button.image_id));
    options.push(option);
  }
  return {
    sourceId: board.id,
    name: board.name || board.id.slice(0, OBF_NAME_MAX_LENGTH),
    ...(board.locale ? { locale: board.locale } : {}),
    options,
    skipped,
  };
}

function parseJson(bytes: Uint8Array, file: string): Record<string, unknown> {
  checkDepth(bytes, file);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new AppError('board-not-json', `${file}: ${String(error)}`, { file });
  }
  if (!isRecord(json)) throw new AppError('board-not-json', `${file}: JSON but not an object`, { file });
  return json;
}

const [QUOTE, BACKSLASH, OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [
  0x22, 0x5c, 0x5b, 0x5d, 0x7b, 0x7d,
];

/** Refuses JSON nested deeper than any board, before JSON.parse spends its time and stack on it. */
function checkDepth(bytes: Uint8Array, file: string): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_LIST || byte === OPEN_OBJECT) {
      if (++depth > OBF_MAX_JSON_DEPTH) {
        throw new AppError('board-too-deep', `${file}: deeper than ${OBF_MAX_JSON_DEPTH}`, {
          file,
          max: OBF_MAX_JSON_DEPTH,
        });
      }
    } else if (byte === CLOSE_LIST || byte === CLOSE_OBJECT) depth--;
  }
}

function validate<Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  file: string,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const details = result.issues.map((issue) => `${issuePlace(issue)}: ${issue.message}`).join('; ');
  throw new AppError('board-invalid', `${file}: ${details}`, { file, where: issuePlace(result.issues[0]) });
}

function byId<Item extends { id: string }>(items: readonly Item[], file: string): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const item of items) {
    if (map.has(item.id))
      throw new AppError('board-duplicate-id', `${file}: id ${item.id}`, { file, id: item.id });
    map.set(item.id, item);
  }
  return map;
}

/** The buttons the grid shows, row by row. A cell naming no button is blank, as other readers show it. */
function inGridOrder(
  order: readonly (string | null)[][],
  buttons: ReadonlyMap<string, ObfButton>,
): ObfButton[] {
  const shown = new Set<ObfButton>();
  for (const id of order.flat()) {
    const button = id === null ? undefined : buttons.get(id);
    if (button) shown.add(button);
  }
  return [...shown];
}

function skip(button: ObfButton, reason: SkipReason): SkippedButton {
  return { sourceId: button.id, ...(button.label ? { label: button.label } : {}), reason };
}

type Picture = Pick<ImportedOption, 'image' | 'imageNote'>;

/** The pictures of one board by image id, each checked once however many buttons show it. */
function pictureReader(
  images: ReadonlyMap<string, ObfImage>,
  file: string,
  budget: ImportBudget,
  zip: ReadonlyMap<string, Uint8Array> | undefined,
): (buttonId: string, imageId: string) => Picture {
  const read = new Map<string, Picture>();
  // Only the type is known here; an SVG is cleaned by the picture gate before it is stored.
  const check = (bytes: Uint8Array, imageId: string): BoardImage => {
    if (bytes.length > OBF_MAX_IMAGE_BYTES)
      throw tooLargeError(`${file} images[id=${imageId}]`, OBF_MAX_IMAGE_BYTES);
    const sniffed = sniffPicture(bytes);
    if ('problem' in sniffed && sniffed.problem === 'unknown') {
      throw new AppError('board-image-type', `${file}: image ${imageId} is no picture type we show`, {
        file,
        image: imageId,
      });
    }
    if ('problem' in sniffed) {
      throw new AppError('board-image-unsafe', `${file}: image ${imageId} is an SVG with entities`, {
        file,
        image: imageId,
      });
    }
    budget.addPicture(bytes);
    return { bytes, type: sniffed.type };
  };
  // The format's order of preference: inline data, then a file in the package, then a web address.
  const pictureOf = (buttonId: string, imageId: string): Picture => {
    const image = images.get(imageId);
    const missing = () =>
      new AppError('board-image-missing', `${file}: button ${buttonId} uses image ${imageId}`, {
        file,
        button: buttonId,
        image: imageId,
      });
    if (!image) throw missing();
    if (image.data) {
      const decoded = dataUriBytes(image.data, OBF_MAX_IMAGE_BYTES);
      if ('bytes' in decoded) return { image: check(decoded.bytes, imageId) };
      if (decoded.problem === 'too-large')
        throw tooLargeError(`${file} images[id=${imageId}]`, OBF_MAX_IMAGE_BYTES);
      throw new AppError('board-invalid', `${file}: image ${imageId} has a broken data URI`, {
        file,
        where: `images[id=${imageId}].data`,
      });
    }
    if (image.path && zip) {
      if (!isSafePath(image.path)) throw unsafePathError(file, image.path);
      const bytes = zip.get(image.path);
      if (!bytes) throw missing();
      return { image: check(bytes, imageId) };
    }
    return { imageNote: image.url ? 'remote-not-fetched' : 'not-included' };
  };
  return (buttonId, imageId) => {
    const picture = read.get(imageId) ?? pictureOf(buttonId, imageId);
    read.set(imageId, picture);
    return picture;
  };
}

function emptyError(file: string): AppError {
  return new AppError('board-empty', `${file} has no button that can be a choice`, { file });
}
