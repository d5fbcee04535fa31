import type { PromptLevel } from '../../domain/events';
import type { CardId } from '../../domain/ids';
import type { PlanChange } from '../../domain/plan-changes';
import type { PlanStage } from '../../domain/plan-stage';
import type { ScheduleSlot } from '../../domain/schedule';
import type { ScheduleChange } from '../../domain/schedule-changes';
import { localDateOf, type SchoolDay } from '../../domain/time';
import { locale, t } from '../../i18n';

/** A stage of a plan in words: the wait, the prompt, and the teacher's note. */
export function stageWords(stage: PlanStage, nameOf: (level: PromptLevel) => string): string {
  const prompt = nameOf(stage.prompt);
  const main =
    stage.delaySeconds > 0
      ? t('plans.stage', { seconds: stage.delaySeconds, prompt })
      : t('plans.stageAtOnce', { prompt });
  return stage.note ? `${main}; ${stage.note}` : main;
}

/** A school day as the adult reads it: "Tue, Sep 8". */
export function dayWords(day: SchoolDay): string {
  return localDateOf(day).toLocaleDateString(locale(), {
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
        : stageWords(before, nameOf);
  return t('plans.change', { label, stage: stageWords(after, nameOf), before: beforeWords });
}

/** A schedule in words: "every Monday" or "Tue, Sep 8". */
function slotWords(slot: ScheduleSlot): string {
  return slot.kind === 'day'
    ? dayWords(slot.day)
    : t('plans.everyWeekday', {
        weekday: new Intl.DateTimeFormat(locale(), { weekday: 'long' }).format(
          new Date(2026, 0, 4 + slot.weekday),
        ),
      });
}

/** A change to a schedule's steps in one line: "Every Monday: added Music; removed Art; new order". */
export function scheduleChangeWords(change: ScheduleChange, labelOf: (cardId: CardId) => string): string {
  const list = (cards: readonly CardId[]) =>
    new Intl.ListFormat(locale(), { type: 'conjunction' }).format(cards.map(labelOf));
  const parts = [
    ...(change.added.length > 0 ? [t('plans.scheduleAdded', { steps: list(change.added) })] : []),
    ...(change.removed.length > 0 ? [t('plans.scheduleRemoved', { steps: list(change.removed) })] : []),
    ...(change.reordered ? [t('plans.scheduleReordered')] : []),
  ];
  return t('plans.scheduleChange', { slot: slotWords(change.slot), changes: parts.join('; ') });
}

/** Any change the paras are told of, in one line: a plan's or a schedule's. */
export function changeWords(
  change: PlanChange | ScheduleChange,
  labelOf: (cardId: CardId) => string,
  nameOf: (level: PromptLevel) => string,
): string {
  return 'slot' in change
    ? scheduleChangeWords(change, labelOf)
    : planChangeWords(change, labelOf(change.cardId), nameOf);
}
