import { For, Show } from 'solid-js';
import type { Card } from '../../../domain/cards';
import type { CardId } from '../../../domain/ids';
import type { Locale } from '../../../domain/people';
import { type PictureStyle, showsPicture, showsWord } from '../../../domain/presentation';
import { type FivePointScale, SWATCH_INK, SWATCHES } from '../../../domain/scales';
import { textIn } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';

/** The sizes teachers cut cards out at: about 5 cm and 7.5 cm a side. */
export const PAPER_CARD_SIZES = ['5cm', '7.5cm'] as const;
export type PaperCardSize = (typeof PAPER_CARD_SIZES)[number];

type SheetProps = { cards: ReadonlyMap<CardId, Card>; style: PictureStyle; size: PaperCardSize };

/** One card as the student sees it on screen, on paper: the same picture and words, with cut lines. */
export function PaperCard(props: SheetProps & { cardId: CardId }) {
  const card = () => props.cards.get(props.cardId);
  return (
    <Show when={card()}>
      {(shown) => (
        <figure class={`paper-card size-${props.size === '5cm' ? 'small' : 'large'}`}>
          <Show when={showsPicture(props.style, shown()) && shown().picture}>
            {(picture) => <StoredPicture mediaId={picture().mediaId} class="paper-card-picture" />}
          </Show>
          <Show when={showsWord(props.style, shown())}>
            <figcaption class="paper-card-word">{shown().label}</figcaption>
          </Show>
        </figure>
      )}
    </Show>
  );
}

/** Cards to cut out, in the order given, or one strip for a velcro schedule. */
export function CardsSheet(props: SheetProps & { cardIds: readonly CardId[]; strip: boolean }) {
  return (
    <div class={props.strip ? 'paper-strip' : 'paper-cards'}>
      <For each={props.cardIds}>{(cardId) => <PaperCard {...props} cardId={cardId} />}</For>
    </div>
  );
}

/** First and then, side by side at the same size, as on the student's screen. */
export function FirstThenSheet(props: SheetProps & { first: CardId; then?: CardId; locale: Locale }) {
  return (
    <div class="paper-first-then">
      <section>
        <h3>{textIn(props.locale, 'kiosk.first')}</h3>
        <PaperCard {...props} cardId={props.first} />
      </section>
      <section>
        <h3>{textIn(props.locale, 'kiosk.then')}</h3>
        <Show when={props.then} fallback={<div class="paper-card paper-empty" />}>
          {(then) => <PaperCard {...props} cardId={then()} />}
        </Show>
      </section>
    </div>
  );
}

/** The token board: what the student works for, and a spot for each token. */
export function TokenSheet(
  props: SheetProps & { spots: number; reinforcers: readonly CardId[]; locale: Locale },
) {
  return (
    <div class="paper-tokens">
      <h3>{textIn(props.locale, 'kioskTokens.workingFor')}</h3>
      <div class="paper-card paper-empty" />
      <ol class="paper-token-spots" aria-label={textIn(props.locale, 'kioskTokens.title')}>
        <For each={Array.from({ length: props.spots }, (_, index) => index + 1)}>
          {(spot) => <li class="paper-token-spot">{spot}</li>}
        </For>
      </ol>
      <Show when={props.reinforcers.length > 0}>
        <CardsSheet {...props} cardIds={props.reinforcers} strip={false} />
      </Show>
    </div>
  );
}

/** The five-point scale, level 5 on top as on the wall chart, each in its colour with its words. */
export function ScaleSheet(props: SheetProps & { scale: FivePointScale }) {
  return (
    <ol class="paper-scale" aria-label={props.scale.name}>
      <For each={[...props.scale.levels].reverse()}>
        {(level) => (
          <li class="paper-scale-level" style={{ background: SWATCHES[level.colour], color: SWATCH_INK }}>
            <span class="paper-scale-number">{level.level}</span>
            <span class="paper-scale-label">{level.label}</span>
            <Show when={level.cardId}>{(cardId) => <PaperCard {...props} cardId={cardId()} />}</Show>
            <span class="paper-scale-looks">{level.looksLike}</span>
          </li>
        )}
      </For>
    </ol>
  );
}
