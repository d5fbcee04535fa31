// Fidelity: was the plan carried out? Measured from the records the app already has, per adult
// and per week, so the review can ask it before suggesting a change to the plan: prompts given
// before the planned wait ran out, prompts more intrusive than the plan's, alert ratings with no
// word on what the adult did, accuracy checks asked and not answered. Voided records count for
// nothing; an activity without a plan is not measured (its prompts are counted apart, not as kept).
import { voidedTargets } from './corrections';
import { type AppEvent, PROMPT_LEVELS, type ScaleLevel } from './events';
import type { CardId, StaffId, StepId } from './ids';
import type { PlanStage } from './plan-stage';
import type { SchoolDay } from './time';

/** One adult's prompts in a week, against the plan in force when each was given. */
export type AdultFidelity = {
  staffId: StaffId;
  /** Prompts on activities with a plan. */
  measured: number;
  /** Of those, given before the plan's wait ran out. */
  early: number;
  /** Of those, more help than the plan's prompt. */
  moreHelp: number;
  /** Prompts on activities without a plan: not measured. */
  unplanned: number;
};

export type WeekFidelity = {
  adults: AdultFidelity[];
  alerts: { rated: number; answered: number };
  checks: { asked: number; answered: number };
};

/**
 * The stage in force for an activity at a moment, from the log: the latest plan change or accepted
 * fading step before it; a removed plan is none. Without any, the plan as it is now (made before
 * plan changes were logged).
 */
export function stageAt(
  events: readonly AppEvent[],
  cardId: CardId,
  at: number,
  current: PlanStage | undefined,
): PlanStage | undefined {
  let latest: { at: number; stage: PlanStage | undefined } | undefined;
  for (const event of events) {
    if (event.at > at || (latest && event.at < latest.at)) continue;
    if (event.type === 'plan-changed' && event.change.cardId === cardId)
      latest = { at: event.at, stage: event.change.after };
    else if (event.type === 'plan-advanced' && event.cardId === cardId)
      latest = { at: event.at, stage: event.to };
  }
  return latest ? latest.stage : current;
}

const intrusiveness = (prompt: PlanStage['prompt']) => PROMPT_LEVELS.indexOf(prompt);

/**
 * A week's fidelity from its events and the plan log (the student's plan-changed and plan-advanced
 * events, of any date). `cardOf` names a step's activity; `current` gives the plans as they are now;
 * `delayOn` the wait of a stage on a day (a delay schedule's delay of the day, see time-delay.ts).
 */
export function weekFidelity(
  weekEvents: readonly AppEvent[],
  planLog: readonly AppEvent[],
  cardOf: (stepId: StepId) => CardId | undefined,
  current: ReadonlyMap<CardId, PlanStage>,
  alertLevels: readonly ScaleLevel[],
  delayOn: (cardId: CardId, stage: PlanStage, day: SchoolDay) => number = (_, stage) => stage.delaySeconds,
): WeekFidelity {
  const voided = voidedTargets(weekEvents);
  const live = weekEvents.filter((event) => !voided.has(event.id));
  const adults = new Map<StaffId, AdultFidelity>();
  const answered = new Set<string>();
  const checked = new Set<string>();
  for (const event of live) {
    if (event.type === 'staff-responded') for (const id of event.ratings) answered.add(id);
    if (event.type === 'adult-check') checked.add(event.answerEvent);
  }
  let rated = 0;
  let ratedAnswered = 0;
  let asked = 0;
  let askedAnswered = 0;
  for (const event of live) {
    if (event.type === 'scale-rated' && alertLevels.includes(event.level)) {
      rated++;
      if (answered.has(event.id)) ratedAnswered++;
    } else if (event.type === 'self-check-answered' && event.checkRequested) {
      asked++;
      if (checked.has(event.id)) askedAnswered++;
    } else if (
      event.type === 'step-started' &&
      event.actor.kind === 'staff' &&
      event.prompt !== 'independent'
    ) {
      const { staffId } = event.actor;
      const row = adults.get(staffId) ?? { staffId, measured: 0, early: 0, moreHelp: 0, unplanned: 0 };
      adults.set(staffId, row);
      const cardId = cardOf(event.stepId);
      const stage = cardId ? stageAt(planLog, cardId, event.at, current.get(cardId)) : undefined;
      if (!stage) {
        row.unplanned++;
        continue;
      }
      row.measured++;
      // A start entered from paper has no time to start: its wait cannot be judged.
      if (!event.fromPaper && cardId && event.latencyMs < delayOn(cardId, stage, event.day) * 1000)
        row.early++;
      if (intrusiveness(event.prompt) > intrusiveness(stage.prompt)) row.moreHelp++;
    }
  }
  return {
    adults: [...adults.values()],
    alerts: { rated, answered: ratedAnswered },
    checks: { asked, answered: askedAnswered },
  };
}

/** A measure of fidelity falls short below this share: the field's usual 80%. */
export const FIDELITY_CRITERION = 0.8;

export type FidelityMeasure = 'on-time' | 'planned-help' | 'alerts' | 'checks';
export type FidelityShortfall = { measure: FidelityMeasure; kept: number; of: number };

/**
 * The first measure of the week that falls short of the criterion, in the order a teacher asks
 * about it: prompts after the wait, prompts no stronger than planned, alerts answered, checks
 * answered. A measure with nothing to count never falls short.
 */
export function fidelityShortfall(week: WeekFidelity): FidelityShortfall | undefined {
  const measured = week.adults.reduce((sum, adult) => sum + adult.measured, 0);
  const early = week.adults.reduce((sum, adult) => sum + adult.early, 0);
  const moreHelp = week.adults.reduce((sum, adult) => sum + adult.moreHelp, 0);
  const candidates: FidelityShortfall[] = [
    { measure: 'on-time', kept: measured - early, of: measured },
    { measure: 'planned-help', kept: measured - moreHelp, of: measured },
    { measure: 'alerts', kept: week.alerts.answered, of: week.alerts.rated },
    { measure: 'checks', kept: week.checks.answered, of: week.checks.asked },
  ];
  return candidates.find(({ kept, of }) => of > 0 && kept / of < FIDELITY_CRITERION);
}
