import { describe, expect, test } from 'vitest';
import { concept } from '../../src/domain/symbols/classroom-words';
import { searchSymbols, symbolTitle } from '../../src/ui/teacher/cards/symbol-search';

const symbol = (name: string) => ({ name, keywords: name.split('-').join(' ') });
const SET = [
  'school',
  'school-backpack',
  'bus',
  'bus-stop',
  'minibus',
  'pancakes',
  'birthday-cake',
  'cake',
  'red-apple',
  'green-apple',
  'fork-and-knife-with-plate',
].map(symbol);
const names = (query: string, limit?: number) =>
  searchSymbols(SET, query, limit).matches.map((match) => match.name);

describe('symbol search', () => {
  test('the exact name comes first, then names that start with the words', () => {
    expect(names('school')).toEqual(['school', 'school-backpack']);
    expect(names('bus')).toEqual(['bus', 'bus-stop', 'minibus']);
  });

  test('a word that starts a later word of the name ranks before a match inside a word', () => {
    expect(names('cake')).toEqual(['cake', 'birthday-cake', 'pancakes']);
    expect(names('app')).toEqual(['red-apple', 'green-apple']);
  });

  test('every typed word must match, in any order, ignoring case, accents and punctuation', () => {
    expect(names('APPLE red')).toEqual(['red-apple']);
    expect(names('knife, fork')).toEqual(['fork-and-knife-with-plate']);
    expect(names('schoöl-back')).toEqual(['school-backpack']);
    expect(names('apple banana')).toEqual([]);
  });

  test('shows at most the limit, and tells how many matched in all', () => {
    const result = searchSymbols(SET, 'a', 2);
    expect(result.matches).toHaveLength(2);
    expect(result.total).toBe(SET.filter((entry) => entry.name.includes('a')).length);
  });

  test('an empty search lists the set in its own order, up to the limit', () => {
    expect(searchSymbols(SET, '   ', 3)).toEqual({ matches: SET.slice(0, 3), total: SET.length });
  });

  describe('with the classroom vocabulary', () => {
    const VOCABULARY = [
      concept(['fork-and-knife-with-plate', 'not-in-this-set'], ['lunch', 'eat'], ['almuerzo', 'comida']),
      concept(['red-apple', 'pancakes'], ['snack'], ['merienda']),
      concept(['bus'], ['bus', 'school bus'], ['autobús']),
      concept(['green-apple'], ['cake pop'], ['paleta de pastel']),
    ];
    const found = (query: string) =>
      searchSymbols(SET, query, undefined, VOCABULARY).matches.map((match) => match.name);

    test('a classroom word in English or Spanish finds its picture first, the plain names after', () => {
      expect(found('lunch')).toEqual(['fork-and-knife-with-plate']);
      expect(found('comida')).toEqual(['fork-and-knife-with-plate']);
      expect(found('Autobus')).toEqual(['bus']);
      expect(found('merienda')).toEqual(['red-apple', 'pancakes']);
      expect(found('apple')).toEqual(['red-apple', 'green-apple']);
    });

    test('a symbol found both ways is listed once, and counted once', () => {
      const result = searchSymbols(SET, 'bus', undefined, VOCABULARY);
      expect(result.matches.map((match) => match.name)).toEqual(['bus', 'bus-stop', 'minibus']);
      expect(result.total).toBe(3);
    });

    test('an exact name comes before a classroom phrase still being typed, a partial name after', () => {
      // "cake" is on its way to "cake pop"; it is the whole name of the cake.
      expect(found('cake')).toEqual(['cake', 'green-apple', 'birthday-cake', 'pancakes']);
    });
  });

  test('a symbol reads as the words of its name', () => {
    expect(symbolTitle(symbol('school-backpack'))).toBe('school backpack');
    expect(symbolTitle({ name: 'fork-and-knife', keywords: '' })).toBe('fork and knife');
  });
});
