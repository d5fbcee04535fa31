import { For } from 'solid-js';
import { PROMPT_LEVELS, type PromptLevel } from '../../../domain/events';
import { MAX_DELAY_SECONDS, STAGE_NOTE_MAX_LENGTH } from '../../../domain/plan-stage';
import { t } from '../../../i18n';

export type StageDraft = { prompt: PromptLevel; delay: string; note: string };

/** The fields of one stage of a plan: the prompt, the wait before it, and anything else. */
export function StageFields(props: {
  id: string;
  legend: string;
  stage: StageDraft;
  nameOf: (level: PromptLevel) => string;
  onChange: (stage: StageDraft) => void;
}) {
  const change = (fields: Partial<StageDraft>) => props.onChange({ ...props.stage, ...fields });
  return (
    <fieldset class="stage-fields">
      <legend>{props.legend}</legend>
      <label for={`${props.id}-delay`}>{t('plans.delay')}</label>
      <input
        id={`${props.id}-delay`}
        inputmode="numeric"
        autocomplete="off"
        maxlength={String(MAX_DELAY_SECONDS).length}
        value={props.stage.delay}
        onInput={(event) => change({ delay: event.currentTarget.value })}
      />
      <label for={`${props.id}-prompt`}>{t('plans.prompt')}</label>
      <select
        id={`${props.id}-prompt`}
        value={props.stage.prompt}
        onChange={(event) => {
          const prompt = PROMPT_LEVELS.find((level) => level === event.currentTarget.value);
          if (prompt) change({ prompt });
        }}
      >
        <For each={PROMPT_LEVELS}>{(level) => <option value={level}>{props.nameOf(level)}</option>}</For>
      </select>
      <label for={`${props.id}-note`}>{t('plans.note')}</label>
      <input
        id={`${props.id}-note`}
        maxlength={STAGE_NOTE_MAX_LENGTH}
        value={props.stage.note}
        onInput={(event) => change({ note: event.currentTarget.value })}
      />
    </fieldset>
  );
}
