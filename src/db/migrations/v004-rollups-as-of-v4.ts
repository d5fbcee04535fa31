// The day rollups as version 4 of the schema defined them, computed from the log: a frozen copy of
// the rules of that time, so this migration does the same on every tablet however the live code
// changes later. It reads rows as stored, not through the app's types; do not edit it to follow
// new rules: a later version that changes what a rollup holds rebuilds them in a migration of its
// own.

type Row = Record<string, unknown>;
type LoggedEvent = Row & { id: string; at: number; day: string; studentId: string; type: string };
type ScheduleRow = { studentId: string; slot: { kind: string; day?: string }; items: ItemRow[] };
type ItemRow = { id: string; cardId: string; miniSteps: { id: string }[] };

const PROMPT_LEVELS = [
  'independent',
  'peer',
  'gestural',
  'verbal',
  'model',
  'partial-physical',
  'full-physical',
];
const SCALE_LEVELS = [1, 2, 3, 4, 5];
const DAY_PARTS = ['morning', 'midday', 'afternoon'];

type SelfCheckDay = { answers: number; yes: number; yesNo: number; checks: number; matches: number };
export type RollupV4 = {
  studentId: string;
  day: string;
  stepsShown: number;
  stepsStarted: number;
  stepsFinished: number;
  startsByPrompt: Record<string, number>;
  latencyMsTotal: number;
  durationMsTotal: number;
  notes: number;
  changes: number;
  choices: number;
  tokens: number;
  rewards: number;
  ratings: Record<number, number>;
  ratingsByPart: Record<string, { count: number; levelTotal: number }>;
  selfChecks: Record<string, SelfCheckDay>;
  support: Record<string, Record<string, number>>;
};

const zeros = <K extends string | number>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyRollup(studentId: string, day: string): RollupV4 {
  return {
    studentId,
    day,
    stepsShown: 0,
    stepsStarted: 0,
    stepsFinished: 0,
    startsByPrompt: zeros(PROMPT_LEVELS),
    latencyMsTotal: 0,
    durationMsTotal: 0,
    notes: 0,
    changes: 0,
    choices: 0,
    tokens: 0,
    rewards: 0,
    ratings: zeros(SCALE_LEVELS),
    ratingsByPart: Object.fromEntries(DAY_PARTS.map((part) => [part, { count: 0, levelTotal: 0 }])),
    selfChecks: {},
    support: {},
  };
}

function dayPartOf(at: number): string {
  const hour = new Date(at).getHours();
  if (hour < 11) return 'morning';
  if (hour < 13) return 'midday';
  return 'afternoon';
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

function selfCheckOf(rollup: RollupV4, targetId: string): SelfCheckDay {
  rollup.selfChecks[targetId] ??= { answers: 0, yes: 0, yesNo: 0, checks: 0, matches: 0 };
  return rollup.selfChecks[targetId];
}

/** One counted event's figures added to its day. */
function add(rollup: RollupV4, event: LoggedEvent, answerTargets: ReadonlyMap<string, string>): void {
  switch (event.type) {
    case 'step-shown':
      rollup.stepsShown += 1;
      return;
    case 'step-started': {
      const prompt = String(event.prompt);
      rollup.stepsStarted += 1;
      rollup.startsByPrompt[prompt] = num(rollup.startsByPrompt[prompt]) + 1;
      rollup.latencyMsTotal += num(event.latencyMs);
      return;
    }
    case 'step-finished':
      rollup.stepsFinished += 1;
      rollup.durationMsTotal += num(event.durationMs);
      return;
    case 'note':
      rollup.notes += 1;
      return;
    case 'change-inserted':
      rollup.changes += 1;
      return;
    case 'choice-made':
    case 'order-chosen':
      rollup.choices += 1;
      return;
    case 'token-given':
      rollup.tokens += 1;
      return;
    case 'reward-used':
      rollup.rewards += 1;
      return;
    case 'scale-rated': {
      const level = num(event.level);
      const part = rollup.ratingsByPart[dayPartOf(event.at)] ?? { count: 0, levelTotal: 0 };
      rollup.ratings[level] = num(rollup.ratings[level]) + 1;
      rollup.ratingsByPart[dayPartOf(event.at)] = {
        count: part.count + 1,
        levelTotal: part.levelTotal + level,
      };
      return;
    }
    case 'self-check-answered': {
      const figures = selfCheckOf(rollup, String(event.targetId));
      figures.answers += 1;
      if (event.answer === 'yes') figures.yes += 1;
      if (event.answer === 'yes' || event.answer === 'no') figures.yesNo += 1;
      return;
    }
    case 'check-matched': {
      const target = answerTargets.get(String(event.answerEvent));
      if (!target) return;
      const figures = selfCheckOf(rollup, target);
      figures.checks += 1;
      if (event.matched === true) figures.matches += 1;
      return;
    }
    default:
      // Boards opened and closed, reinforcers, adult checks, support notes, plan changes and
      // corrections had no daily figure of their own in version 4.
      return;
  }
}

const byAdult = (prompt: unknown) => prompt !== 'independent' && prompt !== 'peer';

/** The support a part of the day took: an adult's latest word, else what its starts tell. */
function supportOf(item: ItemRow, sources: readonly LoggedEvent[]): string | undefined {
  const noted = sources
    .filter((event) => event.type === 'support-noted' && event.stepId === item.id)
    .reduce<LoggedEvent | undefined>(
      (latest, event) =>
        !latest || event.at > latest.at || (event.at === latest.at && event.id > latest.id) ? event : latest,
      undefined,
    );
  if (noted) return String(noted.level);
  const stepIds = new Set([item.id, ...item.miniSteps.map((mini) => mini.id)]);
  const starts = sources.filter(
    (event) => event.type === 'step-started' && stepIds.has(String(event.stepId)),
  );
  if (starts.length === 0) return undefined;
  if (starts.every((start) => start.prompt === 'independent')) return 'independent';
  if (starts.some((start) => start.stepId !== item.id && byAdult(start.prompt))) return 'adult-throughout';
  if (starts.some((start) => start.stepId === item.id && byAdult(start.prompt))) return 'teacher-helps-start';
  return 'peer-support';
}

function daySupport(items: readonly ItemRow[], sources: readonly LoggedEvent[]): RollupV4['support'] {
  const byCard: RollupV4['support'] = {};
  for (const item of items) {
    const level = supportOf(item, sources);
    if (!level) continue;
    const counts = byCard[item.cardId] ?? {};
    counts[level] = (counts[level] ?? 0) + 1;
    byCard[item.cardId] = counts;
  }
  return byCard;
}

type Table<T> = {
  each(callback: (row: T) => void): PromiseLike<unknown>;
  where(index: 'type'): { equals(type: string): { toArray(): PromiseLike<T[]> } };
};

/** Every day's rollup as version 4 counted it, streaming the log once. */
export async function rollupsAsOfV4(
  events: Table<LoggedEvent>,
  schedules: { each(callback: (row: ScheduleRow) => void): PromiseLike<unknown> },
): Promise<RollupV4[]> {
  const voided = new Set(
    (await events.where('type').equals('voided').toArray()).map((event) => String(event.target)),
  );
  const answerTargets = new Map(
    (await events.where('type').equals('self-check-answered').toArray()).map((event) => [
      event.id,
      String(event.targetId),
    ]),
  );
  const byKey = new Map<string, RollupV4>();
  const supportSources = new Map<string, LoggedEvent[]>();
  await events.each((event) => {
    const key = `${event.studentId}|${event.day}`;
    const rollup = byKey.get(key) ?? emptyRollup(event.studentId, event.day);
    byKey.set(key, rollup);
    // A match stands with its adult check: voiding either takes it out.
    if (voided.has(event.id) || (event.type === 'check-matched' && voided.has(String(event.adultCheck))))
      return;
    add(rollup, event, answerTargets);
    if (event.type !== 'step-started' && event.type !== 'support-noted') return;
    const sources = supportSources.get(key);
    if (sources) sources.push(event);
    else supportSources.set(key, [event]);
  });
  const daySchedules = new Map<string, ItemRow[]>();
  await schedules.each((schedule) => {
    if (schedule.slot.kind === 'day')
      daySchedules.set(`${schedule.studentId}|${schedule.slot.day}`, schedule.items);
  });
  return [...byKey.entries()].map(([key, rollup]) => {
    const items = daySchedules.get(key);
    const sources = supportSources.get(key);
    return items && sources ? { ...rollup, support: daySupport(items, sources) } : rollup;
  });
}
