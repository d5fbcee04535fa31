import type { PromptLevel } from '../../../domain/events';
import type { PlanStage } from '../../../domain/plan-stage';
import { localDateOf, type SchoolDay } from '../../../domain/time';
import { locale, t } from '../../../i18n';

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
