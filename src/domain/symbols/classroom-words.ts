// Matching the words a teacher types ("wash hands", "autobus", "lápices") to the classroom
// vocabulary's concepts, in English or Spanish. Pure: the vocabulary comes in as an argument.

/** One thing a classroom names every day, the symbols that show it (best first), and its words. */
export type ClassroomConcept = {
  /** Names of symbols in the bundled set, the most fitting first. */
  symbols: readonly string[];
  /** English words and phrases for it. */
  en: readonly string[];
  /** Spanish words and phrases for it, written with their accents. */
  es: readonly string[];
};

/** A concept of the vocabulary: its symbols (best first), its English words, its Spanish words. */
export function concept(
  symbols: readonly string[],
  en: readonly string[],
  es: readonly string[],
): ClassroomConcept {
  return { symbols, en, es };
}

/** Lower case, accents removed, split on anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Small words that change nothing: "go to the bathroom" is "go bathroom", "lavarse las manos" is
// "lavarse manos". A phrase made only of them keeps them.
const FILLER_WORDS = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'my',
  'your',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'de',
  'del',
  'al',
  'mi',
  'tu',
]);

function meaningfulWordsOf(text: string): string[] {
  const words = wordsOf(text);
  const meaningful = words.filter((word) => !FILLER_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * The forms a word may stand for, plural endings taken off where that is simple: "buses" → "bus",
 * "crayons" → "crayon", "stories" → "story", "lapices" → "lapiz", "colores" → "color".
 */
function singularForms(word: string): string[] {
  const forms = [word];
  if (word.length <= 3) return forms;
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ces')) forms.push(`${word.slice(0, -3)}z`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

function sameWord(typed: string, known: string): boolean {
  const knownForms = singularForms(known);
  return singularForms(typed).some((form) => knownForms.includes(form));
}

/**
 * How well the typed words name a term of the vocabulary, lower is better; undefined when they do
 * not. 0: the whole term; 1: the term starts with them, the last still being typed ("wash ha");
 * 2: each typed word is a word of the term, in any order ("hands" for "wash hands").
 */
function termRank(typed: readonly string[], term: readonly string[]): number | undefined {
  if (typed.length === term.length && typed.every((word, i) => sameWord(word, term[i] ?? ''))) return 0;
  const last = typed.length - 1;
  if (
    typed.length <= term.length &&
    typed.every((word, i) =>
      i < last ? sameWord(word, term[i] ?? '') : word.length >= 2 && term[i]?.startsWith(word),
    )
  ) {
    return 1;
  }
  if (typed.every((word) => term.some((known) => sameWord(word, known)))) return 2;
  return undefined;
}

type PreparedConcept = { concept: ClassroomConcept; terms: string[][] };
const prepared = new WeakMap<readonly ClassroomConcept[], PreparedConcept[]>();

function prepare(vocabulary: readonly ClassroomConcept[]): PreparedConcept[] {
  let ready = prepared.get(vocabulary);
  if (!ready) {
    ready = vocabulary.map((entry) => ({
      concept: entry,
      terms: [...entry.en, ...entry.es].map(meaningfulWordsOf),
    }));
    prepared.set(vocabulary, ready);
  }
  return ready;
}

export type ClassroomSymbolMatch = {
  name: string;
  /** 0: a whole word or phrase of the vocabulary; 1: one being typed; 2: some of its words. */
  rank: number;
};

/**
 * The symbols the vocabulary gives for what was typed, in English or Spanish, with or without
 * accents: the best-named concepts first (then in the vocabulary's order), each concept's symbols
 * in its own order, each symbol once.
 */
export function classroomSymbolsFor(
  vocabulary: readonly ClassroomConcept[],
  query: string,
): ClassroomSymbolMatch[] {
  const typed = meaningfulWordsOf(query);
  if (typed.length === 0) return [];
  const ranked = prepare(vocabulary).flatMap(({ concept, terms }, order) => {
    const ranks = terms.flatMap((term) => termRank(typed, term) ?? []);
    return ranks.length > 0 ? [{ concept, rank: Math.min(...ranks), order }] : [];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const seen = new Set<string>();
  return ranked.flatMap(({ concept, rank }) =>
    concept.symbols.flatMap((name) => {
      if (seen.has(name)) return [];
      seen.add(name);
      return [{ name, rank }];
    }),
  );
}

/** The symbol names the vocabulary uses that `available` lacks, each once. */
export function missingVocabularySymbols(
  vocabulary: readonly ClassroomConcept[],
  available: Iterable<string>,
): string[] {
  const known = new Set(available);
  return [...new Set(vocabulary.flatMap((concept) => concept.symbols))].filter((name) => !known.has(name));
}
