// Finding symbols by the words a teacher types. Pure: no DOM, no symbol set or vocabulary of its own.
import { type ClassroomConcept, classroomSymbolsFor, wordsOf } from '../../../domain/symbols/classroom-words';

export type Searchable = { name: string; keywords: string };
export type SearchResult<T> = { matches: T[]; total: number };

export const SYMBOL_RESULTS_MAX = 60;

/**
 * How well a symbol matches the typed words, lower is better; undefined when it does not match.
 * 0: the whole name; 1: the name starts with the words; 2: every word starts a word of the name;
 * 3: every word is somewhere in the name.
 */
function rank(query: readonly string[], symbol: Searchable): number | undefined {
  const words = wordsOf(symbol.keywords || symbol.name);
  const phrase = words.join(' ');
  const typed = query.join(' ');
  if (phrase === typed) return 0;
  if (phrase.startsWith(typed)) return 1;
  if (query.every((part) => words.some((word) => word.startsWith(part)))) return 2;
  if (query.every((part) => phrase.includes(part))) return 3;
  return undefined;
}

// Where each kind of match stands, best first: a classroom word or phrase beats a symbol's own
// name ("computer" shows the desktop computer and the laptop before the computer disk), an exact
// name beats a classroom word still being typed ("cake" shows the cake before "cake pop"), and any
// classroom match beats a partial name.
const CLASSROOM_WORD = 0;
const EXACT_NAME = 1;
const CLASSROOM_PARTIAL = 2; // + the vocabulary's rank less one: 2 or 3
const PARTIAL_NAME = 3; // + the name's rank: 4 to 6

/**
 * The symbols that match a search, best first, at most `limit` of them, with how many matched in
 * all. The classroom vocabulary's symbols come in its order; the symbols matched by name come
 * after, shorter names first, then alphabetical. An empty search lists the set in its own order.
 */
export function searchSymbols<T extends Searchable>(
  symbols: readonly T[],
  query: string,
  limit = SYMBOL_RESULTS_MAX,
  vocabulary: readonly ClassroomConcept[] = [],
): SearchResult<T> {
  const typed = wordsOf(query);
  if (typed.length === 0) return { matches: symbols.slice(0, limit), total: symbols.length };
  const byName = new Map(symbols.map((symbol) => [symbol.name, symbol]));
  const classroom = classroomSymbolsFor(vocabulary, query).flatMap(({ name, rank }, order) => {
    const symbol = byName.get(name);
    if (!symbol) return [];
    const score = rank === 0 ? CLASSROOM_WORD : CLASSROOM_PARTIAL + rank - 1;
    return [{ symbol, score, order }];
  });
  const fromVocabulary = new Set(classroom.map((entry) => entry.symbol.name));
  const named = symbols.flatMap((symbol) => {
    const score = fromVocabulary.has(symbol.name) ? undefined : rank(typed, symbol);
    if (score === undefined) return [];
    return [{ symbol, score: score === 0 ? EXACT_NAME : PARTIAL_NAME + score, order: -1 }];
  });
  const ranked = [...classroom, ...named].sort(
    (a, b) =>
      a.score - b.score ||
      a.order - b.order ||
      a.symbol.name.length - b.symbol.name.length ||
      a.symbol.name.localeCompare(b.symbol.name),
  );
  return { matches: ranked.slice(0, limit).map((entry) => entry.symbol), total: ranked.length };
}

/** The words a person reads and hears for a symbol: "school backpack" for "school-backpack". */
export function symbolTitle(symbol: Searchable): string {
  return symbol.keywords || symbol.name.split('-').join(' ');
}
