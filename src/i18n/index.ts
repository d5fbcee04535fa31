import { createContext, createSignal, useContext } from 'solid-js';
import { isAppError } from '../domain/errors';
import type { Locale } from '../domain/people';
import type { adultEn } from './messages/adult.en';
import { kioskEn } from './messages/kiosk.en';
import type { kioskProgressEn } from './messages/kiosk-progress.en';
import type { kioskScalesEn } from './messages/kiosk-scales.en';
import type { kioskSelfCheckEn } from './messages/kiosk-self-check.en';
import type { kioskTokensEn } from './messages/kiosk-tokens.en';

export type MessageKey =
  | keyof typeof kioskEn
  | keyof typeof kioskTokensEn
  | keyof typeof kioskProgressEn
  | keyof typeof kioskSelfCheckEn
  | keyof typeof kioskScalesEn
  | keyof typeof adultEn;
type Messages = Partial<Record<MessageKey, string>>;
type Params = Record<string, string | number>;

// The kiosk's English words are always there. Its Spanish words load the first time a Spanish
// student uses the kiosk, and the adult screens bring their own words in both languages (see
// ./adult.ts), as do the kiosk's token board (./kiosk-tokens.ts), self-check (./kiosk-self-check.ts),
// five-point scale (./kiosk-scales.ts) and progress (./kiosk-progress.ts), so the student's first
// load carries only what every student's screen shows.
const catalogs: Record<Locale, Messages> = { en: { ...kioskEn }, es: {} };
const kioskLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('./messages/kiosk.es').then((module) => module.kioskEs),
};
const kioskLoaded = new Set<Locale>(['en']);
const [revision, setRevision] = createSignal(0);

/** Adds words to a language; screens showing them re-render. */
export function addMessages(language: Locale, messages: Messages): void {
  Object.assign(catalogs[language], messages);
  setRevision((count) => count + 1);
}

/** Makes the kiosk's words of a language available. */
export async function loadLocale(language: Locale): Promise<void> {
  if (language === 'en' || kioskLoaded.has(language)) return;
  addMessages(language, await kioskLoaders[language]());
  kioskLoaded.add(language);
}

const [locale, setLocaleSignal] = createSignal<Locale>('en');

export { locale };

/** Switches the adult screens' language. */
export async function setLocale(language: Locale): Promise<void> {
  await loadLocale(language);
  setLocaleSignal(language);
}

/** The words for a key in a given language, with `{name}` placeholders filled in. */
export function textIn(language: Locale, key: MessageKey, params: Params = {}): string {
  revision();
  const template = catalogs[language][key] ?? catalogs.en[key] ?? key;
  return fill(choosePlurals(language, template, params), params);
}

/**
 * Fills `{name}` placeholders. A value that ends a sentence itself ("Maya R.") takes the place of
 * the template's own full stop, so no sentence ends in two.
 */
function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return String(value) + (stop && String(value).endsWith('.') ? '' : stop);
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Picks the words for a number, in the language's own plural rules: `{count, plural, one {# step}
 * other {# steps}}` reads "1 step" and "3 steps"; `#` stands for the number, and `=0 {…}` may name
 * an exact one.
 */
function choosePlurals(language: Locale, template: string, params: Params): string {
  return template.replace(
    /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g,
    (whole, name: string, forms: string) => {
      const count = Number(params[name]);
      if (!Number.isFinite(count)) return whole;
      const options = new Map(
        [...forms.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((m) => [m[1], m[2] ?? '']),
      );
      let rules = pluralRules.get(language);
      if (!rules) {
        rules = new Intl.PluralRules(language);
        pluralRules.set(language, rules);
      }
      const chosen =
        options.get(`=${count}`) ?? options.get(rules.select(count)) ?? options.get('other') ?? '';
      return chosen.replace(/#/g, String(count));
    },
  );
}

/**
 * The language of a part of the screen that has one of its own (a report printed for a family);
 * see LocalePart. An accessor, so the part follows a change of language without being rebuilt.
 */
export const PartLocaleContext = createContext<() => Locale>();

/** The language words are shown in where this runs: its part's own, or the adult screens'. */
export function shownLocale(): Locale {
  return useContext(PartLocaleContext)?.() ?? locale();
}

/** The words for a key in the language of the part of the screen they are shown in. */
export function t(key: MessageKey, params: Params = {}): string {
  return textIn(shownLocale(), key, params);
}

/** The one place where an error becomes words an adult can act on. */
export function errorText(error: unknown): string {
  return isAppError(error) ? t(`error.${error.code}`, error.params) : t('error.unknown');
}

/** Bytes as a person reads them, in the current language. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
