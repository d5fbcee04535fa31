import { type Accessor, createContext, useContext } from 'solid-js';
import type { Locale } from '../../domain/people';
import { type MessageKey, textIn } from '../../i18n';

/** The kiosk speaks the student's language, whatever language the adult screens use. */
const ENGLISH: Accessor<Locale> = () => 'en';
export const KioskLocale = createContext<Accessor<Locale>>(ENGLISH);

export function useKioskText(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const locale = useContext(KioskLocale);
  return (key, params) => textIn(locale(), key, params);
}
