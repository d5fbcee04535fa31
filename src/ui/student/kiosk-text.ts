import { type Accessor, createContext, useContext } from 'solid-js';
import { type Card, cardFor } from '../../domain/cards';
import { type InLanguages, type Speech, type WordsFor, wordsFor } from '../../domain/languages';
import type { Locale } from '../../domain/people';
import { type MessageKey, textIn } from '../../i18n';
import { speak } from './speech';

/** The kiosk speaks the student's language, whatever language the adult screens use. */
const ENGLISH: Accessor<Locale> = () => 'en';
export const KioskLocale = createContext<Accessor<Locale>>(ENGLISH);

/** The language the classroom's main words are written in: words only in it are read in its voice. */
export const ClassroomLocale = createContext<Accessor<Locale>>(ENGLISH);

/** Words as the student on screen gets them: in their language when the item has it, else the classroom's. */
export function useWordsFor(): <Words>(
  main: Words,
  inLanguages: InLanguages<Words> | undefined,
) => WordsFor<Words> {
  const student = useContext(KioskLocale);
  const classroom = useContext(ClassroomLocale);
  return (main, inLanguages) => wordsFor(main, inLanguages, student(), classroom());
}

/** A card as the student on screen gets it: the label they see and what they hear. */
export function useCardFor(): (card: Card) => { label: string; speech: Speech } {
  const student = useContext(KioskLocale);
  const classroom = useContext(ClassroomLocale);
  return (card) => cardFor(card, student(), classroom());
}

export function useKioskText(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const locale = useContext(KioskLocale);
  return (key, params) => textIn(locale(), key, params);
}

/**
 * A control's word said aloud as the student taps it, for a student who does not read it. Where
 * the device has no voice nothing is shown instead: the control itself shows its word.
 */
export function useSayControl(): (key: MessageKey, params?: Record<string, string | number>) => void {
  const locale = useContext(KioskLocale);
  return (key, params) => {
    speak(textIn(locale(), key, params), locale());
  };
}
