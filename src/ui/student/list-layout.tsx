import { createEffect, For, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import { CardFace } from './card-face';
import { ChangeBadge } from './change-badge';
import { CurrentStep } from './current-step';
import { useKioskText } from './kiosk-text';
import type { LayoutProps } from './layout-props';

/** The whole day in order, as a column (list) or a row (strip); finished steps are checked and dimmed. */
export function ListLayout(props: LayoutProps & { direction: 'list' | 'strip' }) {
  const text = useKioskText();
  let list: HTMLOListElement | undefined;
  // The current step comes on screen whenever it changes, and again whenever the day's list changes
  // size under it (a mini-schedule folding away, pictures arriving, Done and a timer replacing
  // Start), so its Start or Done is never out of sight. A student scrolling to look ahead is left be.
  // At once, not smoothly: a glide still under way aims at where the step was before the list
  // changed size again, and left Done half off the screen.
  const showCurrent = () =>
    list
      ?.querySelector('.schedule-entry.current')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  createEffect(on(() => props.progress.current?.item.id, showCurrent));
  onMount(() => {
    if (!list) return;
    const resized = new ResizeObserver(showCurrent);
    resized.observe(list);
    onCleanup(() => resized.disconnect());
  });
  return (
    <ol ref={list} class={`schedule-${props.direction}`} aria-label={text('kiosk.schedule')}>
      <For each={props.progress.items}>
        {(entry) => (
          <li class={`schedule-entry ${entry.status}`}>
            <Switch>
              <Match when={entry.status === 'current'}>
                <CurrentStep {...props} step={entry} />
              </Match>
              <Match when={props.cards.get(entry.item.cardId)}>
                {(card) => (
                  <>
                    <Show when={entry.item.isChange}>
                      <ChangeBadge />
                    </Show>
                    <CardFace card={card()} pictureStyle={props.pictureStyle} size="medium" />
                    <Show when={entry.status === 'finished'}>
                      <span class="step-status">
                        <span aria-hidden="true">✓</span> {text('kiosk.finished')}
                      </span>
                    </Show>
                    <Show when={entry === props.progress.next}>
                      <span class="step-status">{text('kiosk.next')}</span>
                    </Show>
                  </>
                )}
              </Match>
            </Switch>
          </li>
        )}
      </For>
    </ol>
  );
}
