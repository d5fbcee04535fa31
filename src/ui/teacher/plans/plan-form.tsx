import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { savePlan } from '../../../db/repos/plans';
import type { Card } from '../../../domain/cards';
import type { PromptLevel } from '../../../domain/events';
import type { FadingPlan } from '../../../domain/fading';
import type { Student } from '../../../domain/people';
import { MAX_DAYS, MAX_PERCENT, type PlanStage } from '../../../domain/plan-stage';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { type StageDraft, StageFields } from './stage-fields';

/** A new plan starts where fading usually starts: a short wait, then a light prompt. */
const CONSTANT_DELAY = {
  delayKind: 'constant',
  zeroDelayDays: '0',
  stepSeconds: '1',
  afterCorrect: '3',
  maxSeconds: '10',
} as const;
const NEW_NOW: StageDraft = { prompt: 'verbal', delay: '3', note: '', ...CONSTANT_DELAY };
const NEW_NEXT: StageDraft = { prompt: 'gestural', delay: '5', note: '', ...CONSTANT_DELAY };
const NEW_CRITERION = { percent: '80', days: '3' };

const draftOf = (stage: PlanStage): StageDraft => ({
  prompt: stage.prompt,
  delay: String(stage.delaySeconds),
  note: stage.note ?? '',
  ...CONSTANT_DELAY,
  ...(stage.delay ? { delayKind: stage.delay.kind, zeroDelayDays: String(stage.delay.zeroDelayDays) } : {}),
  ...(stage.delay?.kind === 'progressive'
    ? {
        stepSeconds: String(stage.delay.stepSeconds),
        afterCorrect: String(stage.delay.afterCorrect),
        maxSeconds: String(stage.delay.maxSeconds),
      }
    : {}),
});
/** A number the teacher typed; a blank is not a number, so the plan's validation refuses it. */
const numberOf = (text: string) => Number(text.trim() || Number.NaN);
/** The delay schedule typed: a constant wait without 0-second days is the plain stage of before. */
function delayOf(draft: StageDraft) {
  const zeroDelayDays = numberOf(draft.zeroDelayDays);
  if (draft.delayKind === 'constant')
    return zeroDelayDays === 0 ? {} : { delay: { kind: 'constant', zeroDelayDays } };
  return {
    delay: {
      kind: 'progressive',
      zeroDelayDays,
      stepSeconds: numberOf(draft.stepSeconds),
      afterCorrect: numberOf(draft.afterCorrect),
      maxSeconds: numberOf(draft.maxSeconds),
    },
  };
}
const stageOf = (draft: StageDraft) => ({
  prompt: draft.prompt,
  delaySeconds: numberOf(draft.delay),
  note: draft.note,
  ...delayOf(draft),
});

/** The teacher plans an activity: what the adults do now, when it is time to fade, and what then. */
export function PlanForm(props: {
  student: Student;
  cards: readonly Card[];
  plans: readonly FadingPlan[];
  cardId: string;
  onCardChange: (cardId: string) => void;
  nameOf: (level: PromptLevel) => string;
}) {
  const [now, setNow] = createSignal(NEW_NOW);
  const [hasNext, setHasNext] = createSignal(true);
  const [next, setNext] = createSignal(NEW_NEXT);
  const [percent, setPercent] = createSignal(NEW_CRITERION.percent);
  const [days, setDays] = createSignal(NEW_CRITERION.days);
  const { status, save: runSave } = useSave();
  const label = () => props.cards.find((card) => card.id === props.cardId)?.label ?? '';

  // Choosing an activity shows its plan, or a new plan's starting values.
  createEffect(
    on(
      () => props.cardId,
      (cardId) => {
        const plan = props.plans.find((candidate) => candidate.cardId === cardId);
        setNow(plan ? draftOf(plan.current) : NEW_NOW);
        setHasNext(plan ? plan.next !== undefined : true);
        setNext(plan?.next ? draftOf(plan.next) : NEW_NEXT);
        setPercent(String(plan?.criterion.percent ?? NEW_CRITERION.percent));
        setDays(String(plan?.criterion.days ?? NEW_CRITERION.days));
      },
    ),
  );

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    await runSave(
      async () => {
        await savePlan(
          db,
          adultSession(),
          props.student.id,
          {
            cardId: props.cardId,
            current: stageOf(now()),
            ...(hasNext() ? { next: stageOf(next()) } : {}),
            criterion: { percent: Number(percent()), days: Number(days()) },
          },
          clock.now(),
        );
      },
      t('plans.saved', { label: label() }),
    );
  };

  return (
    <section class="plan-form-section" aria-labelledby="plan-form-title">
      <h3 id="plan-form-title">{t('plans.formTitle')}</h3>
      <form class="plan-form" onSubmit={save}>
        <label for="plan-activity">{t('plans.activity')}</label>
        <select
          id="plan-activity"
          required
          value={props.cardId}
          onChange={(event) => props.onCardChange(event.currentTarget.value)}
        >
          <option value="">{t('plans.chooseActivity')}</option>
          <For each={props.cards}>{(card) => <option value={card.id}>{card.label}</option>}</For>
        </select>
        <Show when={props.cardId}>
          <StageFields
            id="plan-now"
            legend={t('plans.now')}
            stage={now()}
            nameOf={props.nameOf}
            onChange={setNow}
          />
          <fieldset class="stage-fields">
            <legend>{t('plans.criterion')}</legend>
            <label for="plan-percent">{t('plans.percent')}</label>
            <input
              id="plan-percent"
              inputmode="numeric"
              autocomplete="off"
              maxlength={String(MAX_PERCENT).length}
              value={percent()}
              onInput={(event) => setPercent(event.currentTarget.value)}
            />
            <label for="plan-days">{t('plans.days')}</label>
            <input
              id="plan-days"
              inputmode="numeric"
              autocomplete="off"
              maxlength={String(MAX_DAYS).length}
              value={days()}
              onInput={(event) => setDays(event.currentTarget.value)}
            />
          </fieldset>
          <label class="check-row">
            <input
              type="checkbox"
              checked={hasNext()}
              onChange={(event) => setHasNext(event.currentTarget.checked)}
            />
            {t('plans.hasNext')}
          </label>
          <Show when={hasNext()}>
            <StageFields
              id="plan-next"
              legend={t('plans.next')}
              stage={next()}
              nameOf={props.nameOf}
              onChange={setNext}
            />
          </Show>
          <button type="submit" class="button primary">
            {t('plans.save')}
          </button>
        </Show>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
