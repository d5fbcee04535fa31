import { createSignal } from 'solid-js';
import { isAppError } from '../domain/errors';
import type { Locale } from '../domain/people';
import { en, type MessageKey } from './messages/en';

export type { MessageKey };

type Catalog = Record<MessageKey, string>;

// English is always there; another language loads the first time it is needed, so the kiosk's
// first load carries one language only.
const catalogs: Partial<Record<Locale, Catalog>> = { en };
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./messages/es').then((module) => module.es),
};
const [catalogsLoaded, setCatalogsLoaded] = createSignal(1);

/** Makes a language's words available; screens re-render in it once they have arrived. */
export async function loadLocale(language: Locale): Promise<void> {
  if (language === 'en' || catalogs[language]) return;
  catalogs[language] = await loaders[language]();
  setCatalogsLoaded((count) => count + 1);
}

const [locale, setLocaleSignal] = createSignal<Locale>('en');

export { locale };

/** Switches the adult screens' language. */
export async function setLocale(language: Locale): Promise<void> {
  await loadLocale(language);
  setLocaleSignal(language);
}

type Params = Record<string, string | number>;

/** The words for a key in a given language, with `{name}` placeholders filled in. */
export function textIn(language: Locale, key: MessageKey, params: Params = {}): string {
  catalogsLoaded();
  const template = (catalogs[language] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The words for a key in the adult screens' language. */
export function t(key: MessageKey, params: Params = {}): string {
  return textIn(locale(), key, params);
}

/** The one place where an error becomes words an adult can act on. */
export function errorText(error: unknown): string {
  return isAppError(error) ? t(`error.${error.code}`) : t('error.unknown');
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
