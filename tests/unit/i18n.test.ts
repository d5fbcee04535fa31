import { afterEach, expect, test } from 'vitest';
import { AppError, ERROR_CODES } from '../../src/domain/errors';
import { errorText, setLocale, t } from '../../src/i18n';
import { en, type MessageKey } from '../../src/i18n/messages/en';
import { es } from '../../src/i18n/messages/es';

afterEach(async () => {
  await setLocale('en');
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('Spanish has every message, with the same placeholders as English', () => {
  for (const key of Object.keys(en) as MessageKey[]) {
    expect(es[key].trim(), key).not.toBe('');
    expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
  }
});

test('messages fill their placeholders in the current language', async () => {
  expect(t('kiosk.hello', { name: 'Ana' })).toBe('Hello, Ana');
  await setLocale('es');
  expect(t('kiosk.hello', { name: 'Ana' })).toBe('Hola, Ana');
});

test('every error code has words, and unknown errors still get a message', () => {
  for (const code of ERROR_CODES) expect(errorText(new AppError(code))).not.toMatch(/^error\./);
  expect(errorText(new AppError('storage-full'))).toMatch(/out of storage space/);
  expect(errorText(new Error('boom'))).toBe(t('error.unknown'));
});
