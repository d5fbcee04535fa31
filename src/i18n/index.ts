import { createSignal } from 'solid-js';
import { isAppError } from '../domain/errors';
import type { Locale } from '../domain/people';
import { en, type MessageKey } from './messages/en';
import { es } from './messages/es';

export type { MessageKey };

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, es };

const [locale, setLocale] = createSignal<Locale>('en');

export { locale, setLocale };

/** The words for a key in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale()][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
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
