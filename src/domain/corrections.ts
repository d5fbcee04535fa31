import type { AppEvent } from './events';
import type { EventId } from './ids';

/** The ids that corrections in a log have cancelled. */
export function voidedTargets(events: Iterable<AppEvent>): Set<EventId> {
  const voided = new Set<EventId>();
  for (const event of events) if (event.type === 'voided') voided.add(event.target);
  return voided;
}
