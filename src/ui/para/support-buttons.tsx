import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { recordSupport } from '../../db/repos/para-records';
import type { StepId, StudentId } from '../../domain/ids';
import { SUPPORT_LEVELS, type SupportLevel } from '../../domain/support-levels';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/**
 * The support the current part of the day is taking, in one tap. The level an adult recorded is
 * marked; without one, what the prompts so far tell is said in words, not shown as a record.
 */
export function SupportButtons(props: {
  studentId: StudentId;
  stepId: StepId;
  label: string;
  recorded: SupportLevel | undefined;
  derived: SupportLevel | undefined;
}) {
  const { busy, status, save: run } = useSave();
  return (
    <fieldset class="para-support">
      <legend>{t('paraBar.support', { label: props.label })}</legend>
      <div class="support-buttons">
        <For each={SUPPORT_LEVELS}>
          {(level) => (
            <button
              type="button"
              class={`support-button support-${level}`}
              aria-pressed={props.recorded === level}
              disabled={busy()}
              onClick={() =>
                void run(() =>
                  recordSupport(
                    db,
                    adultSession(),
                    props.studentId,
                    { stepId: props.stepId, level },
                    clock.now(),
                  ),
                )
              }
            >
              {t(`support.${level}`)}
            </button>
          )}
        </For>
      </div>
      <Show when={!props.recorded && props.derived}>
        {(derived) => <p class="hint">{t('paraBar.fromPrompts', { level: t(`support.${derived()}`) })}</p>}
      </Show>
      <StatusLine status={status()} />
    </fieldset>
  );
}
