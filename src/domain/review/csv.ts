// CSV that a spreadsheet opens with the right columns: RFC 4180 (CRLF rows, quoted fields where
// needed, doubled quotes), one header row, UTF-8 with a byte order mark so Excel reads accents.

import type { AppEvent } from '../events';
import { PROMPT_LEVELS, SCALE_LEVELS } from '../events';
import type { CardId, StaffId, StepId, StudentId, TargetId } from '../ids';
import { type DayRollup, timedStarts } from '../rollup';
import { schoolDayOf } from '../time';

export type CsvValue = string | number | undefined;

/** A text cell a spreadsheet would run as a formula is kept as text (OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const EVENT_COLUMNS = [
  'event_id',
  'time_utc',
  'local_date',
  'local_time',
  'school_day',
  'student',
  'type',
  'recorded_by',
  'activity',
  'step',
  'step_id',
  'inside_step_id',
  'prompt',
  'latency_seconds',
  'duration_seconds',
  'question',
  'answer',
  'level',
  'card',
  'text',
  'details',
  'voided_by',
] as const;

/** Fields shown in columns of their own; any others of an event go, as JSON, into `details`. */
const COLUMN_FIELDS = new Set([
  'id',
  'at',
  'day',
  'studentId',
  'deviceId',
  'actor',
  'type',
  'stepId',
  'parentStepId',
  'prompt',
  'latencyMs',
  'durationMs',
  'targetId',
  'answer',
  'level',
  'matched',
  'cardId',
  'text',
]);

/** The names a record's ids stand for, as the teacher knows them. */
export type RecordNames = {
  studentName: (studentId: StudentId) => string;
  staffName: (staffId: StaffId) => string;
  /** A step of a day's schedule: the activity it belongs to, and its own card's label. */
  stepLabels: (stepId: StepId) => { activity: string; step: string } | undefined;
  question: (targetId: TargetId) => string | undefined;
  cardLabel: (cardId: CardId) => string | undefined;
};

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
const twoDigits = (value: number) => String(value).padStart(2, '0');
/** The time on the tablet's clock, as a spreadsheet reads a time: 08:05:09. */
const localTime = (at: number) => {
  const date = new Date(at);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`;
};

/** A self-check answer or an adult's check: yes or no in words, a 1–5 answer as a level. */
function answerCells(event: AppEvent): { answer?: string; level?: number } {
  switch (event.type) {
    case 'self-check-answered':
    case 'adult-check':
      return typeof event.answer === 'number' ? { level: event.answer } : { answer: event.answer };
    case 'check-matched':
      return { answer: event.matched ? 'agree' : 'disagree' };
    case 'scale-rated':
      return { level: event.level };
    default:
      return {};
  }
}

/** Every event as a row, oldest first, with names beside ids, and local dates and times beside UTC. */
export function eventsCsv(events: readonly AppEvent[], names: RecordNames): string {
  // A corrected record stays in the export, marked with the correction that voids it.
  const voidedBy = new Map(
    events.flatMap((event) => (event.type === 'voided' ? [[event.target, event.id]] : [])),
  );
  const questionOf = new Map(
    events.flatMap((event) =>
      event.type === 'self-check-answered' ? [[event.id, names.question(event.targetId)]] : [],
    ),
  );
  const rows = [...events]
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .map((event) => {
      const fields = event as Partial<Record<string, unknown>>;
      // A step's prompt is a level, in its column; a self-check's is what asked it, a detail.
      const details = Object.fromEntries(
        Object.entries(event).filter(
          ([key, value]) => !COLUMN_FIELDS.has(key) || (key === 'prompt' && typeof value !== 'string'),
        ),
      );
      const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : undefined);
      const number = (key: string) => (typeof fields[key] === 'number' ? (fields[key] as number) : undefined);
      const stepId = text('stepId') as StepId | undefined;
      const labels = stepId ? names.stepLabels(stepId) : undefined;
      const targetId = text('targetId') as TargetId | undefined;
      const cardId = text('cardId') as CardId | undefined;
      const { answer, level } = answerCells(event);
      return [
        event.id,
        new Date(event.at).toISOString(),
        schoolDayOf(event.at),
        localTime(event.at),
        event.day,
        names.studentName(event.studentId),
        event.type,
        event.actor.kind === 'staff'
          ? names.staffName(event.actor.staffId)
          : names.studentName(event.studentId),
        labels?.activity,
        labels?.step,
        stepId,
        text('parentStepId'),
        text('prompt'),
        // A start entered from paper, or recorded untimed with a mini-step's Done, has no time to
        // start: an empty cell, not 0 seconds.
        seconds(fields.fromPaper === undefined && !fields.untimed ? number('latencyMs') : undefined),
        seconds(number('durationMs')),
        targetId
          ? names.question(targetId)
          : event.type === 'check-matched'
            ? questionOf.get(event.answerEvent)
            : undefined,
        answer,
        level,
        cardId ? (names.cardLabel(cardId) ?? cardId) : undefined,
        text('text'),
        Object.keys(details).length > 0 ? JSON.stringify(details) : undefined,
        voidedBy.get(event.id),
      ];
    });
  return toCsv(EVENT_COLUMNS, rows);
}

const percent = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;

/** The day's five-point ratings: how many, their mean, and how many at each level. */
function ratingCells(rollup: DayRollup): CsvValue[] {
  const counts = SCALE_LEVELS.map((level) => rollup.ratings[level]);
  const count = counts.reduce((sum, each) => sum + each, 0);
  const total = SCALE_LEVELS.reduce((sum, level) => sum + level * rollup.ratings[level], 0);
  return [count, count > 0 ? Math.round((total / count) * 10) / 10 : undefined, ...counts];
}

/** The day's self-checks, every question together: answers, yes answers, checks and agreement. */
function selfCheckCells(rollup: DayRollup): CsvValue[] {
  const days = Object.values(rollup.selfChecks).flatMap((day) => (day ? [day] : []));
  const sum = (figure: 'answers' | 'yes' | 'yesNo' | 'checks' | 'matches') =>
    days.reduce((total, day) => total + day[figure], 0);
  return [
    sum('answers'),
    percent(sum('yes'), sum('yesNo')),
    sum('checks'),
    percent(sum('matches'), sum('checks')),
  ];
}

/** One row per student and day, from the rollups. */
export function dailySummaryCsv(
  rollups: readonly DayRollup[],
  studentName: (rollup: DayRollup) => string,
): string {
  const header = [
    'school_day',
    'student',
    'steps_shown',
    'steps_started',
    'independent_percent',
    ...PROMPT_LEVELS.map((level) => `starts_${level.replaceAll('-', '_')}`),
    'mean_latency_seconds',
    'steps_finished',
    'notes',
    'changes',
    'choices',
    'tokens',
    'rewards',
    'ratings',
    'mean_rating',
    ...SCALE_LEVELS.map((level) => `ratings_${level}`),
    'self_check_answers',
    'self_check_yes_percent',
    'adult_checks',
    'agreement_percent',
  ];
  const rows = [...rollups]
    .sort((a, b) => (a.day === b.day ? studentName(a).localeCompare(studentName(b)) : a.day < b.day ? -1 : 1))
    .map((rollup) => [
      rollup.day,
      studentName(rollup),
      rollup.stepsShown,
      rollup.stepsStarted,
      rollup.stepsStarted > 0
        ? Math.round((rollup.startsByPrompt.independent / rollup.stepsStarted) * 1000) / 10
        : undefined,
      ...PROMPT_LEVELS.map((level) => rollup.startsByPrompt[level]),
      timedStarts(rollup) > 0
        ? Math.round(rollup.latencyMsTotal / timedStarts(rollup) / 100) / 10
        : undefined,
      rollup.stepsFinished,
      rollup.notes,
      rollup.changes,
      rollup.choices,
      rollup.tokens,
      rollup.rewards,
      ...ratingCells(rollup),
      ...selfCheckCells(rollup),
    ]);
  return toCsv(header, rows);
}
