import { For } from 'solid-js';
import { type MessageKey, t } from '../../../i18n';

export const PICTURE_SOURCES = ['photo', 'symbol', 'none'] as const;
export type PictureSource = (typeof PICTURE_SOURCES)[number];

const LABELS: Record<PictureSource, MessageKey> = {
  photo: 'cards.sourcePhoto',
  symbol: 'cards.sourceSymbol',
  none: 'cards.sourceNone',
};

/** Where the card's picture comes from: a photo, a symbol, or none (a written card). */
export function PictureSourceChoice(props: {
  value: PictureSource;
  onChange: (source: PictureSource) => void;
}) {
  return (
    <fieldset class="source-choice">
      <legend>{t('cards.pictureSource')}</legend>
      <For each={PICTURE_SOURCES}>
        {(source) => (
          <label class="source-option">
            <input
              type="radio"
              name="picture-source"
              value={source}
              checked={props.value === source}
              onChange={() => props.onChange(source)}
            />
            <span>{t(LABELS[source])}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
