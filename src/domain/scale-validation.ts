// The shape of a five-point scale from outside the code (the teacher's form, later a backup file),
// checked before anything is written. Apart from validation.ts, so the kiosk never loads it.
import * as v from 'valibot';
import { AppError } from './errors';
import { SCALE_LEVELS } from './events';
import { LOCALES, type Locale } from './people';
import {
  LEVEL_LABEL_MAX_LENGTH,
  LEVEL_TEXT_MAX_LENGTH,
  labelsDiffer,
  MAX_STRATEGIES,
  SCALE_COLOURS,
  SCALE_NAME_MAX_LENGTH,
  type ScaleDraft,
} from './scales';
import { idSchema, inLanguagesSchema, parseWith, recordingSchema } from './validation';

const words = (min: number, max: number) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));

const levelFields = {
  level: v.picklist(SCALE_LEVELS),
  colour: v.picklist(SCALE_COLOURS),
  label: words(1, LEVEL_LABEL_MAX_LENGTH),
  cardId: v.optional(idSchema<'card'>()),
  looksLike: words(0, LEVEL_TEXT_MAX_LENGTH),
  feelsLike: v.optional(words(0, LEVEL_TEXT_MAX_LENGTH)),
  strategies: v.pipe(v.array(idSchema<'card'>()), v.maxLength(MAX_STRATEGIES)),
  staffResponse: words(0, LEVEL_TEXT_MAX_LENGTH),
};

/** A level from the teacher's form: its words, in the main language and the others; recordings are made apart. */
const formLevelSchema = v.strictObject({
  ...levelFields,
  inLanguages: v.optional(inLanguagesSchema(v.strictObject({ label: words(1, LEVEL_LABEL_MAX_LENGTH) }))),
});

/** A level as stored (a backup's rows, a synced scale): with the teacher's recordings in each language. */
const storedLevelSchema = v.strictObject({
  ...levelFields,
  recording: v.optional(recordingSchema),
  inLanguages: v.optional(
    inLanguagesSchema(
      v.strictObject({ label: words(1, LEVEL_LABEL_MAX_LENGTH), recording: v.optional(recordingSchema) }),
    ),
  ),
});

const FIVE_LEVELS = 'a scale has exactly five levels';
const IN_ORDER = 'the levels are 1 to 5, in order';

/** A scale's five levels from the teacher's form, in order. */
export const scaleLevelsSchema = v.pipe(
  v.array(formLevelSchema),
  v.length(SCALE_LEVELS.length, FIVE_LEVELS),
  v.check((levels) => levels.every((plan, index) => plan.level === SCALE_LEVELS[index]), IN_ORDER),
);

/** A scale's five levels as stored, in order: the shape a backup's rows and a synced scale must have. */
export const storedScaleLevelsSchema = v.pipe(
  v.array(storedLevelSchema),
  v.length(SCALE_LEVELS.length, FIVE_LEVELS),
  v.check((levels) => levels.every((plan, index) => plan.level === SCALE_LEVELS[index]), IN_ORDER),
);

/**
 * Which scale a student rates with: the one shape for the teacher's form, a backup's rows and a
 * synced student. Alert levels are distinct and in order, so the same choice is stored one way.
 */
export const scaleAssignmentSchema = v.strictObject({
  scaleId: idSchema<'scale'>(),
  checkInAtStart: v.boolean(),
  alertLevels: v.optional(
    v.pipe(
      v.array(v.picklist(SCALE_LEVELS)),
      v.maxLength(SCALE_LEVELS.length),
      v.check(
        (levels) => levels.every((level, index) => index === 0 || (levels[index - 1] ?? 0) < level),
        'the alert levels are distinct, in order',
      ),
    ),
  ),
});

const scaleDraftSchema = v.strictObject({
  name: words(1, SCALE_NAME_MAX_LENGTH),
  levels: scaleLevelsSchema,
  inLanguages: v.optional(inLanguagesSchema(v.strictObject({ name: words(1, SCALE_NAME_MAX_LENGTH) }))),
});

/**
 * A scale from the teacher's form, as it is stored: an empty "feels like" is left out. Colour is
 * never the only difference between levels: each has its own number, and must have its own word.
 */
export function parseScaleDraft(input: unknown): ScaleDraft {
  const { name, levels, inLanguages } = parseWith(scaleDraftSchema, input);
  const wordsIn = (locale: Locale) => levels.flatMap((level) => level.inLanguages?.[locale] ?? []);
  if (!labelsDiffer(levels) || LOCALES.some((locale) => !labelsDiffer(wordsIn(locale))))
    throw new AppError('scale-labels-same', 'two levels have the same word');
  return {
    name,
    ...(hasWords(inLanguages) ? { inLanguages } : {}),
    levels: levels.map(({ feelsLike, cardId, inLanguages: levelWords, ...level }) => ({
      ...level,
      ...(cardId ? { cardId } : {}),
      ...(feelsLike ? { feelsLike } : {}),
      ...(hasWords(levelWords) ? { inLanguages: levelWords } : {}),
    })),
  };
}

/** Whether words in other languages name any language: an empty set of them is left out. */
function hasWords(inLanguages: object | undefined): boolean {
  return inLanguages !== undefined && Object.values(inLanguages).some((words) => words !== undefined);
}
