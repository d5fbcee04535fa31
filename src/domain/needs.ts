// The start-of-day needs check-in: what a para learns as the student arrives (or reads in the
// family's note) that changes the day — slept, ate, feeling unwell, medication given at home.
// The teacher chooses the items per student; the para bar shows the answers all day.
import { voidedTargets } from './corrections';
import type { AppEvent, NeedsNoted } from './events';

export const NEEDS = ['slept', 'ate', 'unwell', 'medication'] as const;
export type Need = (typeof NEEDS)[number];

export const NEED_ANSWERS = ['yes', 'no', 'not-known'] as const;
export type NeedAnswer = (typeof NEED_ANSWERS)[number];

/** The day's needs check-in: the latest recorded counts (a para may correct it); voided ones do not. */
export function needsOfDay(events: readonly AppEvent[]): NeedsNoted | undefined {
  const voided = voidedTargets(events);
  let latest: NeedsNoted | undefined;
  for (const event of events)
    if (event.type === 'needs-noted' && !voided.has(event.id) && (!latest || event.at >= latest.at))
      latest = event;
  return latest;
}
