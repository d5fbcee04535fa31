// How much support each part of the student's day takes: on their own, with the teacher's help to
// start, with a peer's, or with an adult throughout. That map is where fading is planned.
// A para's word on it wins; without one, the prompts recorded for the part tell it.

import { voidedTargets } from './corrections';
import type { AppEvent, PromptLevel, StepStarted, SupportNoted } from './events';
import type { CardId } from './ids';
import type { ScheduleItem } from './schedule';
import type { SupportLevel } from './support-levels';

const byAdult = (prompt: PromptLevel) => prompt !== 'independent' && prompt !== 'peer';

/**
 * The support a part of the day took, read from its starts (its own and its mini-steps'):
 * all on their own is independent; an adult's prompt after the part was under way is adult
 * support throughout; an adult's prompt only to get it going is the teacher helping start; and
 * a peer's cue with no adult's is peer support. No start recorded: no level (no data is not
 * "independent").
 */
export function derivedSupport(item: ScheduleItem, events: readonly AppEvent[]): SupportLevel | undefined {
  const voided = voidedTargets(events);
  const stepIds = new Set([item.id, ...item.miniSteps.map((mini) => mini.id)]);
  const starts = events.filter(
    (event): event is StepStarted =>
      event.type === 'step-started' && stepIds.has(event.stepId) && !voided.has(event.id),
  );
  if (starts.length === 0) return undefined;
  if (starts.every((start) => start.prompt === 'independent')) return 'independent';
  const own = starts.filter((start) => start.stepId === item.id);
  const later = starts.filter((start) => start.stepId !== item.id);
  if (later.some((start) => byAdult(start.prompt))) return 'adult-throughout';
  if (own.some((start) => byAdult(start.prompt))) return 'teacher-helps-start';
  return 'peer-support';
}

/** The level an adult recorded last for a part of the day, if any (corrections respected). */
export function recordedSupport(item: ScheduleItem, events: readonly AppEvent[]): SupportLevel | undefined {
  const voided = voidedTargets(events);
  let latest: SupportNoted | undefined;
  for (const event of events) {
    if (event.type !== 'support-noted' || event.stepId !== item.id || voided.has(event.id)) continue;
    if (!latest || event.at > latest.at || (event.at === latest.at && event.id > latest.id)) latest = event;
  }
  return latest?.level;
}

export type SupportEntry = {
  item: ScheduleItem;
  level?: SupportLevel;
  /** Whether an adult said so, or the prompts tell it. */
  source?: 'recorded' | 'prompts';
};

/** The map of the student's day: each part with its support, recorded or derived. */
export function supportMap(items: readonly ScheduleItem[], events: readonly AppEvent[]): SupportEntry[] {
  return items.map((item) => {
    const recorded = recordedSupport(item, events);
    if (recorded) return { item, level: recorded, source: 'recorded' };
    const derived = derivedSupport(item, events);
    return derived ? { item, level: derived, source: 'prompts' } : { item };
  });
}

/** One day's support map counted per activity (card): how many of its parts took each level. */
export type DaySupport = Partial<Record<CardId, Partial<Record<SupportLevel, number>>>>;

/** The day's map in the form a day rollup keeps it. Parts without a level are not counted. */
export function daySupport(items: readonly ScheduleItem[], events: readonly AppEvent[]): DaySupport {
  const byCard: DaySupport = {};
  for (const entry of supportMap(items, events)) {
    if (!entry.level) continue;
    const counts = byCard[entry.item.cardId] ?? {};
    counts[entry.level] = (counts[entry.level] ?? 0) + 1;
    byCard[entry.item.cardId] = counts;
  }
  return byCard;
}

/** Per activity (card), how many school days of a range took each level of support. */
export type ActivitySupport = { cardId: CardId; days: Partial<Record<SupportLevel, number>> };

/**
 * The support map over many days, from each day's map, so a part of the day reads "on their own
 * 8 days, a start from the teacher 2 days". Days where an activity has no level (absent, not
 * started) are not counted.
 */
export function supportOverDays(days: readonly DaySupport[]): ActivitySupport[] {
  const byCard = new Map<CardId, Partial<Record<SupportLevel, number>>>();
  for (const day of days)
    for (const [cardId, levels] of Object.entries(day) as [CardId, Partial<Record<SupportLevel, number>>][]) {
      const counts = byCard.get(cardId) ?? {};
      for (const [level, count] of Object.entries(levels) as [SupportLevel, number][])
        counts[level] = (counts[level] ?? 0) + count;
      byCard.set(cardId, counts);
    }
  return [...byCard.entries()].map(([cardId, days]) => ({ cardId, days }));
}
