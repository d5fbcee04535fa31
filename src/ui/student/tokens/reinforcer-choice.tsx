import { createSignal, For, Show } from 'solid-js';
import type { BoardOption } from '../../../domain/boards';
import type { Card } from '../../../domain/cards';
import type { CardId, OptionId } from '../../../domain/ids';
import { type PictureStyle, showsPicture, showsWord } from '../../../domain/presentation';
import { StoredPicture } from '../../components/stored-picture';
import { useCardFor, useKioskText, useSayControl } from '../kiosk-text';
import { saySpeech } from '../spoken-caption';

/**
 * The reinforcer board's options as big cards. A first tap says the card and marks it; a second
 * tap on it, or the "I want …" button, chooses it, so hearing an option never chooses it by accident.
 */
export function ReinforcerChoice(props: {
  options: readonly BoardOption[];
  cards: ReadonlyMap<CardId, Card>;
  pictureStyle: PictureStyle;
  busy: boolean;
  onChoose: (optionId: OptionId) => void;
  onBack: () => void;
}) {
  const text = useKioskText();
  const say = useSayControl();
  const cardFor = useCardFor();
  const [marked, setMarked] = createSignal<OptionId>();
  const markedCard = () => {
    const option = props.options.find((candidate) => candidate.id === marked());
    return option && props.cards.get(option.cardId);
  };
  const tap = (option: BoardOption, card: Card) => {
    saySpeech(cardFor(card).speech);
    if (marked() === option.id) props.onChoose(option.id);
    else setMarked(option.id);
  };

  return (
    <div class="reinforcer-choice">
      <h2>{text('kioskTokens.chooseTitle')}</h2>
      <ul class="reinforcer-options">
        <For each={props.options}>
          {(option) => (
            <Show when={props.cards.get(option.cardId)}>
              {(card) => (
                <li>
                  <button
                    type="button"
                    class={`card-face medium reinforcer-option style-${props.pictureStyle}`}
                    aria-pressed={marked() === option.id}
                    aria-label={cardFor(card()).label}
                    disabled={props.busy}
                    onClick={() => tap(option, card())}
                  >
                    <Show when={showsPicture(props.pictureStyle, card()) && card().picture}>
                      {(picture) => <StoredPicture mediaId={picture().mediaId} class="card-face-picture" />}
                    </Show>
                    <Show when={showsWord(props.pictureStyle, card())}>
                      <span class="card-face-word" lang={cardFor(card()).speech.locale}>
                        {cardFor(card()).label}
                      </span>
                    </Show>
                  </button>
                </li>
              )}
            </Show>
          )}
        </For>
      </ul>
      <div class="reinforcer-actions">
        <Show when={markedCard()}>
          {(card) => (
            <button
              type="button"
              class="step-action done"
              disabled={props.busy}
              onClick={() => {
                const optionId = marked();
                if (optionId) props.onChoose(optionId);
              }}
            >
              {text('kioskTokens.chooseThis', { label: cardFor(card()).label })}
            </button>
          )}
        </Show>
        <button
          type="button"
          class="token-back"
          onClick={() => {
            say('kioskTokens.back');
            props.onBack();
          }}
        >
          <span aria-hidden="true">↩</span> {text('kioskTokens.back')}
        </button>
      </div>
    </div>
  );
}
