import { describe, expect, test } from 'vitest';
import { bundledSymbols, CLASSROOM_SIGNS } from '../../scripts/symbol-set';
import { CLASSROOM_VOCABULARY } from '../../src/domain/symbols/classroom-vocabulary';
import {
  classroomSymbolsFor,
  concept,
  missingVocabularySymbols,
  wordsOf,
} from '../../src/domain/symbols/classroom-words';

const VOCABULARY = [
  concept(['bus', 'oncoming-bus'], ['bus', 'school bus'], ['autobús', 'camión']),
  concept(['soap'], ['wash hands', 'hand washing'], ['lavarse las manos']),
  concept(['check-mark-button'], ['all done', 'finished'], ['terminado', 'se acabó']),
  concept(['person-walking'], ['line up', 'get in line'], ['hacer fila']),
  concept(['pencil'], ['pencil'], ['lápiz']),
  concept(['crayon'], ['crayon'], ['crayón']),
  concept(['open-book', 'books'], ['reading', 'story'], ['leer']),
  concept(['hand-with-fingers-splayed'], ['hand'], ['mano']),
  concept(['man'], ['dad'], ['papá']),
  concept(['potato'], ['potato'], ['papa']),
];
const names = (query: string) => classroomSymbolsFor(VOCABULARY, query).map((match) => match.name);
const ranks = (query: string) => classroomSymbolsFor(VOCABULARY, query).map((match) => match.rank);

describe('classroom words', () => {
  test('words are compared without case, accents or punctuation', () => {
    expect(wordsOf('  Autobús, LÁPIZ-rojo ')).toEqual(['autobus', 'lapiz', 'rojo']);
    expect(names('AUTOBUS')).toEqual(['bus', 'oncoming-bus']);
    expect(names('autobús')).toEqual(['bus', 'oncoming-bus']);
    expect(names('lapiz')).toEqual(['pencil']);
    expect(names('Lápiz.')).toEqual(['pencil']);
  });

  test('a simple plural finds its word, in English and Spanish', () => {
    expect(names('buses')).toEqual(['bus', 'oncoming-bus']);
    expect(names('pencils')).toEqual(['pencil']);
    expect(names('stories')).toEqual(['open-book', 'books']);
    expect(names('lápices')).toEqual(['pencil']);
    expect(names('crayones')).toEqual(['crayon']);
    expect(names('camiones')).toEqual(['bus', 'oncoming-bus']);
  });

  test('a phrase is matched as a whole, with or without the small words', () => {
    expect(names('wash hands')).toEqual(['soap']);
    expect(names('all done')).toEqual(['check-mark-button']);
    expect(names('line up')).toEqual(['person-walking']);
    expect(names('lavarse manos')).toEqual(['soap']);
    expect(names('lavarse las manos')).toEqual(['soap']);
    expect(names('get in the line')).toEqual(['person-walking']);
    expect(names('se acabo')).toEqual(['check-mark-button']);
  });

  test('a whole word or phrase ranks before one being typed, before one of its words', () => {
    expect(ranks('bus')).toEqual([0, 0]);
    expect(names('wash ha')).toEqual(['soap']);
    expect(ranks('wash ha')).toEqual([1]);
    expect(names('penc')).toEqual(['pencil']);
    expect(ranks('penc')).toEqual([1]);
    // "hands" is the hand first, then washing hands.
    expect(classroomSymbolsFor(VOCABULARY, 'hands')).toEqual([
      { name: 'hand-with-fingers-splayed', rank: 0 },
      { name: 'soap', rank: 2 },
    ]);
  });

  test('one typed letter is not yet a word being typed', () => {
    expect(names('p')).toEqual([]);
    expect(names('pe')).toEqual(['pencil']);
  });

  test('a tie goes to the concept named first, each symbol once', () => {
    expect(names('papa')).toEqual(['man', 'potato']);
    expect(names('papá')).toEqual(['man', 'potato']);
    expect(names('  ')).toEqual([]);
    expect(names('bus school')).toEqual(['bus', 'oncoming-bus']);
  });

  test('names the symbols a vocabulary uses and a set lacks', () => {
    expect(missingVocabularySymbols(VOCABULARY, ['bus', 'soap'])).toContain('oncoming-bus');
    expect(
      missingVocabularySymbols(
        VOCABULARY,
        VOCABULARY.flatMap((entry) => entry.symbols),
      ),
    ).toEqual([]);
  });
});

describe('the classroom vocabulary', () => {
  const symbols = bundledSymbols().map((symbol) => symbol.name);

  test('names only symbols the card editor offers', () => {
    expect(missingVocabularySymbols(CLASSROOM_VOCABULARY, symbols)).toEqual([]);
    expect(missingVocabularySymbols([concept(['not-a-symbol'], ['x'], ['x'])], symbols)).toEqual([
      'not-a-symbol',
    ]);
  });

  test('the classroom signs it adds to the set are all in the icon set', () => {
    expect(CLASSROOM_SIGNS.filter((name) => !symbols.includes(name))).toEqual([]);
  });

  test('has at least 300 concepts, each with a symbol and words in English and in Spanish', () => {
    expect(CLASSROOM_VOCABULARY.length).toBeGreaterThanOrEqual(300);
    const incomplete = CLASSROOM_VOCABULARY.filter(
      (entry) => entry.symbols.length === 0 || entry.en.length === 0 || entry.es.length === 0,
    );
    expect(incomplete).toEqual([]);
    const empty = CLASSROOM_VOCABULARY.flatMap((entry) => [...entry.en, ...entry.es]).filter(
      (term) => wordsOf(term).length === 0,
    );
    expect(empty).toEqual([]);
  });

  test('finds classroom words in English and Spanish, with and without accents', () => {
    const first = (query: string) => classroomSymbolsFor(CLASSROOM_VOCABULARY, query)[0]?.name;
    expect(first('autobús')).toBe('bus');
    expect(first('autobus')).toBe('bus');
    expect(first('lápiz')).toBe('pencil');
    expect(first('lapiz')).toBe('pencil');
    expect(first('baño')).toBe('toilet');
    expect(first('bano')).toBe('toilet');
    expect(first('wash hands')).toBe('soap');
    expect(first('line up')).toBe('person-walking');
    expect(first('all done')).toBe('check-mark-button');
    expect(first('para')).toBe('woman-teacher');
  });
});
