import { type Accessor, createContext, useContext } from 'solid-js';
import type { Locale } from '../../domain/people';
import { type MessageKey, textIn } from '../../i18n';
import { speak } from './speech';

/** The kiosk speaks the student's language, whatever language the adult screens use. */
const ENGLISH: Accessor<Locale> = () => 'en';
export const KioskLocale = createContext<Accessor<Locale>>(ENGLISH);

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
