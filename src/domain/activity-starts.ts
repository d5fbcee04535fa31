// Per activity of a day's schedule (by card): how many of its starts there were and how many the
// student made on their own, its mini-steps counted apart under it. Kept in the day rollup beside
// the support map, and set again with it, so the review reads it without reading the log.
import { voidedTargets } from './corrections';
import { type AppEvent, PROMPT_LEVELS, type PromptLevel, type StepStarted } from './events';
import type { CardId, StepId } from './ids';
import type { ScheduleItem } from './schedule';

export type StartCount = { starts: number; independent: number };
export type ActivityStartCount = StartCount & {
  /**
   * The most help any of the activity's own starts needed, for the correct waits of a time delay
   * (time-delay.ts). Missing on rollups written before it was kept.
   */
  mostHelp?: PromptLevel;
  miniSteps?: Partial<Record<CardId, StartCount>>;
};
/** One day's starts per activity (card); activities without a start are left out. */
export type DayActivityStarts = Partial<Record<CardId, ActivityStartCount>>;

/**
 * Whether a day with starts was counted before its rollup kept what it keeps now: no counts per
 * activity at all, or an activity started without the most help its starts needed.
 */
export function countedBeforeNow(day: { stepsStarted: number; activityStarts?: DayActivityStarts }): boolean {
  if (day.stepsStarted === 0) return false;
  if (!day.activityStarts) return true;
  return Object.values(day.activityStarts).some(
    (activity) => activity !== undefined && activity.starts > 0 && activity.mostHelp === undefined,
  );
}

const added = (count: StartCount | undefined, more: StartCount): StartCount => ({
  starts: (count?.starts ?? 0) + more.starts,
  independent: (count?.independent ?? 0) + more.independent,
});

function moreHelpOf(a: PromptLevel | undefined, b: PromptLevel | undefined): PromptLevel | undefined {
  if (a === undefined) return b;
  return b !== undefined && PROMPT_LEVELS.indexOf(b) > PROMPT_LEVELS.indexOf(a) ? b : a;
}

/** The day's starts per activity, from its schedule and its events (corrections respected). */
export function dayActivityStarts(
  items: readonly ScheduleItem[],
  events: readonly AppEvent[],
): DayActivityStarts {
  const voided = voidedTargets(events);
  const byStep = new Map<StepId, StartCount>();
  const mostHelpByStep = new Map<StepId, PromptLevel>();
  for (const event of events) {
    if (event.type !== 'step-started' || voided.has(event.id)) continue;
    const start: StepStarted = event;
    byStep.set(
      start.stepId,
      added(byStep.get(start.stepId), { starts: 1, independent: start.prompt === 'independent' ? 1 : 0 }),
    );
    mostHelpByStep.set(
      start.stepId,
      moreHelpOf(mostHelpByStep.get(start.stepId), start.prompt) ?? start.prompt,
    );
  }
  const byCard: DayActivityStarts = {};
  for (const item of items) {
    const own = byStep.get(item.id);
    const miniSteps: Partial<Record<CardId, StartCount>> = {};
    for (const mini of item.miniSteps) {
      const count = byStep.get(mini.id);
      if (count) miniSteps[mini.cardId] = added(miniSteps[mini.cardId], count);
    }
    const hasMini = Object.keys(miniSteps).length > 0;
    if (!own && !hasMini) continue;
    const before = byCard[item.cardId];
    const mostHelp = moreHelpOf(before?.mostHelp, mostHelpByStep.get(item.id));
    const total = {
      ...added(before, own ?? { starts: 0, independent: 0 }),
      ...(mostHelp ? { mostHelp } : {}),
    };
    const mergedMini = { ...before?.miniSteps };
    for (const [cardId, count] of Object.entries(miniSteps) as [CardId, StartCount][])
      mergedMini[cardId] = added(mergedMini[cardId], count);
    byCard[item.cardId] = Object.keys(mergedMini).length > 0 ? { ...total, miniSteps: mergedMini } : total;
  }
  return byCard;
}

/** An activity's starts over many days, its mini-steps apart. */
export type ActivityFigures = StartCount & { cardId: CardId; miniSteps: (StartCount & { cardId: CardId })[] };

/** The days' starts per activity added up, activities in the order they first appear. */
export function activitiesOverDays(days: readonly DayActivityStarts[]): ActivityFigures[] {
  const byCard = new Map<CardId, { count: StartCount; miniSteps: Map<CardId, StartCount> }>();
  for (const day of days)
    for (const [cardId, count] of Object.entries(day) as [CardId, ActivityStartCount][]) {
      const activity = byCard.get(cardId) ?? { count: { starts: 0, independent: 0 }, miniSteps: new Map() };
      activity.count = added(activity.count, count);
      for (const [miniCard, miniCount] of Object.entries(count.miniSteps ?? {}) as [CardId, StartCount][])
        activity.miniSteps.set(miniCard, added(activity.miniSteps.get(miniCard), miniCount));
      byCard.set(cardId, activity);
    }
  return [...byCard.entries()].map(([cardId, { count, miniSteps }]) => ({
    cardId,
    ...count,
    miniSteps: [...miniSteps.entries()].map(([miniCard, miniCount]) => ({ cardId: miniCard, ...miniCount })),
  }));
}
