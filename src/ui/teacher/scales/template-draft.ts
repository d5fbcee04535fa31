import type { InLanguages } from '../../../domain/languages';
import { otherLocales } from '../../../domain/languages';
import { LOCALES, type Locale } from '../../../domain/people';
import { type LevelWordsIn, type ScaleDraft, type ScaleTemplate, scaleDraft } from '../../../domain/scales';
import { textIn } from '../../../i18n';

/**
 * The scale a template starts: its main words in the classroom's language, and its name and level
 * words in the other languages too, since the template has them (the rest a teacher writes).
 */
export function templateDraft(template: ScaleTemplate, classroom: Locale): ScaleDraft {
  const others = otherLocales(LOCALES, classroom);
  const inEach = <Words>(words: (language: Locale) => Words): InLanguages<Words> =>
    Object.fromEntries(others.map((language) => [language, words(language)]));
  const draft = scaleDraft(textIn(classroom, `scaleTemplate.${template}.name`), (level) => ({
    label: textIn(classroom, `scaleTemplate.${template}.${level}.label`),
    looksLike: textIn(classroom, `scaleTemplate.${template}.${level}.looksLike`),
    feelsLike: textIn(classroom, `scaleTemplate.${template}.${level}.feelsLike`),
    staffResponse: textIn(classroom, `scaleTemplate.${template}.${level}.staffResponse`),
  }));
  return {
    ...draft,
    inLanguages: inEach((language) => ({ name: textIn(language, `scaleTemplate.${template}.name`) })),
    levels: draft.levels.map((plan) => ({
      ...plan,
      inLanguages: inEach<LevelWordsIn>((language) => ({
        label: textIn(language, `scaleTemplate.${template}.${plan.level}.label`),
      })),
    })),
  };
}

/** A scale from scratch: the usual colours, and words for the teacher to write. */
export function emptyDraft(): ScaleDraft {
  return scaleDraft('', () => ({ label: '', looksLike: '', staffResponse: '' }));
}
