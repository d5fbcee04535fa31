import type {
  BoardId,
  CardId,
  DeviceId,
  EventId,
  OptionId,
  PlanId,
  ScaleId,
  ScheduleId,
  StaffId,
  StepId,
  StudentId,
  TargetId,
} from './ids';
import type { Need, NeedAnswer } from './needs';
import type { ObservationMark, ObservationPoint } from './observation';
import type { PlanChange } from './plan-changes';
import type { DayEvidence, PlanStage } from './plan-stage';
import type { ScheduleChange } from './schedule-changes';
import type { SupportChange } from './support-changes';
import type { SupportLevel } from './support-levels';
import type { SchoolDay } from './time';

/**
 * Most to least independent; the para records the least help that got the step started. A peer's
 * cue is a natural one, short of any adult's; the teacher offers it as a level when it is planned.
 */
export const PROMPT_LEVELS = [
  'independent',
  'peer',
  'gestural',
  'verbal',
  'model',
  'partial-physical',
  'full-physical',
] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];

/** The levels of a five-point scale, kept here with the event that records them (see scales.ts). */
export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ScaleLevel = (typeof SCALE_LEVELS)[number];

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

/** Steps of a mini-schedule name the step they belong to. */
type StepRef = { stepId: StepId; parentStepId?: StepId };

/**
 * Entered afterwards from the para's paper data sheet of this school day (always the event's own
 * `day`): its moment is when it was entered, or the day's end, not when it happened.
 */
type FromPaper = { fromPaper?: SchoolDay };

export type StepShown = Base &
  StepRef & {
    type: 'step-shown';
    scheduleId: ScheduleId;
    /**
     * Recorded when the step was on screen, uncovered, in the visible tab. Days recorded before
     * this rule have shows without it: they were stamped when the step was loaded, even covered.
     */
    uncovered?: true;
    /** Shown again after being covered or hidden: the time to start counts from here. */
    again?: true;
  };
export type StepStarted = Base &
  StepRef &
  FromPaper & {
    type: 'step-started';
    prompt: PromptLevel;
    /** From the step being shown to its start; 0 on a start without a time (from paper, or untimed). */
    latencyMs: number;
    /**
     * A mini-step's start recorded by the student's Done that finished it, with no prompt before:
     * the student moved on to it on their own, but never tapped a Start, so it has no time to start.
     */
    untimed?: true;
  };
export type StepFinished = Base & StepRef & { type: 'step-finished'; durationMs: number };
/**
 * A second observer's own record of what it took to start a step, made without seeing the first
 * one's: it never counts toward the student's figures, only toward agreement (see agreement.ts).
 */
export type ObserverRecorded = Base & StepRef & { type: 'observer-recorded'; prompt: PromptLevel };
/** An adult put "something different" into today's schedule. */
export type ChangeInserted = Base & {
  type: 'change-inserted';
  scheduleId: ScheduleId;
  stepId: StepId;
  cardId: CardId;
};
export type NoteAdded = Base & { type: 'note'; text: string };
/** The student chose an option of a choice board, on a step of the schedule or when an adult opened it. */
export type ChoiceMade = Base & {
  type: 'choice-made';
  boardId: BoardId;
  optionId: OptionId;
  cardId: CardId;
  stepId?: StepId;
  /** The adult's opening of the board, when it was not offered by a step. */
  opening?: EventId;
};
/** An adult put a choice board on the student's screen, to choose from now. */
export type BoardOpened = Base & { type: 'board-opened'; boardId: BoardId };
/** An adult took the opened board away again without a choice. */
export type BoardClosed = Base & { type: 'board-closed'; opening: EventId };
/** The student put the next steps of the day in the order they wanted. */
export type OrderChosen = Base & { type: 'order-chosen'; scheduleId: ScheduleId; stepIds: StepId[] };
/** What the student works for on their token board, chosen from the reinforcer board. */
export type ReinforcerChosen = Base & {
  type: 'reinforcer-chosen';
  boardId: BoardId;
  optionId: OptionId;
  cardId: CardId;
};
/** One token: given by an adult's tap, or earned by finishing a step. */
export type TokenGiven = Base & { type: 'token-given'; stepId?: StepId };
/** A full token board was exchanged for reinforcer time; the board starts again empty. */
export type RewardUsed = Base & { type: 'reward-used'; cardId?: CardId; minutes: number };
/** The levels of a 1–5 self-check answer. */
export const SELF_CHECK_LEVELS = [1, 2, 3, 4, 5] as const;
export type SelfCheckLevel = (typeof SELF_CHECK_LEVELS)[number];
/** A self-check answer: yes or no, or a level from 1 to 5. */
export type SelfCheckAnswer = 'yes' | 'no' | SelfCheckLevel;
/** What asked the question: an interval that fell due at a moment, or the end of a step. */
export type SelfCheckPrompt = { kind: 'interval'; dueAt: number } | { kind: 'step'; stepId: StepId };
/** The student answered a self-monitoring question about their own behaviour. */
export type SelfCheckAnswered = Base & {
  type: 'self-check-answered';
  targetId: TargetId;
  answer: SelfCheckAnswer;
  prompt: SelfCheckPrompt;
  /** Whether an adult is asked to rate the same moment, by the teacher's check schedule. */
  checkRequested: boolean;
};
/** An adult's own rating of the moment a student answered, made without seeing the answer. */
export type AdultCheck = Base & {
  type: 'adult-check';
  targetId: TargetId;
  answerEvent: EventId;
  answer: SelfCheckAnswer;
};
/** The student's answer and the adult's check compared: recorded with the check. */
export type CheckMatched = Base & {
  type: 'check-matched';
  answerEvent: EventId;
  adultCheck: EventId;
  matched: boolean;
  /** On a 1–5 answer, the student's level minus the adult's: above 0, the student rated higher. */
  difference?: number;
};
/**
 * Why the student rated on their five-point scale: the check-in as the day starts, the check-in
 * of a step, or on demand ("I want to tell how I feel"), asked for by the student or an adult.
 */
export type RatingContext =
  | { kind: 'check-in' }
  | { kind: 'step'; stepId: StepId }
  | { kind: 'on-demand'; askedBy: 'student' | 'adult' };
/** The student rated how they are on their five-point scale. */
export type ScaleRated = Base & {
  type: 'scale-rated';
  scaleId: ScaleId;
  level: ScaleLevel;
  context: RatingContext;
};
/** An adult's word on how much support a part of the day took, in one of the four support levels. */
export type SupportNoted = Base & FromPaper & { type: 'support-noted'; stepId: StepId; level: SupportLevel };
/** The teacher accepted a fading suggestion: the plan for an activity moved on, on this evidence. */
export type PlanAdvanced = Base & {
  type: 'plan-advanced';
  planId: PlanId;
  cardId: CardId;
  from: PlanStage;
  to: PlanStage;
  evidence: DayEvidence[];
};
/** The teacher changed what the adults do for an activity: the paras are shown it until they acknowledge. */
export type PlanChanged = Base & { type: 'plan-changed'; planId: PlanId; change: PlanChange };
/** The teacher changed the steps of a schedule the adults follow: shown to the paras like a plan change. */
export type ScheduleChanged = Base & { type: 'schedule-changed'; change: ScheduleChange };
/** The teacher changed a support the adults carry out (token board, alert ratings, staff response, check-in): told like a plan change. */
export type SupportChanged = Base & { type: 'support-changed'; change: SupportChange };
/** An adult tapped "seen" on the plan changes shown to them: the ids shown, not a time (see plan-changes.ts). */
export type PlanChangesSeen = Base & { type: 'plan-changes-seen'; seen: EventId[] };
/** The start-of-day needs check-in, from what the para saw or the family's note said (see needs.ts). */
export type NeedsNoted = Base & {
  type: 'needs-noted';
  answers: Partial<Record<Need, NeedAnswer>>;
  fromFamily: boolean;
  note?: string;
};
/** The teacher watched an adult carry out the plan: each point marked, and the feedback given. */
export type ObservationMade = Base & {
  type: 'observation-made';
  observed: StaffId;
  marks: Partial<Record<ObservationPoint, ObservationMark>>;
  feedback?: string;
};
/** An adult put a "wait" card with its own timer in front of the student's day (see waiting.ts). */
export type WaitStarted = Base & { type: 'wait-started'; seconds: number };
/** An adult ended a wait before its time was over. */
export type WaitEnded = Base & { type: 'wait-ended'; wait: EventId };
/** What an adult did after a rating at an alert level: the staff response the plan gives, or something else. */
export const STAFF_RESPONSES = ['planned', 'other'] as const;
export type StaffResponse = (typeof STAFF_RESPONSES)[number];
/** An adult says what they did about the alert ratings shown to them (see distress.ts). */
export type StaffResponded = Base & {
  type: 'staff-responded';
  ratings: EventId[];
  response: StaffResponse;
  /** What the adult did, in a few words; asked for when it was not the planned response. */
  note?: string;
};
/** Why the teacher marked days as not counted (see not-counted.ts). */
export const NOT_COUNTED_REASONS = ['absence', 'fire-drill', 'substitute-day', 'other'] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];
/**
 * The teacher marked a school day, or a span of them, as not counted: they leave every figure. The
 * event's own day is when it was marked; `from` and `to` are the days it covers, both included.
 */
export type DaysNotCounted = Base & {
  type: 'days-not-counted';
  from: SchoolDay;
  to: SchoolDay;
  reason: NotCountedReason;
  note?: string;
};
/** A correction: cancels the effect of an earlier event, which itself stays in the log. */
export type Voided = Base & { type: 'voided'; target: EventId; reason: string };

export type AppEvent =
  | StepShown
  | StepStarted
  | StepFinished
  | ObserverRecorded
  | ChangeInserted
  | NoteAdded
  | ChoiceMade
  | BoardOpened
  | BoardClosed
  | OrderChosen
  | ReinforcerChosen
  | TokenGiven
  | RewardUsed
  | SelfCheckAnswered
  | AdultCheck
  | CheckMatched
  | ScaleRated
  | SupportNoted
  | PlanAdvanced
  | PlanChanged
  | PlanChangesSeen
  | ScheduleChanged
  | SupportChanged
  | StaffResponded
  | WaitStarted
  | WaitEnded
  | NeedsNoted
  | ObservationMade
  | DaysNotCounted
  | Voided;
export type EventType = AppEvent['type'];

export const NOTE_MAX_LENGTH = 500;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a caller knows about an event; the stamp (id, time, day, device) is added when it is recorded. */
export type EventDraft = DistributiveOmit<AppEvent, 'id' | 'at' | 'day' | 'deviceId'>;
