import { Index, Match, Show, Switch } from 'solid-js';
import { CardFace } from './card-face';
import { ChangeBadge } from './change-badge';
import { CurrentStep } from './current-step';
import { useKioskText } from './kiosk-text';
import type { LayoutProps } from './layout-props';
import { useStepInView } from './step-in-view';

/** The whole day in order, as a column (list) or a row (strip); finished steps are checked and dimmed. */
export function ListLayout(props: LayoutProps & { direction: 'list' | 'strip' }) {
  const text = useKioskText();
  let list: HTMLOListElement | undefined;
  useStepInView(
    () => list,
    '.schedule-entry.current',
    () => props.progress.current?.item.id,
  );
  return (
    <ol ref={list} class={`schedule-${props.direction}`} aria-label={text('kiosk.schedule')}>
      {/* By place, not by object: each tap counts the day's progress afresh, and a row made anew
          would read its picture again and draw it again. */}
      <Index each={props.progress.items}>
        {(entry) => (
          <li class={`schedule-entry ${entry().status}`}>
            <Switch>
              <Match when={entry().status === 'current'}>
                <CurrentStep {...props} step={entry()} />
              </Match>
              <Match when={props.cards.get(entry().item.cardId)}>
                {(card) => (
                  <>
                    <Show when={entry().item.isChange}>
                      <ChangeBadge />
                    </Show>
                    <CardFace card={card()} pictureStyle={props.pictureStyle} size="medium" />
                    <Show when={entry().status === 'finished'}>
                      <span class="step-status">
                        <span aria-hidden="true">✓</span> {text('kiosk.finished')}
                      </span>
                    </Show>
                    <Show when={entry().item.id === props.progress.next?.item.id}>
                      <span class="step-status">{text('kiosk.next')}</span>
                    </Show>
                  </>
                )}
              </Match>
            </Switch>
          </li>
        )}
      </Index>
    </ol>
  );
}
