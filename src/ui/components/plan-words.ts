import type { PromptLevel } from '../../domain/events';
import type { CardId } from '../../domain/ids';
import type { Need } from '../../domain/needs';
import type { PlanChange } from '../../domain/plan-changes';
import type { PlanStage } from '../../domain/plan-stage';
import type { ScheduleSlot } from '../../domain/schedule';
import type { ScheduleChange } from '../../domain/schedule-changes';
import type { SupportChange, TokenTerms } from '../../domain/support-changes';
import { localDateOf, type SchoolDay } from '../../domain/time';
import type { DelaySchedule, StageOfDay } from '../../domain/time-delay';
import { shownLocale, t } from '../../i18n';

/** How a stage's wait changes over the days, in words: "no wait on the first 2 school days; growing by 2 s…". */
export function delayScheduleWords(delay: DelaySchedule | undefined): string {
  if (!delay) return t('plans.delaySame');
  const parts = [
    ...(delay.zeroDelayDays > 0 ? [t('plans.zeroDays', { days: delay.zeroDelayDays })] : []),
    ...(delay.kind === 'progressive'
      ? [t('plans.grows', { step: delay.stepSeconds, after: delay.afterCorrect, max: delay.maxSeconds })]
      : []),
  ];
  return parts.length > 0 ? parts.join('; ') : t('plans.delaySame');
}

/** A stage of a plan in words: the wait, how it changes over the days, the prompt, and the teacher's note. */
export function stageWords(stage: PlanStage, nameOf: (level: PromptLevel) => string): string {
  const prompt = nameOf(stage.prompt);
  const main =
    stage.delaySeconds > 0
      ? t('plans.stage', { seconds: stage.delaySeconds, prompt })
      : t('plans.stageAtOnce', { prompt });
  const withDelay = stage.delay ? `${main} (${delayScheduleWords(stage.delay)})` : main;
  return stage.note ? `${withDelay}; ${stage.note}` : withDelay;
}

/** What the plan says today: a wait that changes over the days says it is today's, and how it grows. */
export function todaysPlanWords(stage: StageOfDay, nameOf: (level: PromptLevel) => string): string {
  const prompt = nameOf(stage.prompt);
  const seconds = stage.secondsToday;
  if (seconds <= 0) return t('paraBar.planAtOnce', { prompt });
  if (stage.delay?.kind === 'progressive')
    return t('paraBar.planGrowing', { seconds, step: stage.delay.stepSeconds, prompt });
  return stage.delay ? t('paraBar.planToday', { seconds, prompt }) : t('paraBar.plan', { seconds, prompt });
}

/** A school day as the adult reads it: "Tue, Sep 8". */
export function dayWords(day: SchoolDay): string {
  return localDateOf(day).toLocaleDateString(shownLocale(), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  });
}

/**
 * A plan change in one line, in the reader's language: the stage now, and of the stage before only
 * the parts that changed ("Arrival: wait 5 s, then gestural — was: verbal").
 */
export function planChangeWords(
  change: PlanChange,
  label: string,
  nameOf: (level: PromptLevel) => string,
): string {
  const { before, after } = change;
  if (!before) return t('plans.changeNew', { label, stage: after ? stageWords(after, nameOf) : '' });
  if (!after) return t('plans.changeRemoved', { label, before: stageWords(before, nameOf) });
  const onlyChanged = change.changed.length === 1 ? change.changed[0] : undefined;
  const beforeWords =
    onlyChanged === 'prompt'
      ? nameOf(before.prompt)
      : onlyChanged === 'note'
        ? before.note || t('plans.changeNoNote')
        : onlyChanged === 'delay'
          ? delayScheduleWords(before.delay)
          : stageWords(before, nameOf);
  return t('plans.change', { label, stage: stageWords(after, nameOf), before: beforeWords });
}

/** A schedule in words: "every Monday" or "Tue, Sep 8". */
function slotWords(slot: ScheduleSlot): string {
  return slot.kind === 'day'
    ? dayWords(slot.day)
    : t('plans.everyWeekday', {
        weekday: new Intl.DateTimeFormat(shownLocale(), { weekday: 'long' }).format(
          new Date(2026, 0, 4 + slot.weekday),
        ),
      });
}

/** A change to a schedule's steps in one line: "Every Monday: added Music; removed Art; new order". */
export function scheduleChangeWords(change: ScheduleChange, labelOf: (cardId: CardId) => string): string {
  const list = (cards: readonly CardId[]) =>
    new Intl.ListFormat(shownLocale(), { type: 'conjunction' }).format(cards.map(labelOf));
  const parts = [
    ...(change.added.length > 0 ? [t('plans.scheduleAdded', { steps: list(change.added) })] : []),
    ...(change.removed.length > 0 ? [t('plans.scheduleRemoved', { steps: list(change.removed) })] : []),
    ...(change.reordered ? [t('plans.scheduleReordered')] : []),
  ];
  return t('plans.scheduleChange', { slot: slotWords(change.slot), changes: parts.join('; ') });
}

function tokenWords(terms: TokenTerms): string {
  return t(terms.fromSteps ? 'plans.tokensFromSteps' : 'plans.tokensGiven', {
    spots: terms.spots,
    minutes: terms.rewardMinutes,
  });
}

/** A list of a support's items, or "none". */
function listWords(items: readonly (string | number)[]): string {
  return items.length > 0
    ? new Intl.ListFormat(shownLocale(), { type: 'conjunction' }).format(items.map(String))
    : t('plans.supportNone');
}

/**
 * A change to a support in one line: "Token board: 5 tokens, 3 min of reward — was: 4 tokens…",
 * "Staff response at 4: walk together — was: offer the break card".
 */
export function supportChangeWords(change: SupportChange): string {
  switch (change.support) {
    case 'tokens': {
      const { before, after } = change;
      if (!before) return t('plans.tokensNew', { terms: after ? tokenWords(after) : '' });
      if (!after) return t('plans.tokensRemoved', { before: tokenWords(before) });
      return t('plans.tokensChange', { terms: tokenWords(after), before: tokenWords(before) });
    }
    case 'alert-levels':
      return t('plans.alertChange', { levels: listWords(change.after), before: listWords(change.before) });
    case 'staff-response':
      return t('plans.responseChange', {
        level: change.level,
        response: change.after || t('plans.supportNone'),
        before: change.before || t('plans.supportNone'),
      });
    case 'needs': {
      const needs = (items: readonly Need[]) => listWords(items.map((need) => t(`needs.item.${need}`)));
      return t('plans.needsChange', { items: needs(change.after), before: needs(change.before) });
    }
  }
}

/** Any change the paras are told of, in one line: a plan's, a schedule's or a support's. */
export function changeWords(
  change: PlanChange | ScheduleChange | SupportChange,
  labelOf: (cardId: CardId) => string,
  nameOf: (level: PromptLevel) => string,
): string {
  if ('support' in change) return supportChangeWords(change);
  return 'slot' in change
    ? scheduleChangeWords(change, labelOf)
    : planChangeWords(change, labelOf(change.cardId), nameOf);
}
