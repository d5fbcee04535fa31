import { createMemo, For, Show } from 'solid-js';
import type { Card } from '../../../domain/cards';
import type { CardId } from '../../../domain/ids';
import {
  LEVEL_LABEL_MAX_LENGTH,
  LEVEL_TEXT_MAX_LENGTH,
  MAX_STRATEGIES,
  SCALE_COLOURS,
  type ScaleColour,
  type ScaleLevelPlan,
  SWATCH_INK,
  SWATCHES,
} from '../../../domain/scales';
import { moveItem } from '../../../domain/schedule';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';
import { CardChooser } from '../shared/card-chooser';
import { MoveButtons } from '../shared/move-buttons';

const isColour = (value: string): value is ScaleColour =>
  (SCALE_COLOURS as readonly string[]).includes(value);

/** One level of the scale being edited: its look for the student, its words, its cards, the staff response. */
export function LevelFields(props: {
  idPrefix: string;
  level: ScaleLevelPlan;
  cards: readonly Card[];
  cardMap: ReadonlyMap<CardId, Card>;
  labelOf: (cardId: CardId) => string;
  onChange: (change: Partial<ScaleLevelPlan>) => void;
}) {
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const number = () => props.level.level;
  const picture = () => (props.level.cardId ? props.cardMap.get(props.level.cardId)?.picture : undefined);
  // A card is on a level's "I can try" once; the chooser offers only the others.
  const addable = createMemo(() => props.cards.filter((card) => !props.level.strategies.includes(card.id)));
  const text = (field: 'looksLike' | 'feelsLike' | 'staffResponse', label: string, hint?: string) => (
    <div class="scale-field">
      <label for={id(field)}>{label}</label>
      <Show when={hint}>
        <p class="hint" id={id(`${field}-hint`)}>
          {hint}
        </p>
      </Show>
      <textarea
        id={id(field)}
        rows="2"
        maxlength={LEVEL_TEXT_MAX_LENGTH}
        aria-describedby={hint ? id(`${field}-hint`) : undefined}
        value={props.level[field] ?? ''}
        onInput={(event) => props.onChange({ [field]: event.currentTarget.value })}
      />
    </div>
  );

  return (
    <li class="scale-level">
      <fieldset>
        <legend>
          {props.level.label.trim()
            ? t('scales.level', { level: number(), label: props.level.label })
            : t('scales.levelBare', { level: number() })}
        </legend>
        <div class="scale-level-top">
          {/* How the student sees the level; the fields beside it say the same in words. */}
          <div
            class="scale-level-preview"
            style={{ background: SWATCHES[props.level.colour], color: SWATCH_INK }}
            aria-hidden="true"
          >
            <span class="scale-level-number">{number()}</span>
            <Show when={picture()}>{(shown) => <StoredPicture mediaId={shown().mediaId} />}</Show>
            <span>{props.level.label}</span>
          </div>
          <div class="scale-level-look">
            <div class="scale-field">
              <label for={id('label')}>{t('scales.label')}</label>
              <input
                id={id('label')}
                required
                autocomplete="off"
                maxlength={LEVEL_LABEL_MAX_LENGTH}
                value={props.level.label}
                onInput={(event) => props.onChange({ label: event.currentTarget.value })}
              />
            </div>
            <div class="scale-field">
              <label for={id('colour')}>{t('scales.colour')}</label>
              <select
                id={id('colour')}
                value={props.level.colour}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isColour(value)) props.onChange({ colour: value });
                }}
              >
                <For each={SCALE_COLOURS}>
                  {(colour) => <option value={colour}>{t(`scales.colour.${colour}`)}</option>}
                </For>
              </select>
            </div>
            <div class="scale-field">
              <label for={id('picture')}>{t('scales.picture')}</label>
              <select
                id={id('picture')}
                value={props.level.cardId ?? ''}
                onChange={(event) => {
                  const card = props.cards.find((candidate) => candidate.id === event.currentTarget.value);
                  props.onChange({ cardId: card?.id });
                }}
              >
                <option value="">{t('scales.noPicture')}</option>
                <For each={props.cards}>{(card) => <option value={card.id}>{card.label}</option>}</For>
              </select>
            </div>
          </div>
        </div>
        {text('looksLike', t('scales.looksLike'))}
        {text('feelsLike', t('scales.feelsLike'))}
        <h3 class="scale-strategies-title">{t('scales.strategies')}</h3>
        <Show
          when={props.level.strategies.length > 0}
          fallback={<p class="empty">{t('scales.noStrategies')}</p>}
        >
          <ol class="scale-strategies" aria-label={t('scales.strategiesOf', { level: number() })}>
            <For each={props.level.strategies}>
              {(cardId, index) => (
                <li class="scale-strategy">
                  <Show when={props.cardMap.get(cardId)?.picture}>
                    {(shown) => <StoredPicture mediaId={shown().mediaId} class="scale-strategy-picture" />}
                  </Show>
                  <span class="scale-strategy-label">{props.labelOf(cardId)}</span>
                  <MoveButtons
                    id={id(cardId)}
                    label={props.labelOf(cardId)}
                    index={index()}
                    count={props.level.strategies.length}
                    onMove={(from, to) =>
                      props.onChange({ strategies: moveItem(props.level.strategies, from, to) })
                    }
                    onRemove={() =>
                      props.onChange({
                        strategies: props.level.strategies.filter((other) => other !== cardId),
                      })
                    }
                  />
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={props.cards.length > 0}>
          <CardChooser
            id={id('strategy-card')}
            cards={addable()}
            selectLabel={t('scales.strategyCard', { level: number() })}
            placeholder={t('schedules.chooseCard')}
            buttonLabel={t('scales.addStrategy')}
            disabled={props.level.strategies.length >= MAX_STRATEGIES}
            onAdd={(cardId) => props.onChange({ strategies: [...props.level.strategies, cardId] })}
          />
          <Show when={props.level.strategies.length >= MAX_STRATEGIES}>
            <p class="hint">{t('scales.strategiesFull', { max: MAX_STRATEGIES })}</p>
          </Show>
        </Show>
        {text('staffResponse', t('scales.staffResponse'), t('scales.staffHint'))}
      </fieldset>
    </li>
  );
}
