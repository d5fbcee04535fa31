// The shape of a fading plan's stage and of its evidence, apart from the evaluation of plans
// (./fading.ts), so the event schemas the kiosk loads carry only these limits.
import type { PromptLevel } from './events';
import type { SchoolDay } from './time';
import type { DelaySchedule } from './time-delay';

export const MAX_DELAY_SECONDS = 60;
export const STAGE_NOTE_MAX_LENGTH = 200;
export const MIN_PERCENT = 50;
export const MAX_PERCENT = 100;
export const MIN_DAYS = 1;
export const MAX_DAYS = 10;

/** What the adults do at one stage of the plan. */
export type PlanStage = {
  /** The help given when the student has not started by the end of the wait. */
  prompt: PromptLevel;
  /** Time delay: seconds from the step being shown before the adult prompts; 0 prompts at once. */
  delaySeconds: number;
  /** How the wait changes over the stage's days (./time-delay.ts); without it, `delaySeconds` every day. */
  delay?: DelaySchedule;
  /** Anything else the stage changes, in the teacher's words ("word card instead of the picture"). */
  note?: string;
};

/** One school day's opportunities to start the activity, and how many the student took alone. */
export type DayEvidence = { day: SchoolDay; independent: number; opportunities: number };
