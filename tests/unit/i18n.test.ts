import { afterEach, beforeAll, expect, test } from 'vitest';
import { AppError, ERROR_CODES } from '../../src/domain/errors';
import { errorText, setLocale, t, textIn } from '../../src/i18n';

beforeAll(async () => {
  await import('../../src/i18n/adult');
});
afterEach(async () => {
  await setLocale('en');
});

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1]).sort();

// Every catalog of English words, each beside its Spanish file: a new catalog is checked too.
const catalogFiles = import.meta.glob<Record<string, Record<string, string>>>(
  '../../src/i18n/messages/*.ts',
  {
    eager: true,
  },
);
const catalogOf = (path: string) => Object.values(catalogFiles[path] ?? {})[0];
const englishCatalogs = Object.keys(catalogFiles)
  .filter((path) => path.endsWith('.en.ts'))
  .map((path) => [path.replace(/^.*\//, ''), path] as const);

test('every English catalog has its Spanish file', () => {
  expect(englishCatalogs.length).toBeGreaterThanOrEqual(18);
  for (const [, path] of englishCatalogs)
    expect(catalogOf(path.replace(/\.en\.ts$/, '.es.ts')), path).toBeDefined();
});

test.each(englishCatalogs)(
  'Spanish has every message of %s, with the same placeholders, and no other',
  (_, path) => {
    const english = catalogOf(path) ?? {};
    const spanish = catalogOf(path.replace(/\.en\.ts$/, '.es.ts')) ?? {};
    for (const [key, text] of Object.entries(english)) {
      expect(spanish[key]?.trim(), key).toBeTruthy();
      expect(placeholders(spanish[key] ?? ''), key).toEqual(placeholders(text));
    }
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  },
);

test('numbers take the words of their plural in each language, and a name ends one sentence only', async () => {
  const range = { percent: '50%', dates: 'Sep 1 – 5' };
  expect(t('review.summaryRange', { ...range, starts: 1, days: 1 })).toBe(
    'Independent starts: 50% of 1 step started on 1 school day (Sep 1 – 5).',
  );
  expect(t('review.summaryRange', { ...range, starts: 12, days: 3 })).toBe(
    'Independent starts: 50% of 12 steps started on 3 school days (Sep 1 – 5).',
  );
  expect(t('review.planSaved', { name: 'Maya R.' })).toBe('Saved for Maya R.');
  await setLocale('es');
  expect(t('review.summaryRange', { ...range, starts: 1, days: 1 })).toBe(
    'Inicios independientes: 50% de 1 paso empezado en 1 día de clase (Sep 1 – 5).',
  );
  expect(t('backup.overdue', { days: 0 })).toBe(
    'La última copia de seguridad de esta tableta se guardó hace 0 días.',
  );
});

test('every plural names the other form, so any number has words', () => {
  for (const [path] of Object.entries(catalogFiles))
    for (const text of Object.values(catalogOf(path) ?? {}))
      for (const plural of text.matchAll(/\{\w+, plural,(.*?)\}\s*\}/g))
        expect(plural[1], path).toMatch(/other \{/);
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
  const error = new AppError('board-unsafe-path', 'names ../x.png', { file: 'snacks.obf', path: '../x.png' });
  expect(errorText(error)).toBe(
    'snacks.obf names a file outside the board package (../x.png), which is not allowed. Nothing was imported.',
  );
  await setLocale('es');
  expect(errorText(error)).toMatch(
    /^snacks.obf nombra un archivo fuera del paquete del tablero \(\.\.\/x\.png\)/,
  );
});
