import { For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { setTargetRecording } from '../../../db/repos/targets';
import type { InLanguages } from '../../../domain/languages';
import { LOCALES, type Locale } from '../../../domain/people';
import { TARGET_QUESTION_MAX_LENGTH, type Target } from '../../../domain/self-monitoring';
import { t } from '../../../i18n';
import { VoiceRecording } from '../shared/voice-recording';
import { languageName, RecordAfterWords, useOtherLanguages, WordsIn } from '../shared/words-in';

/** The question in other languages, as the form holds it. */
export type TypedQuestions = InLanguages<{ question: string }>;

/** The question's words in other languages as the form starts from them (without recordings). */
export function typedQuestionsOf(target: Target | undefined): TypedQuestions {
  const typed: TypedQuestions = {};
  for (const language of LOCALES) {
    const words = target?.inLanguages?.[language];
    if (words) typed[language] = { question: words.question };
  }
  return typed;
}

/** The languages given a question: an empty one is none. */
export function filledQuestions(typed: TypedQuestions): TypedQuestions {
  const filled: TypedQuestions = {};
  for (const language of LOCALES) {
    const question = typed[language]?.question.trim();
    if (question) filled[language] = { question };
  }
  return filled;
}

/**
 * A question's words in the classroom's other languages, each in a compact disclosure, and the
 * teacher's recordings of the question in each language once it is saved.
 */
export function QuestionLanguages(props: {
  formId: string;
  saved: Target | undefined;
  typed: TypedQuestions;
  onType: (language: Locale, question: string) => void;
}) {
  const others = useOtherLanguages();
  const keep = async (target: Target, sound: Blob | undefined, language?: Locale) => {
    const stored = await setTargetRecording(db, adultSession(), target.id, sound, clock.now(), language);
    return language ? stored.inLanguages?.[language]?.recording : stored.recording;
  };
  return (
    <>
      <Show when={props.saved}>
        {(target) => (
          <details class="question-recording">
            <summary>{t('languages.questionRecording')}</summary>
            <VoiceRecording
              id={`${props.formId}-recording`}
              title={t('languages.questionRecording')}
              recording={target().recording}
              label={target().question}
              keep={(sound) => keep(target(), sound)}
            />
          </details>
        )}
      </Show>
      <For each={others()}>
        {(language) => (
          <WordsIn language={language} open={(props.typed[language]?.question ?? '') !== ''}>
            <label for={`${props.formId}-question-${language}`}>
              {t('languages.questionIn', { language: languageName(language) })}
            </label>
            <input
              id={`${props.formId}-question-${language}`}
              form={props.formId}
              lang={language}
              maxlength={TARGET_QUESTION_MAX_LENGTH}
              autocomplete="off"
              value={props.typed[language]?.question ?? ''}
              onInput={(event) => props.onType(language, event.currentTarget.value)}
            />
            <Show when={props.saved}>
              {(target) => (
                <RecordAfterWords language={language} saved={target().inLanguages?.[language] !== undefined}>
                  <VoiceRecording
                    id={`${props.formId}-recording-${language}`}
                    title={t('languages.recordingIn', { language: languageName(language) })}
                    recording={target().inLanguages?.[language]?.recording}
                    label={target().inLanguages?.[language]?.question ?? target().question}
                    keep={(sound) => keep(target(), sound, language)}
                  />
                </RecordAfterWords>
              )}
            </Show>
          </WordsIn>
        )}
      </For>
    </>
  );
}
