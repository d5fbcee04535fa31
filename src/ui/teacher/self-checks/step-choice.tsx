import { For } from 'solid-js';
import type { CardId, StepId } from '../../../domain/ids';
import type { Schedule } from '../../../domain/schedule';
import { t } from '../../../i18n';
import { slotName } from '../schedules/slots';

/**
 * The steps a question is asked after, ticked in the student's schedules. A step that is in
 * several schedules (a weekday's, and today's copy of it) is the same step, ticked in each.
 */
export function StepChoice(props: {
  schedules: readonly Schedule[];
  labelOf: (cardId: CardId) => string;
  chosen: ReadonlySet<StepId>;
  onChange: (chosen: Set<StepId>) => void;
}) {
  const toggle = (stepId: StepId, on: boolean) => {
    const next = new Set(props.chosen);
    if (on) next.add(stepId);
    else next.delete(stepId);
    props.onChange(next);
  };
  return (
    <fieldset class="target-steps">
      <legend>{t('selfChecks.steps')}</legend>
      <For each={props.schedules}>
        {(schedule) => (
          <fieldset class="target-schedule">
            <legend>{slotName(schedule.slot)}</legend>
            <For each={schedule.items}>
              {(item) => (
                <label class="target-check">
                  <input
                    type="checkbox"
                    checked={props.chosen.has(item.id)}
                    onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                  />
                  <span>{props.labelOf(item.cardId)}</span>
                </label>
              )}
            </For>
          </fieldset>
        )}
      </For>
    </fieldset>
  );
}
