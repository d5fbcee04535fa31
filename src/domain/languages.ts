// Bilingual content: a card, scale or question keeps its main words in the classroom's language
// (the fields it always had, so old data reads unchanged) and may carry the same words in the
// other languages the classroom uses. Each student sees and hears their own language. The kiosk's
// first load takes only `wordsFor` from here (the bundler leaves the editors' helpers out): keep
// what it takes tiny.
import { AppError } from './errors';
import type { MediaId } from './ids';
import { LOCALES, type Locale } from './people';

/** A recording in the teacher's own voice, played instead of the device's voice. */
export type Recording = { mediaId: MediaId };

/** An item's words in languages other than the classroom's; absent languages have none. */
export type InLanguages<Words> = Partial<Record<Locale, Words>>;

/** Words as a student gets them: the words, and the language they are in (the voice that reads them). */
export type WordsFor<Words> = { words: Words; locale: Locale };

/**
 * The words a student sees and hears: their own language's when the item has them; else the main
 * words, which are in the classroom's language and are read by that language's voice, so a
 * Spanish voice never reads English words (a student who has no words of their own hears the
 * classroom's words as they are meant to sound).
 */
export function wordsFor<Words>(
  main: Words,
  inLanguages: InLanguages<Words> | undefined,
  student: Locale,
  classroom: Locale,
): WordsFor<Words> {
  const own = inLanguages?.[student];
  return own ? { words: own, locale: student } : { words: main, locale: classroom };
}

/**
 * What the tablet does when an item is tapped: plays the teacher's recording when there is one,
 * else the device's voice for `locale` reads `text`.
 */
export type Speech = { text: string; locale: Locale; recording?: Recording };

/** The other languages than the classroom's: the ones an editor offers words in. */
export function otherLocales<L extends string>(all: readonly L[], classroom: L): L[] {
  return all.filter((candidate) => candidate !== classroom);
}

/** The recordings an item plays, in its main language and the others (a card, a level, a question). */
export function recordingsOf(item: {
  recording?: Recording;
  inLanguages?: InLanguages<{ recording?: Recording }>;
}): MediaId[] {
  const others = Object.values(item.inLanguages ?? {}).map((words) => words?.recording);
  return [item.recording, ...others].flatMap((recording) => (recording ? [recording.mediaId] : []));
}

type Recorded<Words> = { recording?: Recording; inLanguages?: InLanguages<Words> };

/**
 * The item with the recording of its main words (`locale` absent) or of its words in another
 * language set, or taken away (`recording` absent). A language's recording needs its words first:
 * a student sees the words of the language they hear.
 */
export function withRecording<Words extends { recording?: Recording }, Item extends Recorded<Words>>(
  item: Item,
  locale: Locale | undefined,
  recording: Recording | undefined,
): Item {
  if (!locale) {
    const { recording: _old, ...rest } = item;
    return { ...rest, ...(recording ? { recording } : {}) } as Item;
  }
  const words = item.inLanguages?.[locale];
  if (!words) throw new AppError('words-missing', `no words in ${locale} to record`);
  const { recording: _old, ...rest } = words;
  const recorded = { ...rest, ...(recording ? { recording } : {}) } as Words;
  return { ...item, inLanguages: { ...item.inLanguages, [locale]: recorded } };
}

/**
 * Words in other languages from the teacher's form, as stored: each language that keeps words
 * keeps its recording; a language left without words is left out, and its recording is returned
 * in `dropped`, to be released. No language with words: no `inLanguages` at all.
 */
export function keepRecordings<Words extends object>(
  input: InLanguages<Words> | undefined,
  before: InLanguages<{ recording?: Recording }> | undefined,
): { inLanguages?: InLanguages<Words & { recording?: Recording }>; dropped: MediaId[] } {
  const inLanguages: InLanguages<Words & { recording?: Recording }> = {};
  const dropped: MediaId[] = [];
  for (const locale of LOCALES) {
    const words = input?.[locale];
    const recording = before?.[locale]?.recording;
    if (words) inLanguages[locale] = { ...words, ...(recording ? { recording } : {}) };
    else if (recording) dropped.push(recording.mediaId);
  }
  return Object.keys(inLanguages).length > 0 ? { inLanguages, dropped } : { dropped };
}
