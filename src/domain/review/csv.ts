// CSV that a spreadsheet opens with the right columns: RFC 4180 (CRLF rows, quoted fields where
// needed, doubled quotes), one header row, UTF-8 with a byte order mark so Excel reads accents.

import type { AppEvent } from '../events';
import { PROMPT_LEVELS } from '../events';
import type { DayRollup } from '../rollup';

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
  'school_day',
  'student',
  'type',
  'recorded_by',
  'step_id',
  'inside_step_id',
  'prompt',
  'latency_seconds',
  'duration_seconds',
  'card_id',
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
  'cardId',
  'text',
]);

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

/** Every event as a row, oldest first, with the student's name and who recorded it. */
export function eventsCsv(
  events: readonly AppEvent[],
  nameOf: (event: AppEvent) => { student: string; recordedBy: string },
): string {
  // A corrected record stays in the export, marked with the correction that voids it.
  const voidedBy = new Map(
    events.flatMap((event) => (event.type === 'voided' ? [[event.target, event.id]] : [])),
  );
  const rows = [...events]
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .map((event) => {
      const fields = event as Partial<Record<string, unknown>>;
      const names = nameOf(event);
      const details = Object.fromEntries(Object.entries(event).filter(([key]) => !COLUMN_FIELDS.has(key)));
      const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : undefined);
      const number = (key: string) => (typeof fields[key] === 'number' ? (fields[key] as number) : undefined);
      return [
        event.id,
        new Date(event.at).toISOString(),
        event.day,
        names.student,
        event.type,
        names.recordedBy,
        text('stepId'),
        text('parentStepId'),
        text('prompt'),
        seconds(number('latencyMs')),
        seconds(number('durationMs')),
        text('cardId'),
        text('text'),
        Object.keys(details).length > 0 ? JSON.stringify(details) : undefined,
        voidedBy.get(event.id),
      ];
    });
  return toCsv(EVENT_COLUMNS, rows);
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
      rollup.stepsStarted > 0
        ? Math.round(rollup.latencyMsTotal / rollup.stepsStarted / 100) / 10
        : undefined,
      rollup.stepsFinished,
      rollup.notes,
      rollup.changes,
      rollup.choices,
      rollup.tokens,
      rollup.rewards,
    ]);
  return toCsv(header, rows);
}
