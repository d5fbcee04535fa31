import { type MessageKey, t } from '../../../i18n';
import { ChoiceGroup } from '../../components/choice-group';

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
    <ChoiceGroup
      legend={t('cards.pictureSource')}
      name="picture-source"
      options={PICTURE_SOURCES}
      labelOf={(source) => t(LABELS[source])}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
