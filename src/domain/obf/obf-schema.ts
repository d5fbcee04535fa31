// The part of the Open Board Format (https://www.openboardformat.org/docs) that becomes a choice
// board. Real files from AAC apps leave optional fields out, add ext_* fields, write long labels
// and numbers for ids: the schema takes each field loosely where the importer can say what it did
// with it (obf-import.ts), and strictly only where a wrong kind of value leaves nothing to read.
// Fields we do not use (colours, licences, ext_*) are dropped, so a file is never refused for them.
import * as v from 'valibot';
import { OBF_MAX_GRID_SIDE, OBF_MAX_ID_LENGTH, OBF_MAX_IMAGES, OBF_MAX_TEXT_LENGTH } from './obf-limits';

export const OBF_FORMAT = 'open-board-0.1';

/** Ids should be strings, but real files use numbers too; the spec says to read them as strings. */
const obfIdSchema = v.pipe(
  v.union([v.string(), v.number()], 'must be a string or a number'),
  v.transform(String),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(OBF_MAX_ID_LENGTH, 'is too long'),
);

/** An id a button points with: an empty one points at nothing, which the importer says. */
const referenceSchema = v.nullish(
  v.pipe(
    v.union([v.string(), v.number()], 'must be a string or a number'),
    v.transform(String),
    v.trim(),
    v.maxLength(OBF_MAX_ID_LENGTH, 'is too long'),
  ),
);

/** Text of any length up to a bound no board needs: the importer shortens what a card cannot hold. */
const textSchema = v.nullish(
  v.pipe(v.string('must be text'), v.trim(), v.maxLength(OBF_MAX_TEXT_LENGTH, 'is far too long')),
);

const buttonSchema = v.object({
  id: obfIdSchema,
  label: textSchema,
  vocalization: textSchema,
  image_id: referenceSchema,
  sound_id: referenceSchema,
  /** Hidden from the person who uses the board (kept by the author for later). */
  hidden: v.nullish(v.unknown()),
  /** A button that opens another board is a folder, not a choice. */
  load_board: v.nullish(
    v.object({
      id: referenceSchema,
      path: v.nullish(v.string()),
      url: v.nullish(v.string()),
      data_url: v.nullish(v.string()),
    }),
  ),
  /** Spelling (`+a`) and specialty actions (`:clear`) are keyboard and sentence tools, not choices. */
  action: v.nullish(v.string()),
});

/** A picture or a sound: inline as a `data:` URI, a file inside the .obz, or on the web (never fetched). */
const mediaSchema = v.object({
  /** An image without a usable id cannot be named by any button; it is dropped, not refused. */
  id: referenceSchema,
  data: v.nullish(v.string('must be text')),
  path: v.nullish(v.string('must be text')),
  url: v.nullish(v.string('must be text')),
});

const gridSchema = v.object({
  order: v.pipe(
    v.array(
      v.pipe(v.array(v.nullable(obfIdSchema)), v.maxLength(OBF_MAX_GRID_SIDE, 'has too many cells')),
      'must be a list of rows',
    ),
    v.maxLength(OBF_MAX_GRID_SIDE, 'has too many rows'),
  ),
});

export const obfBoardSchema = v.object({
  /** Required by the spec, missing in some apps' files: its absence is noted, not refused. */
  format: v.nullish(v.string()),
  id: obfIdSchema,
  name: textSchema,
  /** A language tag, or in some files a language's name; read in obf-locale.ts. */
  locale: v.nullish(v.string()),
  // Their number is checked before the schema runs: a huge list is refused unread, with its own message.
  buttons: v.array(buttonSchema, 'must be a list'),
  images: v.nullish(v.pipe(v.array(mediaSchema, 'must be a list'), v.maxLength(OBF_MAX_IMAGES))),
  sounds: v.nullish(v.pipe(v.array(mediaSchema, 'must be a list'), v.maxLength(OBF_MAX_IMAGES))),
  grid: v.nullish(gridSchema),
});

export type ObfBoard = v.InferOutput<typeof obfBoardSchema>;
export type ObfButton = ObfBoard['buttons'][number];
export type ObfMedia = NonNullable<ObfBoard['images']>[number];

/** The manifest.json of an .obz: where each board is inside the zip (pictures are found through their boards). */
export const obzManifestSchema = v.object({
  root: v.string('must be a path'),
  paths: v.object({
    boards: v.record(v.string(), v.string('must be a path')),
  }),
});

/**
 * Where in a file an issue is, for the message an adult reads: list items are named by their id
 * when they have one (`buttons[id=7].label`), since that is what the board's author can find.
 */
export function issuePlace(issue: v.BaseIssue<unknown>): string {
  let place = '';
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'number') {
      const value = isRecord(item.value) ? item.value.id : undefined;
      const id = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
      place += id ? `[id=${id}]` : `[${item.key}]`;
    } else {
      place += place ? `.${String(item.key)}` : String(item.key);
    }
  }
  return place || '/';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
