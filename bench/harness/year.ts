// The bench's school year, made from a seed: the same seed and last day give the same days,
// schedules and events at the same moments (the ids the repositories give records are their own).
// Pure: the harness (main.ts) writes what this makes through the app's repositories.
import {
  type AppEvent,
  type EventDraft,
  PROMPT_LEVELS,
  type PromptLevel,
  type ScaleLevel,
} from '../../src/domain/events';
import {
  type BoardId,
  type CardId,
  type DeviceId,
  type OptionId,
  type RandomBytes,
  type ScaleId,
  type StaffId,
  type StudentId,
  type TargetId,
  ulid,
} from '../../src/domain/ids';
import type { Schedule, ScheduleItem, Weekday } from '../../src/domain/schedule';
import { MAX_INTERVAL_SECONDS } from '../../src/domain/self-monitoring';
import type { SupportLevel } from '../../src/domain/support-levels';
import { dayBounds, type SchoolDay, schoolDayOf } from '../../src/domain/time';

/** Bump when the year changes shape, so a cached year is made again. */
export const GENERATOR_VERSION = 2;

/** The seed of `npm run bench` unless BENCH_SEED says otherwise. */
export const DEFAULT_SEED = 20_260_901;

export const YEAR_SHAPE = { students: 30, schoolDays: 180, minSteps: 8, maxSteps: 12 } as const;

/** Seconds between self-check questions: the longest interval a teacher can choose. */
export const SELF_CHECK_SECONDS = MAX_INTERVAL_SECONDS;
const TOKENS_PER_REWARD = 5;
/** The step of the day (from 0) during which the para may open the recess board. */
const CHOICE_STEP = 3;
/** Share of steps on which the para notes the support given. */
const SUPPORT_NOTE_SHARE = 0.8;

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
  bytes: RandomBytes;
};

/** mulberry32: small, fast and good enough to make a classroom's year. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(list: readonly T[]): T => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    bytes: (length) => Uint8Array.from({ length }, () => Math.floor(next() * 256)),
  };
}

/** A stream of its own per student (and per purpose), so the order of writing changes nothing. */
export const streamOf = (seed: number, student: number, purpose: number) =>
  seededRandom((seed * 7919 + student * 104_729 + purpose * 15_485_863) >>> 0);

/** The activities of the classroom's day; some are followed step by step (mini-schedules). */
export const ACTIVITIES = [
  'Arrival',
  'Morning meeting',
  'Reading',
  'Writing',
  'Math',
  'Snack',
  'Recess',
  'Science',
  'Lunch',
  'Music',
  'Art',
  'PE',
  'Library',
  'Computer',
  'Social skills',
  'Quiet time',
  'Pack up',
  'Bus',
] as const;
const MINI_SCHEDULES: Partial<Record<(typeof ACTIVITIES)[number], readonly string[]>> = {
  Reading: ['Get book', 'Find page', 'Read page', 'Answer question', 'Put book away'],
  Writing: ['Get pencil', 'Write name', 'Write sentence', 'Check work'],
  Math: ['Get pencil', 'Worksheet', 'Check work', 'Hand in', 'Put away'],
  Science: ['Get materials', 'Watch', 'Try it', 'Clean up'],
  'Pack up': ['Get bag', 'Put folder in', 'Put coat on'],
};
export const CARD_LABELS: readonly string[] = [
  ...new Set([...ACTIVITIES, ...Object.values(MINI_SCHEDULES).flat(), 'Swing', 'Slide', 'Sandbox', 'Ball']),
];
/** The options of the recess choice board. */
export const RECESS_CHOICES = ['Swing', 'Slide', 'Sandbox', 'Ball'] as const;
const MIDDLE = ACTIVITIES.filter((label) => label !== 'Arrival' && label !== 'Bus');

/** A weekday's schedule of one student: Arrival, 6 to 10 activities of the day in order, Bus. */
export function weekdayTemplate(
  random: Random,
  cards: ReadonlyMap<string, CardId>,
  at: number,
): ScheduleItem[] {
  const cardOf = (label: string) => {
    const id = cards.get(label);
    if (!id) throw new Error(`no card for ${label}`);
    return id;
  };
  const count = random.int(YEAR_SHAPE.minSteps - 2, YEAR_SHAPE.maxSteps - 2);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(random.pick(MIDDLE));
  const labels = ['Arrival', ...MIDDLE.filter((label) => chosen.has(label)), 'Bus'];
  return labels.map((label) => ({
    id: ulid<'step'>(at, random.bytes),
    cardId: cardOf(label),
    miniSteps: (MINI_SCHEDULES[label as keyof typeof MINI_SCHEDULES] ?? []).map((mini) => ({
      id: ulid<'step'>(at, random.bytes),
      cardId: cardOf(mini),
    })),
    ...(random.chance(0.5) ? { durationMinutes: random.pick([5, 10, 15, 20, 30]) } : {}),
  }));
}

/** What a student has besides the schedule: every third student has no scale and no self-check. */
export type StudentSetup = {
  index: number;
  studentId: StudentId;
  paraId: StaffId;
  scaleId?: ScaleId;
  targetId?: TargetId;
  tokens: boolean;
  board: { boardId: BoardId; options: readonly { id: OptionId; cardId: CardId }[] };
  /** Share of starts on their own at the year's start and end: the independence they gain. */
  growth: { from: number; to: number };
};

export const hasSelfReports = (index: number) => index % 3 !== 0;
/** Two students in three earn tokens toward a reward. */
export const usesTokens = (index: number) => index % 3 !== 2;

export function growthOf(random: Random): StudentSetup['growth'] {
  const from = 0.1 + random.next() * 0.3;
  return { from, to: Math.min(0.95, from + 0.2 + random.next() * 0.4) };
}

const WEEKDAY_MS = 24 * 60 * 60 * 1000;

/** The `count` school days (Monday to Friday) before `end`, oldest first. */
export function schoolDaysBefore(end: SchoolDay, count: number): SchoolDay[] {
  const days: SchoolDay[] = [];
  // Noon, so a change to or from summer time never skips or repeats a day.
  let at = dayBounds(end).from + 12 * 60 * 60 * 1000;
  while (days.length < count) {
    at -= WEEKDAY_MS;
    const weekday = new Date(at).getDay();
    if (weekday !== 0 && weekday !== 6) days.push(schoolDayOf(at));
  }
  return days.reverse();
}

export const weekdayOfDate = (day: SchoolDay): Weekday => {
  const weekday = new Date(dayBounds(day).from).getDay();
  return (weekday >= 1 && weekday <= 5 ? weekday : 1) as Weekday;
};

/** Every level of help short of none, in the order of PROMPT_WEIGHTS. */
const PROMPTS: readonly PromptLevel[] = PROMPT_LEVELS.filter((level) => level !== 'independent');
const PROMPT_WEIGHTS = [1, 4, 4, 2, 1, 0.5];
const NOTES = [
  'Tired after the weekend.',
  'Great focus in Math.',
  'Needed a break before Lunch.',
  'Helped a friend.',
];

function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = random.next() * total;
  for (const [index, item] of items.entries()) {
    left -= weights[index] ?? 0;
    if (left < 0) return item;
  }
  return random.pick(items);
}

function supportOf(prompt: PromptLevel): SupportLevel {
  if (prompt === 'independent') return 'independent';
  if (prompt === 'peer') return 'peer-support';
  if (prompt === 'gestural' || prompt === 'verbal') return 'teacher-helps-start';
  return 'adult-throughout';
}

/**
 * One student's school day as the kiosk, the para bar and the self-checks would have recorded it:
 * each step shown, started (on their own or after a prompt) and finished, with its mini-schedule,
 * tokens and rewards, support noted, a para's record undone and made again now and then, the
 * check-in and self-check answers with the adult's checks, a choice at recess and a note.
 * `yearShare` runs from 0 on the first day to 1 on the last: independence grows with it.
 */
export function dayEvents(
  random: Random,
  student: StudentSetup,
  schedule: Schedule,
  day: SchoolDay,
  yearShare: number,
  deviceId: DeviceId,
): AppEvent[] {
  const events: AppEvent[] = [];
  const { studentId } = student;
  const kid = { kind: 'student' } as const;
  const para = { kind: 'staff', staffId: student.paraId } as const;
  const add = (draft: EventDraft, at: number): AppEvent => {
    const event = { ...draft, id: ulid<'event'>(at, random.bytes), at, day, deviceId } as AppEvent;
    events.push(event);
    return event;
  };
  const dayStart = dayBounds(day).from + 8 * 60 * 60 * 1000;
  let at = dayStart + random.int(0, 600) * 1000;
  const ownShare = Math.min(
    0.98,
    Math.max(
      0.02,
      student.growth.from +
        (student.growth.to - student.growth.from) * yearShare +
        (random.next() - 0.5) * 0.2,
    ),
  );

  if (student.scaleId) {
    const level = weighted<ScaleLevel>(random, [1, 2, 3, 4, 5], [3, 4, 2, 1, 0.3]);
    add(
      {
        type: 'scale-rated',
        studentId,
        actor: kid,
        scaleId: student.scaleId,
        level,
        context: { kind: 'check-in' },
      },
      at,
    );
    at += random.int(20, 90) * 1000;
  }
  let tokens = 0;
  const undoToday = random.chance(0.4) ? random.int(0, schedule.items.length - 1) : -1;
  for (const [index, item] of schedule.items.entries()) {
    add({ type: 'step-shown', studentId, actor: kid, scheduleId: schedule.id, stepId: item.id }, at);
    const prompt = random.chance(ownShare) ? 'independent' : weighted(random, PROMPTS, PROMPT_WEIGHTS);
    const latencyMs = random.int(prompt === 'independent' ? 2 : 5, prompt === 'independent' ? 25 : 90) * 1000;
    at += latencyMs;
    const start = (level: PromptLevel) =>
      add(
        {
          type: 'step-started',
          studentId,
          actor: level === 'independent' ? kid : para,
          stepId: item.id,
          prompt: level,
          latencyMs,
        },
        at,
      );
    const started = start(prompt);
    if (index === undoToday && prompt !== 'independent') {
      // The para tapped the wrong level, undid it within seconds and recorded the right one.
      at += random.int(2, 8) * 1000;
      add({ type: 'voided', studentId, actor: para, target: started.id, reason: 'undone' }, at);
      start(weighted(random, PROMPTS, PROMPT_WEIGHTS));
    }
    if (random.chance(SUPPORT_NOTE_SHARE)) {
      at += random.int(5, 40) * 1000;
      add({ type: 'support-noted', studentId, actor: para, stepId: item.id, level: supportOf(prompt) }, at);
    }
    const stepStart = at;
    for (const mini of item.miniSteps) {
      const ref = { stepId: mini.id, parentStepId: item.id };
      add({ type: 'step-shown', studentId, actor: kid, scheduleId: schedule.id, ...ref }, at);
      const miniLatency = random.int(1, 20) * 1000;
      at += miniLatency;
      const miniPrompt = random.chance(Math.min(0.98, ownShare + 0.2)) ? 'independent' : 'gestural';
      add(
        {
          type: 'step-started',
          studentId,
          actor: miniPrompt === 'independent' ? kid : para,
          ...ref,
          prompt: miniPrompt,
          latencyMs: miniLatency,
        },
        at,
      );
      const miniDuration = random.int(60, 420) * 1000;
      at += miniDuration;
      add({ type: 'step-finished', studentId, actor: kid, ...ref, durationMs: miniDuration }, at);
    }
    if (index === CHOICE_STEP && random.chance(0.5)) {
      const opening = add(
        { type: 'board-opened', studentId, actor: para, boardId: student.board.boardId },
        at,
      );
      const option = random.pick(student.board.options);
      at += random.int(5, 30) * 1000;
      add(
        {
          type: 'choice-made',
          studentId,
          actor: kid,
          boardId: student.board.boardId,
          optionId: option.id,
          cardId: option.cardId,
          opening: opening.id,
        },
        at,
      );
    }
    const minutes = item.durationMinutes ?? random.int(8, 30);
    at = Math.max(at, stepStart) + Math.round(minutes * 60_000 * (0.7 + random.next() * 0.6));
    add({ type: 'step-finished', studentId, actor: kid, stepId: item.id, durationMs: at - stepStart }, at);
    if (student.tokens) {
      add({ type: 'token-given', studentId, actor: kid, stepId: item.id }, at);
      tokens++;
      if (tokens % TOKENS_PER_REWARD === 0) {
        at += random.int(10, 60) * 1000;
        add({ type: 'reward-used', studentId, actor: kid, minutes: 5 }, at);
      }
    }
    at += random.int(1, 30) * 1000;
  }
  const dayEnd = at;

  if (student.targetId) {
    const targetId = student.targetId;
    for (let due = dayStart + SELF_CHECK_SECONDS * 1000; due < dayEnd; due += SELF_CHECK_SECONDS * 1000) {
      const answeredAt = due + random.int(3, 40) * 1000;
      const yes = random.chance(0.5 + yearShare * 0.3);
      const checkRequested = random.chance(0.25);
      const answer = add(
        {
          type: 'self-check-answered',
          studentId,
          actor: kid,
          targetId,
          answer: yes ? 'yes' : 'no',
          prompt: { kind: 'interval', dueAt: due },
          checkRequested,
        },
        answeredAt,
      );
      if (!checkRequested) continue;
      const agrees = random.chance(0.6 + yearShare * 0.3);
      const adultAnswer = agrees === yes ? 'yes' : 'no';
      const check = add(
        {
          type: 'adult-check',
          studentId,
          actor: para,
          targetId,
          answerEvent: answer.id,
          answer: adultAnswer,
        },
        answeredAt + 20_000,
      );
      add(
        {
          type: 'check-matched',
          studentId,
          actor: para,
          answerEvent: answer.id,
          adultCheck: check.id,
          matched: agrees,
        },
        answeredAt + 20_001,
      );
    }
    if (student.scaleId && random.chance(0.5)) {
      const level = weighted<ScaleLevel>(random, [1, 2, 3, 4, 5], [2, 3, 3, 2, 1]);
      add(
        {
          type: 'scale-rated',
          studentId,
          actor: kid,
          scaleId: student.scaleId,
          level,
          context: { kind: 'on-demand', askedBy: 'student' },
        },
        dayStart + random.int(60, 300) * 60_000,
      );
    }
  }
  if (random.chance(0.3)) add({ type: 'note', studentId, actor: para, text: random.pick(NOTES) }, dayEnd);
  return events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}
