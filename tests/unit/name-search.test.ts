import { expect, test } from 'vitest';
import { byName, foldedName, nameMatches } from '../../src/domain/name-search';

test('what was typed is found in any part of the name, whatever its case and accents', () => {
  expect(nameMatches('José Núñez', 'jose')).toBe(true);
  expect(nameMatches('José Núñez', 'NUN')).toBe(true);
  expect(nameMatches('Zoë', 'zoe')).toBe(true);
  expect(nameMatches('Ana María', 'ana   maría')).toBe(true);
  expect(nameMatches('Ana', 'ben')).toBe(false);
});

test('nothing typed, or only spaces, finds every name', () => {
  expect(nameMatches('Ana', '')).toBe(true);
  expect(nameMatches('Ana', '   ')).toBe(true);
});

test('a name is compared without accents, in lower case, with one space between words', () => {
  expect(foldedName('  Ñandú  Ávila ')).toBe('nandu avila');
});

test('a class list puts Student 2 before Student 10, and ignores case and accents in order', () => {
  const names = ['Student 10', 'student 2', 'Élodie', 'Ana', 'Student 1'].map((name) => ({ name }));
  expect(names.sort(byName).map(({ name }) => name)).toEqual([
    'Ana',
    'Élodie',
    'Student 1',
    'student 2',
    'Student 10',
  ]);
});
