// The para's records beside the kiosk: which step a prompt tap is for, the time delay before
// prompting, and the last record, which can be taken back for a few seconds.

import { voidedTargets } from './corrections';
import type { AppEvent, PromptLevel, StepStarted } from './events';
import { PROMPT_LEVELS } from './events';
import type { StepId } from './ids';
import { type DayProgress, elapsedMs, stepToStart } from './schedule-progress';

/** How long a record can be taken back with one tap. */
export const UNDO_WINDOW_MS = 10_000;

type StepRef = { stepId: StepId; parentStepId?: StepId };

/**
 * The step a prompt tap is for. A step waiting for its start takes the tap as what it took to
 * start. A step the student started from the kiosk a moment ago (within the undo window) takes
 * it as a correction: the para prompted, and the student's tap followed.
 */
export type PromptFocus =
  | (StepRef & { kind: 'to-start'; shownAt?: number })
  | (StepRef & { kind: 'started'; start: StepStarted; correctable: boolean });

const liveStarts = (events: readonly AppEvent[]) => {
  const voided = voidedTargets(events);
  return events.filter(
    (event): event is StepStarted => event.type === 'step-started' && !voided.has(event.id),
  );
};

/** The latest of these events: by moment, then by id (the order the events index keeps). */
export const latest = <T extends AppEvent>(events: readonly T[]): T | undefined =>
  events.reduce<T | undefined>(
    (last, event) =>
      !last || event.at > last.at || (event.at === last.at && event.id > last.id) ? event : last,
    undefined,
  );

export function promptFocus(
  progress: DayProgress,
  events: readonly AppEvent[],
  now: number,
): PromptFocus | undefined {
  const { current, currentMini } = progress;
  if (!current) return undefined;
  const onScreen = new Set([current.item.id, ...current.miniSteps.map((mini) => mini.step.id)]);
  const finished = new Set(
    progress.items.flatMap((entry) => (entry.status === 'finished' ? [entry.item.id] : [])),
  );
  for (const mini of current.miniSteps) if (mini.finishedAt !== undefined) finished.add(mini.step.id);
  const lastStart = latest(liveStarts(events).filter((start) => onScreen.has(start.stepId)));
  const ref = (start: StepStarted): StepRef =>
    start.parentStepId
      ? { stepId: start.stepId, parentStepId: start.parentStepId }
      : { stepId: start.stepId };

  if (
    lastStart &&
    !finished.has(lastStart.stepId) &&
    lastStart.actor.kind === 'student' &&
    now - lastStart.at <= UNDO_WINDOW_MS
  ) {
    return { kind: 'started', ...ref(lastStart), start: lastStart, correctable: true };
  }
  const toStart = stepToStart(progress);
  if (toStart) return { kind: 'to-start', ...toStart };
  const startedId = currentMini ? currentMini.step.id : current.item.id;
  const start = latest(liveStarts(events).filter((event) => event.stepId === startedId));
  return start ? { kind: 'started', ...ref(start), start, correctable: false } : undefined;
}

export type PromptRecord = StepRef & {
  prompt: PromptLevel;
  latencyMs: number;
  /** The student's own start this record corrects, voided with it. */
  replaces?: StepStarted;
};

/** What a prompt tap records for the step in focus, or nothing when no step takes it. */
export function promptRecord(
  focus: PromptFocus | undefined,
  prompt: PromptLevel,
  now: number,
): PromptRecord | undefined {
  if (!focus) return undefined;
  const ref: StepRef = focus.parentStepId
    ? { stepId: focus.stepId, parentStepId: focus.parentStepId }
    : { stepId: focus.stepId };
  if (focus.kind === 'to-start') return { ...ref, prompt, latencyMs: elapsedMs(focus.shownAt, now) };
  if (!focus.correctable || prompt === focus.start.prompt) return undefined;
  return { ...ref, prompt, latencyMs: focus.start.latencyMs, replaces: focus.start };
}

const RECORD_TYPES: ReadonlySet<AppEvent['type']> = new Set([
  'step-started',
  'note',
  'support-noted',
  'staff-responded',
]);

/**
 * Whether an event is a record the undo is about. A mini-step's untimed start is part of the
 * student's Done that finished it, not a record of its own: it neither hides the para's last
 * record nor counts as a new one.
 */
const isRecord = (event: AppEvent): boolean =>
  RECORD_TYPES.has(event.type) && !(event.type === 'step-started' && event.untimed);

/**
 * The record an undo takes back: the latest start, note, support level or alert response of the
 * day, while it is less than the undo window old. A start whose step has finished since is part
 * of what followed, and stays.
 */
export function undoableRecord(events: readonly AppEvent[], now: number): AppEvent | undefined {
  const voided = voidedTargets(events);
  const live = events.filter((event) => !voided.has(event.id));
  const last = latest(live.filter(isRecord));
  if (!last || now - last.at > UNDO_WINDOW_MS || now < last.at) return undefined;
  if (
    last.type === 'step-started' &&
    live.some((event) => event.type === 'step-finished' && event.stepId === last.stepId)
  )
    return undefined;
  return last;
}

/** Whether a para's record was made from a moment on: the day has moved on. */
export const recordedSince = (events: readonly AppEvent[], moment: number): boolean =>
  events.some((event) => isRecord(event) && event.at >= moment);

/** Seconds left to wait before prompting, from the step being shown; undefined without a delay. */
export function delayLeft(
  shownAt: number | undefined,
  delaySeconds: number,
  now: number,
): { seconds: number; due: boolean } | undefined {
  if (shownAt === undefined || delaySeconds <= 0) return undefined;
  const leftMs = shownAt + delaySeconds * 1000 - now;
  return { seconds: Math.max(0, Math.ceil(leftMs / 1000)), due: leftMs <= 0 };
}

/** The teacher's names and choice of levels for the para's buttons; the stored value never changes. */
export type PromptLevelSettings = Partial<Record<PromptLevel, { name?: string; shown?: boolean }>>;

/** Peer prompting is offered once the teacher adds it; every other level until hidden. */
export function shownLevels(settings: PromptLevelSettings | undefined): PromptLevel[] {
  return PROMPT_LEVELS.filter((level) => settings?.[level]?.shown ?? level !== 'peer');
}

/**
 * The levels that get the largest buttons: the two the adults have tapped most for this student.
 * Among equals (and with no records yet) the expected ones come first (what the plan says to
 * give, and the student on their own), then the least help.
 */
export function commonLevels(
  shown: readonly PromptLevel[],
  counts: Partial<Record<PromptLevel, number>>,
  expected: readonly PromptLevel[] = [],
  size = 2,
): PromptLevel[] {
  const rank = (level: PromptLevel) => (expected.includes(level) ? 0 : 1);
  return [...shown]
    .sort(
      (a, b) =>
        (counts[b] ?? 0) - (counts[a] ?? 0) ||
        rank(a) - rank(b) ||
        PROMPT_LEVELS.indexOf(a) - PROMPT_LEVELS.indexOf(b),
    )
    .slice(0, size);
}
