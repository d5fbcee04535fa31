import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { recordObservedStart } from '../../db/repos/para-records';
import type { Card } from '../../domain/cards';
import { voidedTargets } from '../../domain/corrections';
import type { AppEvent, ObserverRecorded, PromptLevel } from '../../domain/events';
import type { CardId, StudentId } from '../../domain/ids';
import { latest, promptFocus } from '../../domain/prompting';
import type { DayProgress } from '../../domain/schedule-progress';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';
import { cardOfStep } from './prompt-panel';

/**
 * The para bar of a second observer: the step on screen and one tap for what it took to start, as
 * this adult saw it. The day's other records are not shown (not the first adult's prompt, not the
 * support map), so the two records are independent; the review compares them.
 */
export function ObserverPanel(props: {
  studentId: StudentId;
  progress: DayProgress;
  events: readonly AppEvent[];
  cards: ReadonlyMap<CardId, Card>;
  shown: readonly PromptLevel[];
  nameOf: (level: PromptLevel) => string;
  now: number;
  onLeave: () => void;
}) {
  const { busy, status, save: run } = useSave();
  const focus = () => promptFocus(props.progress, props.events, props.now);
  const label = () => {
    const step = focus();
    const cardId = step && cardOfStep(props.progress, step.stepId);
    return (cardId && props.cards.get(cardId)?.label) ?? '';
  };
  /** This observer's own latest record of the step on screen: theirs only, never the first adult's. */
  const mine = () => {
    const step = focus();
    const staffId = adultSession()?.staffId;
    const voided = voidedTargets(props.events);
    return latest(
      props.events.filter(
        (event): event is ObserverRecorded =>
          event.type === 'observer-recorded' &&
          event.stepId === step?.stepId &&
          event.actor.kind === 'staff' &&
          event.actor.staffId === staffId &&
          !voided.has(event.id),
      ),
    );
  };

  return (
    <section class="para-observer" aria-labelledby="observer-title">
      <h3 id="observer-title">{t('observer.title', { name: adultSession()?.name ?? '' })}</h3>
      <p class="hint">{t('observer.hint')}</p>
      <button type="button" class="button" onClick={() => props.onLeave()}>
        {t('observer.leave')}
      </button>
      <p class="para-focus">
        {focus() ? t('observer.step', { label: label() }) : t('paraBar.nothingToStart')}
      </p>
      <Show when={mine()}>
        {(record) => (
          <p class="para-plan">{t('observer.recorded', { prompt: props.nameOf(record().prompt) })}</p>
        )}
      </Show>
      <fieldset class="prompt-buttons">
        <legend class="visually-hidden">{t('observer.prompts')}</legend>
        <For each={props.shown}>
          {(level) => (
            <button
              type="button"
              class="prompt-button"
              aria-pressed={mine()?.prompt === level}
              disabled={busy() || !focus()}
              onClick={() =>
                void run(() => recordObservedStart(db, adultSession(), props.studentId, level, clock.now()))
              }
            >
              {props.nameOf(level)}
            </button>
          )}
        </For>
      </fieldset>
      <StatusLine status={status()} />
    </section>
  );
}
