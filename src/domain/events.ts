import type { DeviceId, EventId, Id, StaffId, StudentId } from './ids';
import type { SchoolDay } from './time';

/** Most to least independent; the para records the least help that got the step started. */
export const PROMPT_LEVELS = [
  'independent',
  'gestural',
  'verbal',
  'model',
  'partial-physical',
  'full-physical',
] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];

export type StepId = Id<'step'>;
export type ScheduleId = Id<'schedule'>;

/** Who caused the event: the student at the kiosk, or an adult signed in with a PIN. */
export type Actor = { kind: 'student' } | { kind: 'staff'; staffId: StaffId };

type Base = {
  id: EventId;
  /** Milliseconds since the epoch, read from the app clock. */
  at: number;
  /** The device-local school day of `at`, fixed when recorded so a timezone change never moves history. */
  day: SchoolDay;
  studentId: StudentId;
  deviceId: DeviceId;
  actor: Actor;
};

export type StepShown = Base & { type: 'step-shown'; scheduleId: ScheduleId; stepId: StepId };
export type StepStarted = Base & {
  type: 'step-started';
  stepId: StepId;
  prompt: PromptLevel;
  /** From the step being shown to its start. */
  latencyMs: number;
};
export type StepFinished = Base & { type: 'step-finished'; stepId: StepId; durationMs: number };
export type NoteAdded = Base & { type: 'note'; text: string };
/** A correction: cancels the effect of an earlier event, which itself stays in the log. */
export type Voided = Base & { type: 'voided'; target: EventId; reason: string };

export type AppEvent = StepShown | StepStarted | StepFinished | NoteAdded | Voided;
export type EventType = AppEvent['type'];
export const EVENT_TYPES = [
  'step-shown',
  'step-started',
  'step-finished',
  'note',
  'voided',
] as const satisfies readonly EventType[];

export const NOTE_MAX_LENGTH = 500;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a caller knows about an event; the stamp (id, time, day, device) is added when it is recorded. */
export type EventDraft = DistributiveOmit<AppEvent, 'id' | 'at' | 'day' | 'deviceId'>;
