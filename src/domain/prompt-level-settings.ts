// The schema of the teacher's words for the para's prompt buttons, a classroom-wide setting: the
// value read from storage or from a backup file is checked against it before the app relies on it.
import * as v from 'valibot';
import { PROMPT_LEVELS } from './events';

export const PROMPT_NAME_MAX_LENGTH = 40;

/** The teacher's words for the para's prompt buttons, and which levels are offered. */
export const promptLevelsSchema = v.record(
  v.picklist(PROMPT_LEVELS),
  v.strictObject({
    name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(PROMPT_NAME_MAX_LENGTH))),
    shown: v.optional(v.boolean()),
  }),
);
