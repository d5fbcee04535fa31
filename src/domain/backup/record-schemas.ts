// The shape of every row a backup file may hold, checked field by field before anything is
// written: the same limits the teacher's forms and the event log keep, as strict objects, so an
// unknown key (`__proto__` and `constructor` included) is refused rather than carried in.
import * as v from 'valibot';
import { accessSettingsSchema } from '../access-schema';
import {
  BOARD_GRID_MAX_SIDE,
  BOARD_LOCALE_MAX_LENGTH,
  BOARD_MAX_OPTIONS,
  BOARD_NAME_MAX_LENGTH,
} from '../boards';
import { CARD_LABEL_MAX_LENGTH, PICTURE_KINDS, PICTURE_MAX_BYTES, SPOKEN_TEXT_MAX_LENGTH } from '../cards';
import { CLASSROOM_LOCALE_KEY, REPORTING_PERIODS_KEY, REVIEW_PLAN_KEY_PREFIX } from '../classroom-settings';
import { DELETABLE_KINDS } from '../deletions';
import { ULID_PATTERN } from '../ids';
import { PROGRESS_VIEWS } from '../people';
import { PIN_HASH_BYTES, PIN_HASH_ITERATIONS, PIN_SALT_BYTES } from '../pin-hash';
import { LAYOUTS, PICTURE_STYLES } from '../presentation';
import { promptLevelSettingsOf } from '../prompt-level-settings';
import { reportingPeriodsSchema, reviewPlanSchema } from '../review/plan-schemas';
import { scaleAssignmentSchema, storedScaleLevelsSchema } from '../scale-validation';
import { SCALE_NAME_MAX_LENGTH } from '../scales';
import { CHOOSE_ORDER_MAX, CHOOSE_ORDER_MIN, MAX_DURATION_MINUTES, MAX_ITEMS } from '../schedule';
import {
  ANSWER_KINDS,
  CHECK_FREQUENCIES,
  MAX_INTERVAL_SECONDS,
  MIN_INTERVAL_SECONDS,
  TARGET_QUESTION_MAX_LENGTH,
} from '../self-monitoring';
import { MAX_REWARD_MINUTES, MAX_SPOTS, MIN_REWARD_MINUTES, MIN_SPOTS } from '../tokens';
import {
  criterionSchema,
  eventSchema,
  idSchema,
  inLanguagesSchema,
  localeSchema,
  nameSchema,
  needsItemsSchema,
  planStageSchema,
  recordingSchema,
  scheduleSlotSchema,
  schoolDaySchema,
  staffRoleSchema,
} from '../validation';

const timeSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 48 - 1));
const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const words = (min: number, max: number) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
const stamps = { createdAt: timeSchema, updatedAt: timeSchema };
/** A mini-schedule is a task analysis: a few steps, never hundreds. */
const MAX_MINI_STEPS = 50;
const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;

const studentSchema = v.strictObject({
  id: idSchema<'student'>(),
  name: nameSchema,
  locale: localeSchema,
  familyLocale: v.optional(localeSchema),
  presentation: v.optional(
    v.strictObject({ pictureStyle: v.picklist(PICTURE_STYLES), layout: v.picklist(LAYOUTS) }),
  ),
  photo: v.optional(v.strictObject({ mediaId: idSchema<'media'>() })),
  tokens: v.optional(
    v.strictObject({
      spots: wholeNumber(MIN_SPOTS, MAX_SPOTS),
      fromSteps: v.boolean(),
      reinforcerBoardId: v.optional(idSchema<'board'>()),
      rewardMinutes: wholeNumber(MIN_REWARD_MINUTES, MAX_REWARD_MINUTES),
    }),
  ),
  progressView: v.optional(v.picklist(PROGRESS_VIEWS)),
  scale: v.optional(scaleAssignmentSchema),
  access: v.optional(accessSettingsSchema),
  needsCheckIn: v.optional(needsItemsSchema),
  ...stamps,
});

const base64Of = (maxBytes: number) =>
  v.pipe(v.string(), v.maxLength(Math.ceil(maxBytes / 3) * 4), v.regex(BASE64_TEXT, 'must be base64'));

const exactBase64 = (bytes: number) =>
  v.pipe(v.string(), v.length(Math.ceil(bytes / 3) * 4), v.regex(BASE64_TEXT, 'must be base64'));

const staffSchema = v.strictObject({
  id: idSchema<'staff'>(),
  name: nameSchema,
  role: staffRoleSchema,
  // Exactly the app's own PBKDF2-SHA256 parameters: a PIN is checked at sign-in with these, so a
  // file's larger count would slow every sign-in, a smaller one would make the PIN cheap to guess.
  pin: v.strictObject({
    hash: exactBase64(PIN_HASH_BYTES),
    salt: exactBase64(PIN_SALT_BYTES),
    iterations: v.pipe(v.number(), v.value(PIN_HASH_ITERATIONS)),
  }),
  ...stamps,
});

const cardSchema = v.strictObject({
  id: idSchema<'card'>(),
  label: words(1, CARD_LABEL_MAX_LENGTH),
  spokenText: v.optional(words(0, SPOKEN_TEXT_MAX_LENGTH)),
  picture: v.optional(v.strictObject({ mediaId: idSchema<'media'>(), kind: v.picklist(PICTURE_KINDS) })),
  recording: v.optional(recordingSchema),
  inLanguages: v.optional(
    inLanguagesSchema(
      v.strictObject({
        label: words(1, CARD_LABEL_MAX_LENGTH),
        spokenText: v.optional(words(0, SPOKEN_TEXT_MAX_LENGTH)),
        recording: v.optional(recordingSchema),
      }),
    ),
  ),
  ...stamps,
});

/** A picture as the file holds it: its bytes in base64, and its type. */
const mediaSchema = v.strictObject({
  id: idSchema<'media'>(),
  ownerId: v.pipe(v.string(), v.regex(ULID_PATTERN, 'must be a ULID')),
  updatedAt: timeSchema,
  type: v.pipe(v.string(), v.maxLength(100), v.regex(/^([\w.+-]+\/[\w.+-]+)?$/, 'must be a media type')),
  data: v.pipe(base64Of(PICTURE_MAX_BYTES), v.minLength(4)),
});

const boardOptionsSchema = v.pipe(
  v.array(v.strictObject({ id: idSchema<'option'>(), cardId: idSchema<'card'>() })),
  v.maxLength(BOARD_MAX_OPTIONS),
);

const boardSchema = v.strictObject({
  id: idSchema<'board'>(),
  name: words(1, BOARD_NAME_MAX_LENGTH),
  options: boardOptionsSchema,
  hiddenOptions: v.optional(boardOptionsSchema),
  shown: v.record(
    idSchema<'student'>(),
    v.pipe(v.array(idSchema<'option'>()), v.maxLength(BOARD_MAX_OPTIONS)),
  ),
  // Version 8: the grid and language a board file gave the board.
  grid: v.optional(
    v.strictObject({
      rows: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BOARD_GRID_MAX_SIDE)),
      columns: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BOARD_GRID_MAX_SIDE)),
      order: v.pipe(
        v.array(v.pipe(v.array(v.nullable(idSchema<'option'>())), v.maxLength(BOARD_GRID_MAX_SIDE))),
        v.maxLength(BOARD_GRID_MAX_SIDE),
      ),
    }),
  ),
  locale: v.optional(v.pipe(v.string(), v.maxLength(BOARD_LOCALE_MAX_LENGTH))),
  ...stamps,
});

const scaleSchema = v.strictObject({
  id: idSchema<'scale'>(),
  name: words(1, SCALE_NAME_MAX_LENGTH),
  levels: storedScaleLevelsSchema,
  inLanguages: v.optional(inLanguagesSchema(v.strictObject({ name: words(1, SCALE_NAME_MAX_LENGTH) }))),
  ...stamps,
});

const miniStepSchema = v.strictObject({ id: idSchema<'step'>(), cardId: idSchema<'card'>() });

const scheduleSchema = v.strictObject({
  id: idSchema<'schedule'>(),
  studentId: idSchema<'student'>(),
  slot: scheduleSlotSchema,
  items: v.pipe(
    v.array(
      v.strictObject({
        id: idSchema<'step'>(),
        cardId: idSchema<'card'>(),
        durationMinutes: v.optional(wholeNumber(1, MAX_DURATION_MINUTES)),
        miniSteps: v.pipe(v.array(miniStepSchema), v.maxLength(MAX_MINI_STEPS)),
        isChange: v.optional(v.boolean()),
        boardId: v.optional(idSchema<'board'>()),
        chooseOrderOf: v.optional(wholeNumber(CHOOSE_ORDER_MIN, CHOOSE_ORDER_MAX)),
        checkIn: v.optional(v.literal(true)),
      }),
    ),
    // A change card can be put into a full day, so a day may hold a few more than a template.
    v.maxLength(2 * MAX_ITEMS),
  ),
  ...stamps,
});

const targetSchema = v.strictObject({
  id: idSchema<'target'>(),
  studentId: idSchema<'student'>(),
  question: words(1, TARGET_QUESTION_MAX_LENGTH),
  recording: v.optional(recordingSchema),
  inLanguages: v.optional(
    inLanguagesSchema(
      v.strictObject({
        question: words(1, TARGET_QUESTION_MAX_LENGTH),
        recording: v.optional(recordingSchema),
      }),
    ),
  ),
  cardId: v.optional(idSchema<'card'>()),
  answer: v.picklist(ANSWER_KINDS),
  when: v.variant('kind', [
    v.strictObject({
      kind: v.literal('after-steps'),
      stepIds: v.pipe(v.array(idSchema<'step'>()), v.maxLength(2 * MAX_ITEMS)),
    }),
    v.strictObject({
      kind: v.literal('interval'),
      seconds: wholeNumber(MIN_INTERVAL_SECONDS, MAX_INTERVAL_SECONDS),
      during: v.optional(v.pipe(v.array(idSchema<'card'>()), v.maxLength(2 * MAX_ITEMS))),
    }),
  ]),
  sound: v.optional(v.boolean()),
  countdown: v.optional(v.boolean()),
  checks: v.picklist(CHECK_FREQUENCIES),
  tokenOnMatch: v.optional(v.boolean()),
  active: v.boolean(),
  ...stamps,
});

const planSchema = v.strictObject({
  id: idSchema<'plan'>(),
  studentId: idSchema<'student'>(),
  cardId: idSchema<'card'>(),
  current: planStageSchema,
  next: v.optional(planStageSchema),
  criterion: criterionSchema,
  since: timeSchema,
  notYetUntil: v.optional(schoolDaySchema),
  ...stamps,
});

/**
 * Only classroom-wide settings travel in a backup; each with the schema its reader uses, and the
 * time of its last edit (absent on rows saved before settings carried it).
 */
const editedAt = { updatedAt: v.optional(timeSchema) };
// Checked as the tablet checks its own (by hand, see prompt-level-settings), names trimmed.
const promptLevelsSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const settings = promptLevelSettingsOf(dataset.value);
    if (settings) return settings;
    addIssue({ message: 'not the settings of the prompt buttons' });
    return NEVER;
  }),
);
const settingSchema = v.union([
  v.strictObject({ key: v.literal('promptLevels'), value: promptLevelsSchema, ...editedAt }),
  v.strictObject({ key: v.literal(CLASSROOM_LOCALE_KEY), value: localeSchema, ...editedAt }),
  v.strictObject({ key: v.literal(REPORTING_PERIODS_KEY), value: reportingPeriodsSchema, ...editedAt }),
  v.strictObject({
    key: v.pipe(
      v.string(),
      v.regex(
        new RegExp(`^${REVIEW_PLAN_KEY_PREFIX}${ULID_PATTERN.source.slice(1, -1)}$`),
        'unknown setting',
      ),
    ),
    value: reviewPlanSchema,
    ...editedAt,
  }),
]);

/** A deletion: what kind of row, its id, when and by whom; never the deleted data (format version 2). */
const deletionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ULID_PATTERN, 'must be a ULID')),
  kind: v.picklist(DELETABLE_KINDS),
  at: timeSchema,
  by: idSchema<'staff'>(),
});

/** Every table a backup holds, in the order a file lists them. */
export const RECORD_SCHEMAS = {
  settings: settingSchema,
  staff: staffSchema,
  students: studentSchema,
  cards: cardSchema,
  media: mediaSchema,
  boards: boardSchema,
  scales: scaleSchema,
  schedules: scheduleSchema,
  targets: targetSchema,
  plans: planSchema,
  events: eventSchema,
  deletions: deletionSchema,
} as const;

export type BackupTable = keyof typeof RECORD_SCHEMAS;
export const BACKUP_TABLES = Object.keys(RECORD_SCHEMAS) as BackupTable[];

/** One row of a backup, as it is in the file (a picture's bytes in base64). */
export type FileRecord = {
  [Table in BackupTable]: { t: Table; v: v.InferOutput<(typeof RECORD_SCHEMAS)[Table]> };
}[BackupTable];
