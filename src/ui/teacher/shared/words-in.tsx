import { type JSX, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { classroomLocaleOf } from '../../../db/repos/settings';
import { otherLocales } from '../../../domain/languages';
import { LOCALES, type Locale } from '../../../domain/people';
import { t } from '../../../i18n';

/** The language's name in the adult screens' language: "Spanish", "inglés". */
export const languageName = (locale: Locale): string => t(`languages.name.${locale}`);

/** The languages an editor offers words in: every one but the classroom's (see classroomLocaleOf). */
export function useOtherLanguages(): () => Locale[] {
  const classroom = useLive(() => classroomLocaleOf(db));
  return () => {
    const main = classroom();
    return main ? otherLocales(LOCALES, main) : [];
  };
}

/**
 * A compact disclosure for an item's words in another language: closed until the teacher opens it,
 * open when the item already has words in it.
 */
export function WordsIn(props: { language: Locale; open: boolean; children: JSX.Element }) {
  return (
    <details class="words-in" open={props.open}>
      <summary>{t('languages.wordsIn', { language: languageName(props.language) })}</summary>
      <p class="hint">{t('languages.wordsInHint', { language: languageName(props.language) })}</p>
      {props.children}
    </details>
  );
}

/** Where a recording in a language cannot be made yet: its words are not saved. */
export function RecordAfterWords(props: { language: Locale; saved: boolean; children: JSX.Element }) {
  return (
    <Show
      when={props.saved}
      fallback={
        <p class="hint">{t('languages.recordingAfterWords', { language: languageName(props.language) })}</p>
      }
    >
      {props.children}
    </Show>
  );
}
