// Validation of everything that comes from outside the code: forms, files, storage. Valid input
// leaves here as typed values; invalid input becomes an AppError before anything is written.
import * as v from 'valibot';
import { CORRECTION_REASON_MAX_LENGTH } from './corrections';
import { MAX_RATINGS_ANSWERED } from './distress';
import { AppError, type ErrorCode } from './errors';
import {
  type AppEvent,
  type EventType,
  NOTE_MAX_LENGTH,
  PROMPT_LEVELS,
  SCALE_LEVELS,
  SELF_CHECK_LEVELS,
  STAFF_RESPONSES,
} from './events';
import type { Id } from './ids';
import { ULID_PATTERN } from './ids';
import { NEED_ANSWERS, NEEDS, type Need } from './needs';
import {
  NOT_COUNTED_MAX_DAYS,
  NOT_COUNTED_NOTE_MAX_LENGTH,
  NOT_COUNTED_REASONS,
  spanRefusal,
} from './not-counted';
import { FEEDBACK_MAX_LENGTH, OBSERVATION_MARKS, type ObservationPoint } from './observation';
import { LOCALES, type Locale, NAME_MAX_LENGTH, PIN_PATTERN, STAFF_ROLES } from './people';
import { MAX_CHANGES_SEEN, PLAN_CHANGE_FIELDS } from './plan-changes';
import {
  MAX_DAYS,
  MAX_DELAY_SECONDS,
  MAX_PERCENT,
  MIN_DAYS,
  MIN_PERCENT,
  STAGE_NOTE_MAX_LENGTH,
} from './plan-stage';
import { LEVEL_TEXT_MAX_LENGTH } from './scales';
import { MAX_DURATION_MINUTES, MAX_ITEMS, WEEKDAYS } from './schedule';
import { SUPPORT_LEVELS } from './support-levels';
import { dayNumberOf, SCHOOL_DAY_PATTERN, type SchoolDay } from './time';
import { MAX_AFTER_CORRECT, MAX_STEP_SECONDS, MAX_ZERO_DELAY_DAYS } from './time-delay';
import { MAX_REWARD_MINUTES, MAX_SPOTS, MIN_REWARD_MINUTES, MIN_SPOTS } from './tokens';
import { MAX_WAIT_SECONDS, MIN_WAIT_SECONDS } from './waiting';

/** The items of a student's needs check-in, each once, in the order NEEDS lists them. */
export const needsItemsSchema = v.pipe(
  v.array(v.picklist(NEEDS)),
  v.check(
    (items) =>
      items.every(
        (item, index) => index === 0 || NEEDS.indexOf(items[index - 1] ?? item) < NEEDS.indexOf(item),
      ),
    'the needs items are distinct, in order',
  ),
);

const observationMark = v.optional(v.picklist(OBSERVATION_MARKS));
/** An observation's marks: one per point of the checklist, no other key. */
export const observationMarksSchema = v.strictObject({
  waited: observationMark,
  'planned-prompt': observationMark,
  recorded: observationMark,
  tokens: observationMark,
  'staff-response': observationMark,
} satisfies Record<ObservationPoint, typeof observationMark>);

const needAnswer = v.optional(v.picklist(NEED_ANSWERS));
/** A needs check-in's answers: one per item the teacher chose, no other key. */
export const needsAnswersSchema = v.strictObject({
  slept: needAnswer,
  ate: needAnswer,
  unwell: needAnswer,
  medication: needAnswer,
} satisfies Record<Need, typeof needAnswer>);

export const idSchema = <Kind extends string>() =>
  v.pipe(
    v.string(),
    v.regex(ULID_PATTERN, 'must be a ULID'),
    v.transform((value) => value as Id<Kind>),
  );

export const schoolDaySchema = v.pipe(
  v.string(),
  v.regex(SCHOOL_DAY_PATTERN, 'must be a YYYY-MM-DD day'),
  v.transform((value) => value as SchoolDay),
);

/** A weekday's schedule or one day's: the one shape for events, backups and synced schedules. */
export const scheduleSlotSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('template'), weekday: v.picklist(WEEKDAYS) }),
  v.strictObject({ kind: v.literal('day'), day: schoolDaySchema }),
]);

const timeSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 48 - 1));
const durationSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 * 60 * 1000));

const actorSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('student') }),
  v.strictObject({ kind: v.literal('staff'), staffId: idSchema<'staff'>() }),
]);

const base = {
  id: idSchema<'event'>(),
  at: timeSchema,
  day: schoolDaySchema,
  studentId: idSchema<'student'>(),
  deviceId: idSchema<'device'>(),
  actor: actorSchema,
};

/** Yes or no, or a level from 1 to 5: the answers a self-check has. */
export const selfCheckAnswerSchema = v.union([v.picklist(['yes', 'no']), v.picklist(SELF_CHECK_LEVELS)]);

const selfCheckPromptSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('interval'), dueAt: timeSchema }),
  v.strictObject({ kind: v.literal('step'), stepId: idSchema<'step'>() }),
]);
const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const delayScheduleSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('constant'), zeroDelayDays: wholeNumber(0, MAX_ZERO_DELAY_DAYS) }),
  v.strictObject({
    kind: v.literal('progressive'),
    zeroDelayDays: wholeNumber(0, MAX_ZERO_DELAY_DAYS),
    stepSeconds: wholeNumber(1, MAX_STEP_SECONDS),
    afterCorrect: wholeNumber(1, MAX_AFTER_CORRECT),
    maxSeconds: wholeNumber(1, MAX_DELAY_SECONDS),
  }),
]);

/** One stage of a fading plan, as the teacher's form and an accepted suggestion's event hold it. */
export const planStageSchema = v.pipe(
  v.strictObject({
    prompt: v.picklist(PROMPT_LEVELS),
    delaySeconds: wholeNumber(0, MAX_DELAY_SECONDS),
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(STAGE_NOTE_MAX_LENGTH))),
    delay: v.optional(delayScheduleSchema),
  }),
  v.check(
    (stage) => stage.delay?.kind !== 'progressive' || stage.delay.maxSeconds > stage.delaySeconds,
    'delay.maxSeconds: the longest wait is above the first',
  ),
);
export const criterionSchema = v.strictObject({
  percent: wholeNumber(MIN_PERCENT, MAX_PERCENT),
  days: wholeNumber(MIN_DAYS, MAX_DAYS),
});

const tokenTermsSchema = v.strictObject({
  spots: wholeNumber(MIN_SPOTS, MAX_SPOTS),
  rewardMinutes: wholeNumber(MIN_REWARD_MINUTES, MAX_REWARD_MINUTES),
  fromSteps: v.boolean(),
});
const levelsSchema = v.pipe(v.array(v.picklist(SCALE_LEVELS)), v.maxLength(SCALE_LEVELS.length));
const needsListSchema = v.pipe(v.array(v.picklist(NEEDS)), v.maxLength(NEEDS.length));
const responseWords = v.pipe(v.string(), v.maxLength(LEVEL_TEXT_MAX_LENGTH));

/** A change to a support the adults carry out (see support-changes.ts). */
const supportChangeSchema = v.variant('support', [
  v.strictObject({
    support: v.literal('tokens'),
    before: v.optional(tokenTermsSchema),
    after: v.optional(tokenTermsSchema),
  }),
  v.strictObject({ support: v.literal('alert-levels'), before: levelsSchema, after: levelsSchema }),
  v.strictObject({
    support: v.literal('staff-response'),
    level: v.picklist(SCALE_LEVELS),
    before: responseWords,
    after: responseWords,
  }),
  v.strictObject({ support: v.literal('needs'), before: needsListSchema, after: needsListSchema }),
]);

const stepRef = { stepId: idSchema<'step'>(), parentStepId: v.optional(idSchema<'step'>()) };
const fromPaper = { fromPaper: v.optional(schoolDaySchema) };

/** A span of days not counted runs forwards, and no longer than a school year. */
const spanInOrder = (span: { from: SchoolDay; to: SchoolDay }) =>
  spanRefusal(span) === undefined && dayNumberOf(span.to) - dayNumberOf(span.from) < NOT_COUNTED_MAX_DAYS;

/** A record entered from a paper sheet is stamped on the sheet's own day. */
const onSheetDay = (event: { day: SchoolDay; fromPaper?: SchoolDay }) =>
  event.fromPaper === undefined || event.fromPaper === event.day;

export const eventSchema = v.pipe(
  v.variant('type', [
    v.strictObject({
      ...base,
      ...stepRef,
      type: v.literal('step-shown'),
      scheduleId: idSchema<'schedule'>(),
      uncovered: v.optional(v.literal(true)),
      again: v.optional(v.literal(true)),
    }),
    v.strictObject({
      ...base,
      ...stepRef,
      ...fromPaper,
      type: v.literal('step-started'),
      prompt: v.picklist(PROMPT_LEVELS),
      latencyMs: durationSchema,
      untimed: v.optional(v.literal(true)),
    }),
    v.strictObject({ ...base, ...stepRef, type: v.literal('step-finished'), durationMs: durationSchema }),
    v.strictObject({
      ...base,
      ...stepRef,
      type: v.literal('observer-recorded'),
      prompt: v.picklist(PROMPT_LEVELS),
    }),
    v.strictObject({
      ...base,
      type: v.literal('change-inserted'),
      scheduleId: idSchema<'schedule'>(),
      stepId: idSchema<'step'>(),
      cardId: idSchema<'card'>(),
    }),
    v.strictObject({
      ...base,
      type: v.literal('note'),
      text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NOTE_MAX_LENGTH)),
    }),
    v.strictObject({
      ...base,
      type: v.literal('choice-made'),
      boardId: idSchema<'board'>(),
      optionId: idSchema<'option'>(),
      cardId: idSchema<'card'>(),
      stepId: v.optional(idSchema<'step'>()),
      opening: v.optional(idSchema<'event'>()),
    }),
    v.strictObject({ ...base, type: v.literal('board-opened'), boardId: idSchema<'board'>() }),
    v.strictObject({ ...base, type: v.literal('board-closed'), opening: idSchema<'event'>() }),
    v.strictObject({
      ...base,
      type: v.literal('order-chosen'),
      scheduleId: idSchema<'schedule'>(),
      stepIds: v.pipe(v.array(idSchema<'step'>()), v.minLength(2), v.maxLength(MAX_ITEMS)),
    }),
    v.strictObject({
      ...base,
      type: v.literal('reinforcer-chosen'),
      boardId: idSchema<'board'>(),
      optionId: idSchema<'option'>(),
      cardId: idSchema<'card'>(),
    }),
    v.strictObject({ ...base, type: v.literal('token-given'), stepId: v.optional(idSchema<'step'>()) }),
    v.strictObject({
      ...base,
      type: v.literal('reward-used'),
      cardId: v.optional(idSchema<'card'>()),
      minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DURATION_MINUTES)),
    }),
    v.strictObject({
      ...base,
      type: v.literal('self-check-answered'),
      targetId: idSchema<'target'>(),
      answer: selfCheckAnswerSchema,
      prompt: selfCheckPromptSchema,
      checkRequested: v.boolean(),
    }),
    v.strictObject({
      ...base,
      type: v.literal('adult-check'),
      targetId: idSchema<'target'>(),
      answerEvent: idSchema<'event'>(),
      answer: selfCheckAnswerSchema,
    }),
    v.strictObject({
      ...base,
      type: v.literal('check-matched'),
      answerEvent: idSchema<'event'>(),
      adultCheck: idSchema<'event'>(),
      matched: v.boolean(),
      difference: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-4), v.maxValue(4))),
    }),
    v.strictObject({
      ...base,
      type: v.literal('scale-rated'),
      scaleId: idSchema<'scale'>(),
      level: v.picklist(SCALE_LEVELS),
      context: v.variant('kind', [
        v.strictObject({ kind: v.literal('check-in') }),
        v.strictObject({ kind: v.literal('step'), stepId: idSchema<'step'>() }),
        v.strictObject({ kind: v.literal('on-demand'), askedBy: v.picklist(['student', 'adult']) }),
      ]),
    }),
    v.strictObject({
      ...base,
      ...fromPaper,
      type: v.literal('support-noted'),
      stepId: idSchema<'step'>(),
      level: v.picklist(SUPPORT_LEVELS),
    }),
    v.strictObject({
      ...base,
      type: v.literal('plan-advanced'),
      planId: idSchema<'plan'>(),
      cardId: idSchema<'card'>(),
      from: planStageSchema,
      to: planStageSchema,
      evidence: v.pipe(
        v.array(
          v.strictObject({
            day: schoolDaySchema,
            independent: wholeNumber(0, 10_000),
            opportunities: wholeNumber(1, 10_000),
          }),
        ),
        v.maxLength(MAX_DAYS),
      ),
    }),
    v.strictObject({
      ...base,
      type: v.literal('plan-changed'),
      planId: idSchema<'plan'>(),
      change: v.strictObject({
        cardId: idSchema<'card'>(),
        before: v.optional(planStageSchema),
        after: v.optional(planStageSchema),
        changed: v.pipe(v.array(v.picklist(PLAN_CHANGE_FIELDS)), v.maxLength(PLAN_CHANGE_FIELDS.length)),
      }),
    }),
    v.strictObject({
      ...base,
      type: v.literal('schedule-changed'),
      change: v.strictObject({
        slot: scheduleSlotSchema,
        added: v.pipe(v.array(idSchema<'card'>()), v.maxLength(MAX_ITEMS)),
        removed: v.pipe(v.array(idSchema<'card'>()), v.maxLength(MAX_ITEMS)),
        reordered: v.boolean(),
      }),
    }),
    v.strictObject({ ...base, type: v.literal('support-changed'), change: supportChangeSchema }),
    v.strictObject({
      ...base,
      type: v.literal('plan-changes-seen'),
      seen: v.pipe(v.array(idSchema<'event'>()), v.minLength(1), v.maxLength(MAX_CHANGES_SEEN)),
    }),
    v.strictObject({
      ...base,
      type: v.literal('staff-responded'),
      ratings: v.pipe(v.array(idSchema<'event'>()), v.minLength(1), v.maxLength(MAX_RATINGS_ANSWERED)),
      response: v.picklist(STAFF_RESPONSES),
      note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH))),
    }),
    v.strictObject({
      ...base,
      type: v.literal('wait-started'),
      seconds: wholeNumber(MIN_WAIT_SECONDS, MAX_WAIT_SECONDS),
    }),
    v.strictObject({ ...base, type: v.literal('wait-ended'), wait: idSchema<'event'>() }),
    v.strictObject({
      ...base,
      type: v.literal('observation-made'),
      observed: idSchema<'staff'>(),
      marks: observationMarksSchema,
      feedback: v.optional(v.pipe(v.string(), v.maxLength(FEEDBACK_MAX_LENGTH))),
    }),
    v.strictObject({
      ...base,
      type: v.literal('needs-noted'),
      answers: needsAnswersSchema,
      fromFamily: v.boolean(),
      note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH))),
    }),
    v.strictObject({
      ...base,
      type: v.literal('days-not-counted'),
      from: schoolDaySchema,
      to: schoolDaySchema,
      reason: v.picklist(NOT_COUNTED_REASONS),
      note: v.optional(v.pipe(v.string(), v.maxLength(NOT_COUNTED_NOTE_MAX_LENGTH))),
    }),
    v.strictObject({
      ...base,
      type: v.literal('voided'),
      target: idSchema<'event'>(),
      reason: v.pipe(v.string(), v.maxLength(CORRECTION_REASON_MAX_LENGTH)),
    }),
  ]),
  v.check(
    (event) => !('fromPaper' in event) || onSheetDay(event),
    'fromPaper: a record from a paper sheet is stamped on the sheet’s day',
  ),
  v.check(
    (event) => event.type !== 'step-started' || !event.untimed || event.latencyMs === 0,
    'latencyMs: a start without a time to start carries none',
  ),
  v.check(
    (event) => event.type !== 'days-not-counted' || spanInOrder(event),
    'from: a span of days not counted ends on or after its first day, within a year',
  ),
);

// Every kind of event has a schema: adding a type to AppEvent without one fails to compile here.
type ParsedEventType = v.InferOutput<typeof eventSchema>['type'];
const everyTypeParsed: Record<EventType, ParsedEventType> = {
  'step-shown': 'step-shown',
  'step-started': 'step-started',
  'step-finished': 'step-finished',
  'change-inserted': 'change-inserted',
  note: 'note',
  'choice-made': 'choice-made',
  'board-opened': 'board-opened',
  'board-closed': 'board-closed',
  'order-chosen': 'order-chosen',
  'reinforcer-chosen': 'reinforcer-chosen',
  'token-given': 'token-given',
  'reward-used': 'reward-used',
  'self-check-answered': 'self-check-answered',
  'adult-check': 'adult-check',
  'check-matched': 'check-matched',
  'scale-rated': 'scale-rated',
  'support-noted': 'support-noted',
  'plan-advanced': 'plan-advanced',
  'plan-changed': 'plan-changed',
  'plan-changes-seen': 'plan-changes-seen',
  'schedule-changed': 'schedule-changed',
  'support-changed': 'support-changed',
  'observer-recorded': 'observer-recorded',
  'staff-responded': 'staff-responded',
  'wait-started': 'wait-started',
  'wait-ended': 'wait-ended',
  'needs-noted': 'needs-noted',
  'observation-made': 'observation-made',
  'days-not-counted': 'days-not-counted',
  voided: 'voided',
};
void everyTypeParsed;

/** An event from any source (a screen, a backup, another tablet), checked field by field. */
export function parseEvent(input: unknown): AppEvent {
  return parseWith(eventSchema, input, 'invalid-event');
}

export const nameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a name is needed'),
  v.maxLength(NAME_MAX_LENGTH, 'the name is too long'),
);
export const pinSchema = v.pipe(v.string(), v.regex(PIN_PATTERN, 'a PIN is 4 to 8 digits'));
export const localeSchema = v.picklist(LOCALES);
export const staffRoleSchema = v.picklist(STAFF_ROLES);

/**
 * An item's words in the classroom's other languages: only languages the app knows (a strict
 * object refuses any other key), each with its words checked by `words`.
 */
export const inLanguagesSchema = <Words extends v.GenericSchema>(words: Words) =>
  v.strictObject({ en: v.optional(words), es: v.optional(words) } satisfies Record<Locale, v.GenericSchema>);

/** A recording an item plays: a stored media row. */
export const recordingSchema = v.strictObject({ mediaId: idSchema<'media'>() });

/** Parses outside input with a schema; a failure is an AppError whose details name the fields. */
export function parseWith<Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  code: ErrorCode = 'invalid-input',
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const details = result.issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
  throw new AppError(code, details);
}
