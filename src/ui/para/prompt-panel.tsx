import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { recordPrompt } from '../../db/repos/para-records';
import type { Card } from '../../domain/cards';
import type { AppEvent, PromptLevel } from '../../domain/events';
import type { CardId, StepId, StudentId } from '../../domain/ids';
import { commonLevels, delayLeft, promptFocus } from '../../domain/prompting';
import type { DayProgress } from '../../domain/schedule-progress';
import type { StageOfDay } from '../../domain/time-delay';
import { t } from '../../i18n';
import { todaysPlanWords } from '../components/plan-words';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/** The card a step of today stands for: an activity, or a step of its mini-schedule. */
export function cardOfStep(progress: DayProgress, stepId: StepId): CardId | undefined {
  for (const entry of progress.items) {
    if (entry.item.id === stepId) return entry.item.cardId;
    const mini = entry.item.miniSteps.find((step) => step.id === stepId);
    if (mini) return mini.cardId;
  }
  return undefined;
}

/**
 * The step on screen as the para sees it: what the plan says to do, the time delay counting down
 * from the moment it was shown, and one tap for what it took to start.
 */
export function PromptPanel(props: {
  studentId: StudentId;
  progress: DayProgress;
  events: readonly AppEvent[];
  cards: ReadonlyMap<CardId, Card>;
  /** Per activity, what the adults do today, with the delay of the day. */
  stages: ReadonlyMap<CardId, StageOfDay>;
  shown: readonly PromptLevel[];
  /** Starts by level on earlier days, for the sizes of the buttons. */
  counts: Partial<Record<PromptLevel, number>>;
  nameOf: (level: PromptLevel) => string;
  now: number;
}) {
  const { busy, status, save: run } = useSave();
  const focus = () => promptFocus(props.progress, props.events, props.now);
  const cardId = () => {
    const step = focus();
    return step && cardOfStep(props.progress, step.stepId);
  };
  const label = () => {
    const id = cardId();
    return (id && props.cards.get(id)?.label) ?? '';
  };
  const stage = () => {
    const id = cardId();
    return id ? props.stages.get(id) : undefined;
  };
  const countdown = () => {
    const step = focus();
    const planned = stage();
    return step?.kind === 'to-start' && planned
      ? delayLeft(step.shownAt, planned.secondsToday, props.now)
      : undefined;
  };
  const focusLine = () => {
    const step = focus();
    if (!step) return t('paraBar.nothingToStart');
    if (step.kind === 'to-start') return t('paraBar.toStart', { label: label() });
    if (step.correctable) return t('paraBar.startedOnOwn', { label: label() });
    return t('paraBar.started', { label: label(), prompt: props.nameOf(step.start.prompt) });
  };
  const common = () => {
    const planned = stage()?.prompt;
    return commonLevels(props.shown, props.counts, planned ? ['independent', planned] : ['independent']);
  };
  // The largest targets first, then the rest in the order of the hierarchy.
  const buttons = () => [...common(), ...props.shown.filter((level) => !common().includes(level))];
  const takesTap = () => {
    const step = focus();
    return step !== undefined && (step.kind === 'to-start' || step.correctable);
  };

  return (
    <div class="para-prompts">
      <p class="para-focus">{focusLine()}</p>
      <Show when={focus()}>
        <Show when={stage()} fallback={<p class="hint">{t('paraBar.noPlan')}</p>}>
          {(planned) => (
            <p class="para-plan">
              {todaysPlanWords(planned(), props.nameOf)}
              <Show when={planned().note}>{(note) => <span class="para-plan-note"> {note()}</span>}</Show>
            </p>
          )}
        </Show>
      </Show>
      <Show when={countdown()}>
        {(left) => (
          <Show
            when={left().due}
            fallback={<p class="para-countdown">{t('paraBar.wait', { seconds: left().seconds })}</p>}
          >
            <p class="para-countdown due" role="alert">
              {t('paraBar.promptNow', { prompt: props.nameOf(stage()?.prompt ?? 'independent') })}
            </p>
          </Show>
        )}
      </Show>
      <fieldset class="prompt-buttons">
        <legend class="visually-hidden">{t('paraBar.prompts')}</legend>
        <For each={buttons()}>
          {(level) => (
            <button
              type="button"
              class="prompt-button"
              classList={{ common: common().includes(level) }}
              disabled={busy() || !takesTap()}
              onClick={() =>
                void run(() => recordPrompt(db, adultSession(), props.studentId, level, clock.now()))
              }
            >
              {props.nameOf(level)}
            </button>
          )}
        </For>
      </fieldset>
      <StatusLine status={status()} />
    </div>
  );
}
