import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { setCardRecording } from '../../../db/repos/cards';
import type { Card } from '../../../domain/cards';
import type { Locale } from '../../../domain/people';
import { t } from '../../../i18n';
import { VoiceRecording } from '../shared/voice-recording';
import { languageName } from '../shared/words-in';

/** A card's recording in the teacher's voice: of its main words, or of its words in another language. */
export function CardRecording(props: { card: Card; locale?: Locale }) {
  const words = () => (props.locale ? props.card.inLanguages?.[props.locale] : props.card);
  return (
    <VoiceRecording
      id={props.locale ? `card-recording-${props.locale}` : 'card-recording'}
      title={
        props.locale
          ? t('languages.recordingIn', { language: languageName(props.locale) })
          : t('cards.recordingTitle')
      }
      recording={words()?.recording}
      label={words()?.label ?? props.card.label}
      keep={async (sound) => {
        const saved = await setCardRecording(
          db,
          adultSession(),
          props.card.id,
          sound,
          clock.now(),
          props.locale,
        );
        return props.locale ? saved.inLanguages?.[props.locale]?.recording : saved.recording;
      }}
    />
  );
}
