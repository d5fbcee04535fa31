// A board's language as its file gives it: a tag (`en`, `en_US`, `es-MX`), or in files from some
// apps a language's name (`English`, `Español`), read as the tag it means.

const TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** Languages by the names files write for them, in English and in the language itself. */
const NAMED: Readonly<Record<string, string>> = {
  english: 'en',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  german: 'de',
  deutsch: 'de',
  italian: 'it',
  italiano: 'it',
  portuguese: 'pt',
  português: 'pt',
  portugues: 'pt',
  dutch: 'nl',
  nederlands: 'nl',
  chinese: 'zh',
  arabic: 'ar',
  russian: 'ru',
  japanese: 'ja',
  korean: 'ko',
};

export type ReadLocale =
  | { locale: string }
  /** A language's name, read as its tag: the teacher is told. */
  | { locale: string; named: string }
  /** Neither a tag nor a name we know: the board goes without a language, and the teacher is told. */
  | { unknown: string };

export function readLocale(given: string): ReadLocale {
  const text = given.trim();
  if (TAG.test(text) && text.length <= 35) return { locale: text };
  // "English (US)", "Spanish - Mexico": the language is the first word.
  const first = text.toLowerCase().split(/[\s(,-]+/)[0] ?? '';
  const tag = Object.hasOwn(NAMED, first) ? NAMED[first] : undefined;
  return tag ? { locale: tag, named: text } : { unknown: text.slice(0, 60) };
}
