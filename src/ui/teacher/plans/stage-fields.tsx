import { For, Show } from 'solid-js';
import { PROMPT_LEVELS, type PromptLevel } from '../../../domain/events';
import { MAX_DELAY_SECONDS, STAGE_NOTE_MAX_LENGTH } from '../../../domain/plan-stage';
import { DELAY_KINDS } from '../../../domain/time-delay';
import { t } from '../../../i18n';

export type StageDraft = {
  prompt: PromptLevel;
  delay: string;
  note: string;
  /** The time delay over the days (time-delay.ts): 0-second days first, then constant or growing. */
  delayKind: (typeof DELAY_KINDS)[number];
  zeroDelayDays: string;
  stepSeconds: string;
  afterCorrect: string;
  maxSeconds: string;
};

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
      <label for={`${props.id}-zero-days`}>{t('plans.zeroDelayDays')}</label>
      <input
        id={`${props.id}-zero-days`}
        inputmode="numeric"
        autocomplete="off"
        maxlength={2}
        value={props.stage.zeroDelayDays}
        onInput={(event) => change({ zeroDelayDays: event.currentTarget.value })}
      />
      <label for={`${props.id}-delay-kind`}>{t('plans.delayKind')}</label>
      <select
        id={`${props.id}-delay-kind`}
        value={props.stage.delayKind}
        onChange={(event) => {
          const delayKind = DELAY_KINDS.find((kind) => kind === event.currentTarget.value);
          if (delayKind) change({ delayKind });
        }}
      >
        <option value="constant">{t('plans.delayConstant')}</option>
        <option value="progressive">{t('plans.delayProgressive')}</option>
      </select>
      <Show when={props.stage.delayKind === 'progressive'}>
        <label for={`${props.id}-step`}>{t('plans.stepSeconds')}</label>
        <input
          id={`${props.id}-step`}
          inputmode="numeric"
          autocomplete="off"
          maxlength={2}
          value={props.stage.stepSeconds}
          onInput={(event) => change({ stepSeconds: event.currentTarget.value })}
        />
        <label for={`${props.id}-after`}>{t('plans.afterCorrect')}</label>
        <input
          id={`${props.id}-after`}
          inputmode="numeric"
          autocomplete="off"
          maxlength={2}
          value={props.stage.afterCorrect}
          onInput={(event) => change({ afterCorrect: event.currentTarget.value })}
        />
        <label for={`${props.id}-max`}>{t('plans.maxSeconds')}</label>
        <input
          id={`${props.id}-max`}
          inputmode="numeric"
          autocomplete="off"
          maxlength={String(MAX_DELAY_SECONDS).length}
          value={props.stage.maxSeconds}
          onInput={(event) => change({ maxSeconds: event.currentTarget.value })}
        />
      </Show>
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
