// Finding symbols by the words a teacher types. Pure: no DOM, no symbol set of its own.

export type Searchable = { name: string; keywords: string };
export type SearchResult<T> = { matches: T[]; total: number };

export const SYMBOL_RESULTS_MAX = 60;

/** Lower case, accents removed, words split on anything that is not a letter or digit. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

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

/**
 * The symbols that match a search, best first (then shorter names, then alphabetical), at most
 * `limit` of them, with how many matched in all. An empty search lists the set in its own order.
 */
export function searchSymbols<T extends Searchable>(
  symbols: readonly T[],
  query: string,
  limit = SYMBOL_RESULTS_MAX,
): SearchResult<T> {
  const typed = wordsOf(query);
  if (typed.length === 0) return { matches: symbols.slice(0, limit), total: symbols.length };
  const ranked = symbols.flatMap((symbol) => {
    const score = rank(typed, symbol);
    return score === undefined ? [] : [{ symbol, score }];
  });
  ranked.sort(
    (a, b) =>
      a.score - b.score ||
      a.symbol.name.length - b.symbol.name.length ||
      a.symbol.name.localeCompare(b.symbol.name),
  );
  return { matches: ranked.slice(0, limit).map((entry) => entry.symbol), total: ranked.length };
}

/** The words a person reads and hears for a symbol: "school backpack" for "school-backpack". */
export function symbolTitle(symbol: Searchable): string {
  return symbol.keywords || symbol.name.split('-').join(' ');
}
