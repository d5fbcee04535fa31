// Where the student is in the day, worked out from the day's schedule and its step events alone,
// so a reload or a crash resumes at the same step.

import { voidedTargets } from './corrections';
import type { AppEvent } from './events';
import type { StepId } from './ids';
import type { MiniStep, ScheduleItem } from './schedule';

export type StepStatus = 'finished' | 'current' | 'upcoming';
type StepTimes = { shownAt?: number; startedAt?: number; finishedAt?: number };

export type MiniProgress = StepTimes & { step: MiniStep; status: StepStatus };
export type ItemProgress = StepTimes & {
  item: ScheduleItem;
  index: number;
  status: StepStatus;
  miniSteps: MiniProgress[];
};

export type DayProgress = {
  items: ItemProgress[];
  current?: ItemProgress;
  next?: ItemProgress;
  /** The mini-schedule step to do now, once the current step has started. */
  currentMini?: MiniProgress;
  allDone: boolean;
};

function timesByStep(events: readonly AppEvent[]): Map<StepId, StepTimes> {
  const voided = voidedTargets(events);
  const times = new Map<StepId, StepTimes>();
  const field = {
    'step-shown': 'shownAt',
    'step-started': 'startedAt',
    'step-finished': 'finishedAt',
  } as const;
  for (const event of events) {
    if (voided.has(event.id)) continue;
    if (event.type !== 'step-shown' && event.type !== 'step-started' && event.type !== 'step-finished')
      continue;
    const entry = times.get(event.stepId) ?? {};
    const key = field[event.type];
    // A step shown again after being covered counts its time to start from the latest showing.
    entry[key] =
      key === 'shownAt'
        ? Math.max(entry[key] ?? event.at, event.at)
        : Math.min(entry[key] ?? event.at, event.at);
    times.set(event.stepId, entry);
  }
  return times;
}

/** The state of every step of the day: the first unfinished step is current. */
export function progressOf(items: readonly ScheduleItem[], events: readonly AppEvent[]): DayProgress {
  const times = timesByStep(events);
  let currentSeen = false;
  const progress = items.map((item, index): ItemProgress => {
    const own = times.get(item.id) ?? {};
    let status: StepStatus = 'upcoming';
    if (own.finishedAt !== undefined) status = 'finished';
    else if (!currentSeen) {
      status = 'current';
      currentSeen = true;
    }
    let miniCurrentSeen = false;
    const miniSteps = item.miniSteps.map((step): MiniProgress => {
      const mini = times.get(step.id) ?? {};
      let miniStatus: StepStatus = 'upcoming';
      if (mini.finishedAt !== undefined || status === 'finished') miniStatus = 'finished';
      else if (status === 'current' && own.startedAt !== undefined && !miniCurrentSeen) {
        miniStatus = 'current';
        miniCurrentSeen = true;
      }
      return { ...mini, step, status: miniStatus };
    });
    return { ...own, item, index, status, miniSteps };
  });
  const current = progress.find((entry) => entry.status === 'current');
  return {
    items: progress,
    current,
    next: current
      ? progress.slice(current.index + 1).find((entry) => entry.status === 'upcoming')
      : undefined,
    currentMini: current?.miniSteps.find((mini) => mini.status === 'current'),
    allDone: items.length > 0 && current === undefined,
  };
}

type StepRef = { stepId: StepId; parentStepId?: StepId };
export type StepDraft =
  | (StepRef & { type: 'step-shown' })
  | (StepRef & { type: 'step-started'; prompt: 'independent'; latencyMs: number; untimed?: true })
  | (StepRef & { type: 'step-finished'; durationMs: number });

/** The steps now on screen whose showing is not yet recorded. */
export function unrecordedShows(progress: DayProgress): StepDraft[] {
  const { current, currentMini } = progress;
  const shows: StepDraft[] = [];
  if (current && current.shownAt === undefined) shows.push({ type: 'step-shown', stepId: current.item.id });
  if (current && currentMini && currentMini.shownAt === undefined) {
    shows.push({ type: 'step-shown', stepId: currentMini.step.id, parentStepId: current.item.id });
  }
  return shows;
}

/** Time from one moment to a later one; never negative, and 0 when the first is not known. */
export const elapsedMs = (from: number | undefined, to: number) => Math.max(0, to - (from ?? to));

/**
 * The step on screen whose start is not recorded yet: the current step, then its current
 * mini-step. The student starts only the activity (startTap); a mini-step's start is the prompt an
 * adult records for it, or else comes with its Done (doneTap), so this is also the step the para's
 * prompt is for.
 */
export function stepToStart(
  progress: DayProgress,
): { stepId: StepId; parentStepId?: StepId; shownAt?: number } | undefined {
  const { current, currentMini } = progress;
  if (!current) return undefined;
  if (current.startedAt === undefined) return { stepId: current.item.id, shownAt: current.shownAt };
  if (currentMini && currentMini.startedAt === undefined)
    return { stepId: currentMini.step.id, parentStepId: current.item.id, shownAt: currentMini.shownAt };
  return undefined;
}

/** The activity on screen that waits for the student's Start: independence rests on this start. */
export function activityToStart(progress: DayProgress): { stepId: StepId; shownAt?: number } | undefined {
  const { current } = progress;
  if (!current || current.startedAt !== undefined) return undefined;
  return { stepId: current.item.id, shownAt: current.shownAt };
}

/**
 * What the student's "start" tap records. A step an adult has recorded a prompt for is started
 * already, so a start tap only ever comes before any prompt: the student started on their own,
 * and its latency runs from the step being shown. Mini-steps take no start tap.
 */
export function startTap(progress: DayProgress, now: number): StepDraft | undefined {
  const activity = activityToStart(progress);
  if (!activity) return undefined;
  return {
    type: 'step-started',
    stepId: activity.stepId,
    prompt: 'independent',
    latencyMs: elapsedMs(activity.shownAt, now),
  };
}

/**
 * The moment the step the Done is for came on screen with its Done: the activity's start, or for a
 * mini-step, the later of the activity's start and the previous mini-step's finish.
 */
export function doneShownAt(progress: DayProgress): number | undefined {
  const { current, currentMini } = progress;
  if (!current || current.startedAt === undefined) return undefined;
  if (!currentMini) return current.startedAt;
  const finishedBefore = current.miniSteps
    .slice(0, current.miniSteps.indexOf(currentMini))
    .map((mini) => mini.finishedAt ?? current.startedAt ?? 0);
  return Math.max(current.startedAt, ...finishedBefore);
}

/**
 * What the student's "done" tap records. Once the activity has started, one Done finishes its
 * current mini-step (no start tap of its own) and the next one shows; finishing the last mini-step
 * finishes the activity too. A mini-step no adult prompted was started by the student on their own:
 * its start is recorded with its finish, untimed (there was no Start to time), so a day's starts
 * and its share of independent starts count every mini-step as they did when each had a Start.
 */
export function doneTap(progress: DayProgress, now: number): StepDraft[] {
  const { current, currentMini } = progress;
  if (!current || current.startedAt === undefined) return [];
  const finishCurrent: StepDraft = {
    type: 'step-finished',
    stepId: current.item.id,
    durationMs: elapsedMs(current.startedAt, now),
  };
  if (!currentMini) return [finishCurrent];
  const startMini: StepDraft[] =
    currentMini.startedAt === undefined
      ? [
          {
            type: 'step-started',
            stepId: currentMini.step.id,
            parentStepId: current.item.id,
            prompt: 'independent',
            latencyMs: 0,
            untimed: true,
          },
        ]
      : [];
  const finishMini: StepDraft = {
    type: 'step-finished',
    stepId: currentMini.step.id,
    parentStepId: current.item.id,
    durationMs: elapsedMs(doneShownAt(progress), now),
  };
  const isLastMini = current.miniSteps.every((mini) => mini === currentMini || mini.status === 'finished');
  return isLastMini ? [...startMini, finishMini, finishCurrent] : [...startMini, finishMini];
}

/** How many of the day's steps are finished. */
export function finishedCountOf(progress: DayProgress): number {
  return progress.items.filter((entry) => entry.status === 'finished').length;
}

/** Which tap the student has now: start the activity on screen, say it is done, or none (all done). */
export function expectedTap(progress: DayProgress): 'start' | 'done' | undefined {
  if (startTap(progress, 0)) return 'start';
  return doneTap(progress, 0).length > 0 ? 'done' : undefined;
}
