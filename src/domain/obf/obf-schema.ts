// The part of the Open Board Format (https://www.openboardformat.org/docs) that becomes a choice
// board. We read only the fields we use and validate every one of them; any other field (colours,
// sounds, licences, ext_* extensions) is ignored, so a file is never refused for something we drop.
import * as v from 'valibot';
import {
  OBF_LABEL_MAX_LENGTH,
  OBF_MAX_GRID_SIDE,
  OBF_MAX_ID_LENGTH,
  OBF_MAX_IMAGES,
  OBF_NAME_MAX_LENGTH,
  OBF_SPOKEN_MAX_LENGTH,
} from './obf-limits';

export const OBF_FORMAT = 'open-board-0.1';

/** Ids should be strings, but real files use numbers too; the spec says to read them as strings. */
const obfIdSchema = v.pipe(
  v.union([v.string(), v.number()], 'must be a string or a number'),
  v.transform(String),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(OBF_MAX_ID_LENGTH, 'is too long'),
);

const textSchema = (max: number) =>
  v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, `is longer than ${max} characters`)));

const buttonSchema = v.object({
  id: obfIdSchema,
  label: textSchema(OBF_LABEL_MAX_LENGTH),
  vocalization: textSchema(OBF_SPOKEN_MAX_LENGTH),
  image_id: v.nullish(obfIdSchema),
  /** A button that opens another board is a folder, not a choice. */
  load_board: v.nullish(v.object({})),
  /** Spelling (`+a`) and specialty actions (`:clear`) are keyboard and sentence tools, not choices. */
  action: v.nullish(v.string()),
});

const imageSchema = v.object({
  id: obfIdSchema,
  /** A `data:` URI, the picture itself. */
  data: v.nullish(v.string('must be text')),
  /** A file inside the .obz. */
  path: v.nullish(v.string('must be text')),
  /** A picture on the web: never fetched, so no request leaves the tablet. */
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
  format: v.literal(OBF_FORMAT, `must be "${OBF_FORMAT}"`),
  id: obfIdSchema,
  name: textSchema(OBF_NAME_MAX_LENGTH),
  locale: v.nullish(
    v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'is not a language')),
  ),
  // Their number is checked before the schema runs: a huge list is refused unread, with its own message.
  buttons: v.array(buttonSchema, 'must be a list'),
  images: v.nullish(v.pipe(v.array(imageSchema, 'must be a list'), v.maxLength(OBF_MAX_IMAGES))),
  grid: v.nullish(gridSchema),
});

type ObfBoard = v.InferOutput<typeof obfBoardSchema>;
export type ObfButton = ObfBoard['buttons'][number];
export type ObfImage = NonNullable<ObfBoard['images']>[number];

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
