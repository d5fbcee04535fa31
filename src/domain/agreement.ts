// Agreement between two observers (interobserver agreement, IOA): a second adult records the same
// steps on their own, and the review compares them point by point on the prompt level. A session
// is one observer's records of one student's day, set against the day's own records; steps only one
// of them recorded are counted apart, never as agreement or disagreement.
import { voidedTargets } from './corrections';
import type { AppEvent, ObserverRecorded, StepStarted } from './events';
import type { StaffId, StepId } from './ids';
import type { SchoolDay } from './time';

/** Below this, agreement is flagged: the data are not yet trustworthy enough to decide from. */
export const AGREEMENT_MIN_PERCENT = 80;
/** The field's norm: a second observer in at least this share of sessions. */
export const SECOND_OBSERVER_MIN_SHARE = 0.2;

export type SessionAgreement = {
  day: SchoolDay;
  observer: StaffId;
  agreements: number;
  disagreements: number;
  /** Steps the observer recorded that have no start in the day's records. */
  onlyObserver: number;
  /** Steps started within the span the observer recorded that the observer did not record. */
  onlyPrimary: number;
  /**
   * Agreements of the steps both recorded, in whole percent rounded down (79.5% is under 80% and
   * reads 79, never a flagged "80%"); absent when they shared no step.
   */
  percent?: number;
  /** Under AGREEMENT_MIN_PERCENT. */
  flagged: boolean;
};

/** The latest record per step (a second tap replaces the first), voided ones left out. */
function latestPerStep<Record extends StepStarted | ObserverRecorded>(
  records: readonly Record[],
): Map<StepId, Record> {
  const byStep = new Map<StepId, Record>();
  for (const record of [...records].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)))
    byStep.set(record.stepId, record);
  return byStep;
}

/**
 * The sessions of one student's day: one per adult who recorded as second observer. The day's own
 * records are its starts (the student's, or a first adult's), voided ones left out on either side.
 */
export function daySessions(day: SchoolDay, events: readonly AppEvent[]): SessionAgreement[] {
  const voided = voidedTargets(events);
  const live = events.filter((event) => event.day === day && !voided.has(event.id));
  const primary = latestPerStep(live.filter((event): event is StepStarted => event.type === 'step-started'));
  const observed = new Map<StaffId, ObserverRecorded[]>();
  for (const event of live)
    if (event.type === 'observer-recorded' && event.actor.kind === 'staff')
      observed.set(event.actor.staffId, [...(observed.get(event.actor.staffId) ?? []), event]);

  return [...observed.entries()].map(([observer, records]) => {
    const theirs = latestPerStep(records);
    const from = Math.min(...records.map((record) => record.at));
    const to = Math.max(...records.map((record) => record.at));
    let agreements = 0;
    let disagreements = 0;
    let onlyObserver = 0;
    for (const [stepId, record] of theirs) {
      const first = primary.get(stepId);
      if (!first) onlyObserver++;
      else if (first.prompt === record.prompt) agreements++;
      else disagreements++;
    }
    const onlyPrimary = [...primary.values()].filter(
      (start) => !theirs.has(start.stepId) && start.at >= from && start.at <= to,
    ).length;
    const compared = agreements + disagreements;
    const percent = compared > 0 ? Math.floor((agreements / compared) * 100) : undefined;
    return {
      day,
      observer,
      agreements,
      disagreements,
      onlyObserver,
      onlyPrimary,
      ...(percent === undefined ? {} : { percent }),
      flagged: percent !== undefined && (agreements / compared) * 100 < AGREEMENT_MIN_PERCENT,
    };
  });
}

export type PeriodAgreement = {
  sessions: SessionAgreement[];
  /** School days of the period with the day's own records, and of them those with a second observer. */
  daysWithData: number;
  daysObserved: number;
  /** daysObserved / daysWithData; absent without data. */
  share?: number;
  /** Below the norm of a second observer in 20% of sessions. */
  belowNorm: boolean;
};

/** A period's sessions, and how often a second observer was there against the field's norm. */
export function periodAgreement(
  sessions: readonly SessionAgreement[],
  daysWithData: readonly SchoolDay[],
): PeriodAgreement {
  const withData = new Set(daysWithData);
  const observed = new Set(
    sessions.filter((session) => withData.has(session.day)).map((session) => session.day),
  );
  const share = withData.size > 0 ? observed.size / withData.size : undefined;
  return {
    sessions: [...sessions].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    daysWithData: withData.size,
    daysObserved: observed.size,
    ...(share === undefined ? {} : { share }),
    belowNorm: share !== undefined && share < SECOND_OBSERVER_MIN_SHARE,
  };
}
