import { afterEach, beforeAll, expect, test } from 'vitest';
import { AppError, ERROR_CODES } from '../../src/domain/errors';
import { errorText, setLocale, t, textIn } from '../../src/i18n';
import { adultEn } from '../../src/i18n/messages/adult.en';
import { adultEs } from '../../src/i18n/messages/adult.es';
import { kioskEn } from '../../src/i18n/messages/kiosk.en';
import { kioskEs } from '../../src/i18n/messages/kiosk.es';
import { kioskScalesEn } from '../../src/i18n/messages/kiosk-scales.en';
import { kioskScalesEs } from '../../src/i18n/messages/kiosk-scales.es';
import { kioskSelfCheckEn } from '../../src/i18n/messages/kiosk-self-check.en';
import { kioskSelfCheckEs } from '../../src/i18n/messages/kiosk-self-check.es';
import { kioskTokensEn } from '../../src/i18n/messages/kiosk-tokens.en';
import { kioskTokensEs } from '../../src/i18n/messages/kiosk-tokens.es';

beforeAll(async () => {
  await import('../../src/i18n/adult');
});
afterEach(async () => {
  await setLocale('en');
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test.each([
  ['kiosk', kioskEn, kioskEs],
  ['kiosk token board', kioskTokensEn, kioskTokensEs],
  ['kiosk self-check', kioskSelfCheckEn, kioskSelfCheckEs],
  ['kiosk scale', kioskScalesEn, kioskScalesEs],
  ['adult', adultEn, adultEs],
])('Spanish has every %s message, with the same placeholders as English', (_, english, spanish) => {
  const translated: Record<string, string> = spanish;
  for (const [key, text] of Object.entries(english)) {
    expect(translated[key]?.trim(), key).toBeTruthy();
    expect(placeholders(translated[key] ?? ''), key).toEqual(placeholders(text));
  }
});

test('messages fill their placeholders in the current language', async () => {
  expect(t('kiosk.hello', { name: 'Ana' })).toBe('Hello, Ana');
  await setLocale('es');
  expect(t('kiosk.hello', { name: 'Ana' })).toBe('Hola, Ana');
  expect(t('gate.title')).toBe('Área de adultos');
});

test("the kiosk speaks each student's language, whatever the adults use", async () => {
  await setLocale('es');
  expect(textIn('en', 'kiosk.start')).toBe('Start');
  expect(textIn('es', 'kiosk.start')).toBe('Empezar');
});

test('every error code has words, and unknown errors still get a message', () => {
  for (const code of ERROR_CODES) expect(errorText(new AppError(code))).not.toMatch(/^error\./);
  expect(errorText(new AppError('storage-full'))).toMatch(/out of storage space/);
  expect(errorText(new Error('boom'))).toBe(t('error.unknown'));
});

test('an error message names what is at fault', async () => {
  const error = new AppError('board-image-missing', 'button 7 uses image 9', {
    file: 'snacks.obf',
    button: '7',
    image: '9',
  });
  expect(errorText(error)).toBe(
    'Button 7 in snacks.obf uses picture 9, which is not in the file. Nothing was imported.',
  );
  await setLocale('es');
  expect(errorText(error)).toMatch(/^El botón 7 de snacks.obf usa la imagen 9/);
});
