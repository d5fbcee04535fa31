// A daily note home (issue 23): what the day's records say, kept as data; the words are made in
// the family's language when the note is shown or printed, never stored.
import { voidedTargets } from './corrections';
import type { AppEvent, ScaleLevel } from './events';
import type { CardId } from './ids';
import type { ScheduleItem } from './schedule';

/** The longest sentence an adult adds to a note: a line or two, as on a paper note. */
export const HOME_NOTE_SENTENCE_MAX_LENGTH = 280;

export type HomeNoteDraft = {
  /** The activities the student started on their own, in the order of the day. */
  onTheirOwn: CardId[];
  /** Steps started, and of them without a prompt. */
  started: number;
  independent: number;
  finished: number;
  /** The day's five-point ratings, in the order they were made. */
  ratings: ScaleLevel[];
  tokens: number;
  rewards: number;
};

/**
 * The note drafted from a day's events and its schedule. Only what counts goes in: a voided record
 * is left out, as it is from the figures.
 */
export function draftHomeNote(events: readonly AppEvent[], items: readonly ScheduleItem[]): HomeNoteDraft {
  const voided = voidedTargets(events);
  const counted = [...events].filter((event) => !voided.has(event.id)).sort((a, b) => a.at - b.at);
  // The day's activities, not the small steps inside them: a family hears about Math, not "Get pencil".
  const starts = counted.flatMap((event) =>
    event.type === 'step-started' && event.parentStepId === undefined ? [event] : [],
  );
  const startedOnOwn = new Set(
    starts.filter((start) => start.prompt === 'independent').map((start) => start.stepId),
  );
  const count = (type: AppEvent['type']) => counted.filter((event) => event.type === type).length;
  return {
    onTheirOwn: [...new Set(items.filter((item) => startedOnOwn.has(item.id)).map((item) => item.cardId))],
    started: starts.length,
    independent: startedOnOwn.size,
    finished: counted.filter((event) => event.type === 'step-finished' && event.parentStepId === undefined)
      .length,
    ratings: counted.flatMap((event) => (event.type === 'scale-rated' ? [event.level] : [])),
    tokens: count('token-given'),
    rewards: count('reward-used'),
  };
}

/** Whether the day has anything to tell: a note of nothing says so instead of listing zeros. */
export const hasRecords = (draft: HomeNoteDraft): boolean =>
  draft.started + draft.finished + draft.ratings.length + draft.tokens + draft.rewards > 0;
