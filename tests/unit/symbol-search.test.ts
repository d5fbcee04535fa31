import { describe, expect, test } from 'vitest';
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

  test('a symbol reads as the words of its name', () => {
    expect(symbolTitle(symbol('school-backpack'))).toBe('school backpack');
    expect(symbolTitle({ name: 'fork-and-knife', keywords: '' })).toBe('fork and knife');
  });
});
