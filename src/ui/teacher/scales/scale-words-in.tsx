import { Index } from 'solid-js';
import type { Locale } from '../../../domain/people';
import { LEVEL_LABEL_MAX_LENGTH, SCALE_NAME_MAX_LENGTH, type ScaleDraft } from '../../../domain/scales';
import { t } from '../../../i18n';
import { languageName, WordsIn } from '../shared/words-in';

/**
 * A scale's name and its levels' words in another language, in one compact disclosure: what a
 * student of that language sees and hears of the scale.
 */
export function ScaleWordsIn(props: {
  language: Locale;
  draft: ScaleDraft;
  onName: (name: string) => void;
  onLevel: (level: number, label: string) => void;
}) {
  const language = () => languageName(props.language);
  const hasWords = () =>
    props.draft.inLanguages?.[props.language] !== undefined ||
    props.draft.levels.some((level) => level.inLanguages?.[props.language] !== undefined);
  return (
    <WordsIn language={props.language} open={hasWords()}>
      <div class="scale-field">
        <label for={`scale-name-${props.language}`}>{t('languages.nameIn', { language: language() })}</label>
        <input
          id={`scale-name-${props.language}`}
          lang={props.language}
          autocomplete="off"
          maxlength={SCALE_NAME_MAX_LENGTH}
          value={props.draft.inLanguages?.[props.language]?.name ?? ''}
          onInput={(event) => props.onName(event.currentTarget.value)}
        />
      </div>
      {/* By place: each field keeps its focus while the draft changes under the teacher's typing. */}
      <Index each={props.draft.levels}>
        {(level) => (
          <div class="scale-field">
            <label for={`scale-level-${level().level}-label-${props.language}`}>
              {t('languages.levelIn', { level: level().level, language: language() })}
            </label>
            <input
              id={`scale-level-${level().level}-label-${props.language}`}
              lang={props.language}
              autocomplete="off"
              maxlength={LEVEL_LABEL_MAX_LENGTH}
              placeholder={level().label}
              value={level().inLanguages?.[props.language]?.label ?? ''}
              onInput={(event) => props.onLevel(level().level, event.currentTarget.value)}
            />
          </div>
        )}
      </Index>
    </WordsIn>
  );
}
