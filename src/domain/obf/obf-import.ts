// Open Board Format files (.obf, a JSON board; .obz, a zip of boards and pictures) read as choice
// boards. A file is taken as far as it can be used, and what could not be taken is noted per
// board for the teacher (obf-notes.ts). It is refused whole, with an AppError naming the file and
// the part at fault, only when nothing in it can be used, or when it is hostile: over a limit,
// out of its package, nested too deep, a picture that is no picture.
import * as v from 'valibot';
import { CARD_LABEL_MAX_LENGTH, SPOKEN_TEXT_MAX_LENGTH } from '../cards';
import { AppError } from '../errors';
import { sniffPicture } from '../pictures/picture-bytes';
import { RECORDING_MAX_BYTES, recordingRefusal, sniffAudio } from '../sounds';
import { type BoardImage, type BoardSound, dataUriBytes } from './obf-image';
import {
  OBF_MAX_BUTTONS,
  OBF_MAX_FILE_BYTES,
  OBF_MAX_IMAGE_BYTES,
  OBF_MAX_IMPORT_PICTURE_BYTES,
  OBF_MAX_JSON_DEPTH,
  OBF_NAME_MAX_LENGTH,
  OBZ_MAX_BOARDS,
  tooLargeError,
} from './obf-limits';
import { readLocale } from './obf-locale';
import {
  isRecord,
  issuePlace,
  type ObfButton,
  type ObfMedia,
  obfBoardSchema,
  obzManifestSchema,
} from './obf-schema';
import { isSafePath, looksLikeZip, readZip, unsafePathError, zipError } from './obf-zip';

/** Why an option has no picture although its button named one. */
export type ImageNote =
  /** The picture is on the web; the tablet never fetches anything. */
  | 'remote-not-fetched'
  /** The file names a picture without carrying it (a symbol set, or a path outside any .obz). */
  | 'not-included'
  /** The button names an image id the board does not have, or an empty one. */
  | 'missing'
  /** The picture's `data:` URI cannot be decoded. */
  | 'unreadable';

export type ImportedOption = {
  /** The button's id in the file. */
  sourceId: string;
  label: string;
  spokenText?: string;
  /** The label as the file gave it, when a card's label could not hold it; it is spoken in full. */
  fullLabel?: string;
  image?: BoardImage;
  imageNote?: ImageNote;
  /** The button's sound, which becomes its card's recording. */
  sound?: BoardSound;
  /** Why the button's sound was not brought, although it named one. */
  soundNote?: SoundNote;
};

/** Why a button has no recording although it named a sound: as for a picture, or no sound a card keeps. */
export type SoundNote = ImageNote | 'not-audio' | 'too-large';

export type SkipReason =
  /** Spelling or specialty action (`+a`, `:clear`): a keyboard or sentence tool, not a choice. */
  | 'action'
  /** Opens another board of the package: a folder, not a choice. */
  | 'opens-board'
  /** Opens a board that is not in the package (on the web, or in another file). */
  | 'link-outside'
  | 'no-label'
  /** The board's grid does not show it. */
  | 'not-in-grid';

export type SkippedButton = { sourceId: string; label?: string; reason: SkipReason };

/** What the board's file itself lacks or holds that is not used, said once per board. */
export type BoardNote =
  | { kind: 'format-missing' }
  | { kind: 'name-missing' }
  | { kind: 'locale-named'; given: string; locale: string }
  | { kind: 'locale-unknown'; given: string }
  /** Fields an app added for itself (`ext_…`): not used. */
  | { kind: 'extensions-ignored'; count: number }
  /** Images with an empty id or none, which no button can name. */
  | { kind: 'images-without-id'; count: number }
  /** A board of the package that could not be read: not JSON, not a board, or not in the zip. */
  | { kind: 'unreadable'; where: string };

export type ImportedBoard = {
  /** The board's id in the file. */
  sourceId: string;
  /** Where it was read: the file's name, or its path inside the package. */
  file: string;
  name: string;
  /** A language tag as the file gives it, e.g. `en` or `en_US` (a language's name is read as its tag). */
  locale?: string;
  /** The choices, in grid order, row by row, when the board has a grid; else in the file's order. */
  options: ImportedOption[];
  /** Buttons the board's author hid: they stay on the board, hidden, and are never offered. */
  hiddenOptions: ImportedOption[];
  /** The board's grid as the file lays it out: button ids by row, blank cells (and cells naming no button) null. */
  grid?: (string | null)[][];
  skipped: SkippedButton[];
  notes: BoardNote[];
};

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
  const board = readBoard(bytes, fileName, new ImportBudget(fileName), NO_PACKAGE);
  if (board.options.length === 0) throw emptyError(fileName);
  return board;
}

/** What a board's links and pictures may reach: the files and board ids of its package. */
type Package = { files: ReadonlyMap<string, Uint8Array>; boardIds: ReadonlySet<string> } | undefined;
const NO_PACKAGE: Package = undefined;

/** Codes that say one board of a package cannot be read, not that the package is hostile. */
const UNREADABLE_BOARD = new Set(['board-not-json', 'board-invalid', 'board-duplicate-id']);

/**
 * Every board of an .obz, the root board first, then the manifest's order: a pageset is a library
 * the teacher chooses from. A board that cannot be read is listed with a note; the package is
 * refused only when no board has a choice, or when it is hostile.
 */
export function parseObz(bytes: Uint8Array, fileName: string, onProgress?: ParseProgress): ImportedBoard[] {
  if (bytes.length > OBF_MAX_FILE_BYTES) throw tooLargeError(fileName, OBF_MAX_FILE_BYTES);
  const files = readZip(bytes, fileName);
  const budget = new ImportBudget(fileName);
  const { paths, boardIds } = boardPaths(files, fileName);
  if (paths.length > OBZ_MAX_BOARDS) throw tooManyBoards(fileName);
  const pack: Package = { files, boardIds };
  const boards: ImportedBoard[] = [];
  for (const [index, path] of paths.entries()) {
    const file = `${fileName}/${path}`;
    const bytes = files.get(path);
    try {
      if (!bytes) throw new AppError('board-not-json', `${file} is not in the zip`, { file });
      const board = readBoard(bytes, file, budget, pack);
      // A board whose buttons all open other boards is a menu of the set, not a choice board.
      if (board.options.length > 0) boards.push(board);
    } catch (error) {
      if (!(error instanceof AppError) || !UNREADABLE_BOARD.has(error.code)) throw error;
      const where = error.params.where;
      boards.push({
        sourceId: path,
        file,
        name: path.slice(0, OBF_NAME_MAX_LENGTH),
        options: [],
        hiddenOptions: [],
        skipped: [],
        notes: [{ kind: 'unreadable', where: typeof where === 'string' ? where : '/' }],
      });
    }
    onProgress?.((index + 1) / paths.length);
  }
  if (boards.every((board) => board.options.length === 0)) throw emptyError(fileName);
  return boards;
}

function tooManyBoards(file: string): AppError {
  return new AppError('board-too-many-boards', `${file}: over ${OBZ_MAX_BOARDS} boards`, {
    file,
    max: OBZ_MAX_BOARDS,
  });
}

/**
 * What reading may cost, counted as it is read, so a small file that names much (one picture
 * behind thousands of buttons, large pictures on many boards) is refused before it costs much.
 * What one import may write is held to its own limits where it is written (db/repos/board-files.ts).
 */
class ImportBudget {
  private pictureBytes = 0;
  /** Pictures counted already: a file in the package is one picture however many boards name it. */
  private readonly counted = new WeakSet<Uint8Array>();

  constructor(private readonly file: string) {}

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

/** The boards' paths, root first, and the board ids the manifest names. */
function boardPaths(
  files: ReadonlyMap<string, Uint8Array>,
  zipName: string,
): { paths: string[]; boardIds: Set<string> } {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) {
    // The format asks for a manifest only when a package holds more than one board; some apps
    // leave it out anyway, and then every board in the zip is read, in the order of their names.
    const paths = [...files.keys()].filter((name) => name.toLowerCase().endsWith('.obf')).sort();
    if (paths.length === 0) throw zipError(zipName, 'has no boards');
    return { paths, boardIds: new Set() };
  }
  const manifestName = `${zipName}/manifest.json`;
  const manifest = validate(obzManifestSchema, parseJson(manifestBytes, manifestName), manifestName);
  const paths = [...new Set([manifest.root, ...Object.values(manifest.paths.boards)])];
  const unsafe = paths.find((path) => !isSafePath(path));
  if (unsafe !== undefined) throw unsafePathError(manifestName, unsafe);
  return { paths, boardIds: new Set(Object.keys(manifest.paths.boards)) };
}

/** One board, with what it lacks or holds unused noted; `pack` is the .obz it came from, if any. */
function readBoard(bytes: Uint8Array, file: string, budget: ImportBudget, pack: Package): ImportedBoard {
  if (bytes.length > OBF_MAX_FILE_BYTES) throw tooLargeError(file, OBF_MAX_FILE_BYTES);
  const json = parseJson(bytes, file);
  if (Array.isArray(json.buttons) && json.buttons.length > OBF_MAX_BUTTONS) {
    throw new AppError('board-too-many-buttons', `${file} has ${json.buttons.length} buttons`, {
      file,
      max: OBF_MAX_BUTTONS,
    });
  }
  const board = validate(obfBoardSchema, json, file);
  const notes = boardNotes(json, board);
  const buttons = byId(board.buttons, file);
  const withId = (board.images ?? []).filter((image) => image.id);
  const withoutId = (board.images?.length ?? 0) - withId.length;
  if (withoutId > 0) notes.push({ kind: 'images-without-id', count: withoutId });
  const images = byId(withId as (ObfMedia & { id: string })[], file);
  const ordered = board.grid ? inGridOrder(board.grid.order, buttons) : board.buttons;
  const shown = new Set(ordered);
  const skipped = board.buttons
    .filter((button) => !shown.has(button))
    .map((button) => skip(button, 'not-in-grid'));
  const pictureOf = pictureReader(images, file, budget, pack?.files);
  const sounds = byId(
    (board.sounds ?? []).filter((sound) => sound.id) as (ObfMedia & { id: string })[],
    file,
  );
  const soundOf = soundReader(sounds, budget, pack?.files);
  const options: ImportedOption[] = [];
  const hiddenOptions: ImportedOption[] = [];
  for (const button of ordered) {
    const reason = skipReason(button, pack);
    if (reason || !button.label) {
      skipped.push(skip(button, reason ?? 'no-label'));
      continue;
    }
    const option = optionWords(button.id, button.label, button.vocalization);
    if (button.image_id != null) Object.assign(option, pictureOf(button.image_id));
    if (button.sound_id) Object.assign(option, soundOf(button.sound_id));
    (button.hidden === true || button.hidden === 'true' ? hiddenOptions : options).push(option);
  }
  const { locale, note } = localeOf(board.locale);
  if (note) notes.push(note);
  const grid = board.grid?.order.map((row) => row.map((id) => (id !== null && buttons.has(id) ? id : null)));
  return {
    sourceId: board.id,
    file,
    name: board.name?.slice(0, OBF_NAME_MAX_LENGTH) || board.id.slice(0, OBF_NAME_MAX_LENGTH),
    ...(locale ? { locale } : {}),
    options,
    hiddenOptions,
    ...(grid ? { grid } : {}),
    skipped,
    notes,
  };
}

function boardNotes(json: Record<string, unknown>, board: v.InferOutput<typeof obfBoardSchema>): BoardNote[] {
  const notes: BoardNote[] = [];
  if (!board.format) notes.push({ kind: 'format-missing' });
  if (!board.name) notes.push({ kind: 'name-missing' });
  const extensions = countExtensions(json);
  if (extensions > 0) notes.push({ kind: 'extensions-ignored', count: extensions });
  return notes;
}

/** `ext_…` fields on the board, its buttons, images and sounds. */
function countExtensions(json: Record<string, unknown>): number {
  const own = (item: unknown) =>
    isRecord(item) ? Object.keys(item).filter((key) => key.startsWith('ext_')).length : 0;
  const inList = (list: unknown) =>
    Array.isArray(list) ? list.reduce((sum: number, item) => sum + own(item), 0) : 0;
  return own(json) + inList(json.buttons) + inList(json.images) + inList(json.sounds);
}

function localeOf(given: string | null | undefined): { locale?: string; note?: BoardNote } {
  if (!given?.trim()) return {};
  const read = readLocale(given);
  if ('unknown' in read) return { note: { kind: 'locale-unknown', given: read.unknown } };
  if ('named' in read)
    return { locale: read.locale, note: { kind: 'locale-named', given: read.named, locale: read.locale } };
  return { locale: read.locale };
}

function skipReason(button: ObfButton, pack: Package): SkipReason | undefined {
  if (button.action) return 'action';
  const link = button.load_board;
  if (!link) return undefined;
  const inside =
    (link.path != null && pack?.files.has(link.path)) || (link.id ? pack?.boardIds.has(link.id) : false);
  return inside ? 'opens-board' : 'link-outside';
}

/**
 * A card's words for a button. A label longer than a card holds is shortened at a word where it
 * can be, and the whole label is spoken (unless the button has its own spoken words).
 */
function optionWords(
  sourceId: string,
  label: string,
  vocalization: string | null | undefined,
): ImportedOption {
  const option: ImportedOption = { sourceId, label };
  let spoken = vocalization || undefined;
  if (label.length > CARD_LABEL_MAX_LENGTH) {
    option.label = shorten(label, CARD_LABEL_MAX_LENGTH);
    option.fullLabel = label;
    spoken ??= label;
  }
  if (spoken) option.spokenText = shorten(spoken, SPOKEN_TEXT_MAX_LENGTH);
  return option;
}

/** At most `max` UTF-16 units ending in "…", cut after a word when one ends in its last third. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max - 1) break;
    cut += char;
  }
  const space = cut.lastIndexOf(' ');
  const atWord = space > (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${atWord.trimEnd()}…`;
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
  images: ReadonlyMap<string, ObfMedia>,
  file: string,
  budget: ImportBudget,
  zip: ReadonlyMap<string, Uint8Array> | undefined,
): (imageId: string) => Picture {
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
  // A picture the board names but does not hold leaves its option with words only, as noted.
  const pictureOf = (imageId: string): Picture => {
    const image = imageId ? images.get(imageId) : undefined;
    if (!image) return { imageNote: 'missing' };
    if (image.data) {
      const decoded = dataUriBytes(image.data, OBF_MAX_IMAGE_BYTES);
      if ('bytes' in decoded) return { image: check(decoded.bytes, imageId) };
      if (decoded.problem === 'too-large')
        throw tooLargeError(`${file} images[id=${imageId}]`, OBF_MAX_IMAGE_BYTES);
      return { imageNote: 'unreadable' };
    }
    if (image.path && zip) {
      if (!isSafePath(image.path)) throw unsafePathError(file, image.path);
      const bytes = zip.get(image.path);
      return bytes ? { image: check(bytes, imageId) } : { imageNote: 'missing' };
    }
    return { imageNote: image.url ? 'remote-not-fetched' : 'not-included' };
  };
  return (imageId) => {
    const picture = read.get(imageId) ?? pictureOf(imageId);
    read.set(imageId, picture);
    return picture;
  };
}

type Sound = Pick<ImportedOption, 'sound' | 'soundNote'>;

/**
 * The sounds of one board by id. A sound is no risk to the tablet (it is played, never run), so one
 * that cannot be kept leaves its card speaking its words, noted, rather than refusing the file;
 * sounds count toward the import's budget like pictures.
 */
function soundReader(
  sounds: ReadonlyMap<string, ObfMedia>,
  budget: ImportBudget,
  zip: ReadonlyMap<string, Uint8Array> | undefined,
): (soundId: string) => Sound {
  const read = new Map<string, Sound>();
  const check = (bytes: Uint8Array): Sound => {
    const refusal = recordingRefusal(bytes);
    const type = sniffAudio(bytes);
    if (refusal || !type) return { soundNote: refusal ?? 'not-audio' };
    budget.addPicture(bytes);
    return { sound: { bytes, type } };
  };
  const soundOf = (soundId: string): Sound => {
    const sound = sounds.get(soundId);
    if (!sound) return { soundNote: 'missing' };
    if (sound.data) {
      const decoded = dataUriBytes(sound.data, RECORDING_MAX_BYTES);
      if ('bytes' in decoded) return check(decoded.bytes);
      return { soundNote: decoded.problem === 'too-large' ? 'too-large' : 'unreadable' };
    }
    if (sound.path && zip) {
      if (!isSafePath(sound.path)) return { soundNote: 'not-included' };
      const bytes = zip.get(sound.path);
      return bytes ? check(bytes) : { soundNote: 'missing' };
    }
    return { soundNote: sound.url ? 'remote-not-fetched' : 'not-included' };
  };
  return (soundId) => {
    const sound = read.get(soundId) ?? soundOf(soundId);
    read.set(soundId, sound);
    return sound;
  };
}

function emptyError(file: string): AppError {
  return new AppError('board-empty', `${file} has no button that can be a choice`, { file });
}
