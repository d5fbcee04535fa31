import { Show } from 'solid-js';
import { finishedCountOf } from '../../domain/schedule-progress';
import { CardFace } from './card-face';
import { ChangeBadge } from './change-badge';
import { CurrentStep } from './current-step';
import { FinishedPocket } from './finished-pocket';
import { useKioskText } from './kiosk-text';
import type { LayoutProps } from './layout-props';
import { useStepInView } from './step-in-view';

/**
 * One step at a time with what comes after it: "first / then" shows both side by side at the same
 * size, "now / next" shows the current step large and the next one small.
 */
export function FocusLayout(props: LayoutProps & { variant: 'first-then' | 'now-next' }) {
  const text = useKioskText();
  const firstThen = () => props.variant === 'first-then';
  const finishedCount = () => finishedCountOf(props.progress);
  let layout: HTMLDivElement | undefined;
  // Start or Done of the step to do now.
  useStepInView(
    () => layout,
    '.current-step .step-action',
    () => props.progress.current?.item.id,
  );
  return (
    <div ref={layout} class={`focus-layout ${props.variant}`}>
      {/* Made anew for a new step (it comes in as one), not for each count of the day's progress. */}
      <Show when={props.progress.current?.item.id} keyed>
        {(stepId) => (
          <Show when={props.progress.current?.item.id === stepId && props.progress.current}>
            {(current) => (
              <section class="focus-now" aria-labelledby="focus-now-title">
                <h2 id="focus-now-title">{firstThen() ? text('kiosk.first') : text('kiosk.now')}</h2>
                <CurrentStep {...props} step={current()} />
              </section>
            )}
          </Show>
        )}
      </Show>
      <Show when={props.progress.next}>
        {(next) => (
          <section class="focus-next" aria-labelledby="focus-next-title">
            <h2 id="focus-next-title">{firstThen() ? text('kiosk.then') : text('kiosk.next')}</h2>
            <Show when={next().item.isChange}>
              <ChangeBadge />
            </Show>
            <Show when={props.cards.get(next().item.cardId)}>
              {(card) => (
                <CardFace
                  card={card()}
                  pictureStyle={props.pictureStyle}
                  size={firstThen() ? 'large' : 'medium'}
                />
              )}
            </Show>
          </section>
        )}
      </Show>
      <FinishedPocket count={finishedCount()} />
    </div>
  );
}
