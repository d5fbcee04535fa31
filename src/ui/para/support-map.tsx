import './support-map.css';
import { For, Show } from 'solid-js';
import type { AppEvent } from '../../domain/events';
import type { CardId } from '../../domain/ids';
import type { ScheduleItem } from '../../domain/schedule';
import { supportMap } from '../../domain/support';
import { t } from '../../i18n';

/** Each part of the student's day with the support it took: an adult's word, or what the prompts tell. */
export function SupportMap(props: {
  items: readonly ScheduleItem[];
  events: readonly AppEvent[];
  labelOf: (cardId: CardId) => string;
}) {
  return (
    <ol class="support-map">
      <For each={supportMap(props.items, props.events)}>
        {(entry) => (
          <li class={`support-entry support-${entry.level ?? 'none'}`}>
            <span class="support-part">{props.labelOf(entry.item.cardId)}</span>
            <Show when={entry.level} fallback={<span class="support-level">{t('paraBar.mapNoData')}</span>}>
              {(level) => (
                <span class="support-level">
                  {t(`support.${level()}`)}{' '}
                  <span class="support-source">
                    ({entry.source === 'recorded' ? t('paraBar.mapRecorded') : t('paraBar.mapFromPrompts')})
                  </span>
                </span>
              )}
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}

/** The map under its heading, folded away until an adult opens it. */
export function DaySupport(props: {
  name: string;
  items: readonly ScheduleItem[];
  events: readonly AppEvent[];
  labelOf: (cardId: CardId) => string;
}) {
  return (
    <details class="day-support">
      <summary>{t('paraBar.dayMap', { name: props.name })}</summary>
      <SupportMap items={props.items} events={props.events} labelOf={props.labelOf} />
    </details>
  );
}
