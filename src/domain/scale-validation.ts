// The shape of a five-point scale from outside the code (the teacher's form, later a backup file),
// checked before anything is written. Apart from validation.ts, so the kiosk never loads it.
import * as v from 'valibot';
import { AppError } from './errors';
import { SCALE_LEVELS } from './events';
import {
  LEVEL_LABEL_MAX_LENGTH,
  LEVEL_TEXT_MAX_LENGTH,
  labelsDiffer,
  MAX_STRATEGIES,
  SCALE_COLOURS,
  SCALE_NAME_MAX_LENGTH,
  type ScaleDraft,
} from './scales';
import { idSchema, parseWith } from './validation';

const words = (min: number, max: number) => v.pipe(v.string(), v.trim(), v.minLength(min), v.maxLength(max));

const levelSchema = v.strictObject({
  level: v.picklist(SCALE_LEVELS),
  colour: v.picklist(SCALE_COLOURS),
  label: words(1, LEVEL_LABEL_MAX_LENGTH),
  cardId: v.optional(idSchema<'card'>()),
  looksLike: words(0, LEVEL_TEXT_MAX_LENGTH),
  feelsLike: v.optional(words(0, LEVEL_TEXT_MAX_LENGTH)),
  strategies: v.pipe(v.array(idSchema<'card'>()), v.maxLength(MAX_STRATEGIES)),
  staffResponse: words(0, LEVEL_TEXT_MAX_LENGTH),
});

/** A scale's five levels, in order: the one shape for the teacher's form and a backup's rows. */
export const scaleLevelsSchema = v.pipe(
  v.array(levelSchema),
  v.length(SCALE_LEVELS.length, 'a scale has exactly five levels'),
  v.check(
    (levels) => levels.every((plan, index) => plan.level === SCALE_LEVELS[index]),
    'the levels are 1 to 5, in order',
  ),
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
});

/**
 * A scale from the teacher's form, as it is stored: an empty "feels like" is left out. Colour is
 * never the only difference between levels: each has its own number, and must have its own word.
 */
export function parseScaleDraft(input: unknown): ScaleDraft {
  const { name, levels } = parseWith(scaleDraftSchema, input);
  if (!labelsDiffer(levels)) throw new AppError('scale-labels-same', 'two levels have the same word');
  return {
    name,
    levels: levels.map(({ feelsLike, cardId, ...level }) => ({
      ...level,
      ...(cardId ? { cardId } : {}),
      ...(feelsLike ? { feelsLike } : {}),
    })),
  };
}
