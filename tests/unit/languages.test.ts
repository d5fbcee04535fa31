import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { RECORD_SCHEMAS } from '../../src/domain/backup/record-schemas';
import { type Card, cardFor } from '../../src/domain/cards';
import { ulid } from '../../src/domain/ids';
import {
  type InLanguages,
  keepRecordings,
  otherLocales,
  recordingsOf,
  withRecording,
  wordsFor,
} from '../../src/domain/languages';
import { LOCALES } from '../../src/domain/people';
import { parseScaleDraft } from '../../src/domain/scale-validation';
import { scaleDraft } from '../../src/domain/scales';
import type { QuestionWords } from '../../src/domain/self-monitoring';

const NOW = Date.UTC(2026, 8, 7, 12);
const media = () => ulid<'media'>(NOW);
const englishRecording = { mediaId: media() };
const spanishRecording = { mediaId: media() };

const lunch: Card = {
  id: ulid<'card'>(NOW),
  label: 'Lunch',
  spokenText: 'Time for lunch',
  recording: englishRecording,
  createdAt: NOW,
  updatedAt: NOW,
};
const almuerzo: Card = {
  ...lunch,
  inLanguages: { es: { label: 'Almuerzo', spokenText: 'Hora de almorzar', recording: spanishRecording } },
};

describe('what a student sees and hears', () => {
  test('a student whose language the item has gets their words, read in their voice', () => {
    expect(
      wordsFor({ question: 'Was I working?' }, { es: { question: '¿Estuve trabajando?' } }, 'es', 'en'),
    ).toEqual({ words: { question: '¿Estuve trabajando?' }, locale: 'es' });
    expect(cardFor(almuerzo, 'es', 'en')).toEqual({
      label: 'Almuerzo',
      speech: { text: 'Hora de almorzar', locale: 'es', recording: spanishRecording },
    });
  });

  test('their words without a recording of their own are read by their voice, never the English recording', () => {
    const noSpanishRecording: Card = { ...lunch, inLanguages: { es: { label: 'Almuerzo' } } };
    expect(cardFor(noSpanishRecording, 'es', 'en')).toEqual({
      label: 'Almuerzo',
      speech: { text: 'Almuerzo', locale: 'es' },
    });
  });

  test('the Spanish voice never reads English words: words only in the classroom language are read in its voice', () => {
    const { inLanguages: _none, ...englishOnly } = almuerzo;
    const heard = cardFor(englishOnly, 'es', 'en');
    expect(heard).toEqual({
      label: 'Lunch',
      speech: { text: 'Time for lunch', locale: 'en', recording: englishRecording },
    });
    // A Spanish classroom's words read to an English-speaking student: the Spanish voice, Spanish words.
    expect(wordsFor({ label: 'Recreo' }, undefined, 'en', 'es')).toEqual({
      words: { label: 'Recreo' },
      locale: 'es',
    });
  });

  test('a student of the classroom language gets the main words even where other languages have words', () => {
    expect(cardFor(almuerzo, 'en', 'en')).toEqual({
      label: 'Lunch',
      speech: { text: 'Time for lunch', locale: 'en', recording: englishRecording },
    });
  });

  test('an editor offers words in each language but the classroom one', () => {
    expect(otherLocales(LOCALES, 'en')).toEqual(['es']);
    expect(otherLocales(LOCALES, 'es')).toEqual(['en']);
  });
});

describe('recordings per language', () => {
  test('a recording is set on the main words or on a language that has words; none without words', () => {
    const item: QuestionWords & { inLanguages?: InLanguages<QuestionWords> } = {
      question: 'Was I working?',
      inLanguages: { es: { question: '¿Estuve trabajando?' } },
    };
    expect(withRecording(item, undefined, englishRecording)).toEqual({
      ...item,
      recording: englishRecording,
    });
    expect(withRecording(item, 'es', spanishRecording).inLanguages).toEqual({
      es: { question: '¿Estuve trabajando?', recording: spanishRecording },
    });
    const removed = withRecording(withRecording(item, 'es', spanishRecording), 'es', undefined);
    expect(removed.inLanguages).toEqual({ es: { question: '¿Estuve trabajando?' } });
    const englishOnly: QuestionWords & { inLanguages?: InLanguages<QuestionWords> } = {
      question: 'Was I working?',
    };
    expect(() => withRecording(englishOnly, 'es', spanishRecording)).toThrow(
      expect.objectContaining({ code: 'words-missing' }),
    );
  });

  test("saving the words keeps each language's recording while it keeps words, and returns the others to release", () => {
    const before = { es: { label: 'Almuerzo', recording: spanishRecording } };
    expect(keepRecordings({ es: { label: 'Comida' } }, before)).toEqual({
      inLanguages: { es: { label: 'Comida', recording: spanishRecording } },
      dropped: [],
    });
    expect(keepRecordings({}, before)).toEqual({ dropped: [spanishRecording.mediaId] });
    expect(recordingsOf(almuerzo)).toEqual([englishRecording.mediaId, spanishRecording.mediaId]);
  });
});

describe('the rows a backup or a sync server may hold', () => {
  const row = { ...almuerzo };
  const cardWith = (inLanguages: unknown) => v.safeParse(RECORD_SCHEMAS.cards, { ...row, inLanguages });

  test('a card with words and a recording in Spanish is accepted; old cards without them too', () => {
    expect(v.safeParse(RECORD_SCHEMAS.cards, row).success).toBe(true);
    const { inLanguages: _none, ...old } = row;
    expect(v.safeParse(RECORD_SCHEMAS.cards, old).success).toBe(true);
  });

  test('unknown languages, over-long or empty words, unknown fields and bad recordings are refused', () => {
    expect(cardWith({ fr: { label: 'Déjeuner' } }).success).toBe(false);
    expect(cardWith(JSON.parse('{"__proto__": {"label": "x"}}')).success).toBe(false);
    expect(cardWith({ es: { label: 'A'.repeat(61) } }).success).toBe(false);
    expect(cardWith({ es: { label: '' } }).success).toBe(false);
    expect(cardWith({ es: { label: 'Almuerzo', spokenText: 'A'.repeat(201) } }).success).toBe(false);
    expect(cardWith({ es: { label: 'Almuerzo', colour: 'red' } }).success).toBe(false);
    expect(cardWith({ es: { label: 'Almuerzo', recording: { mediaId: 'not-an-id' } } }).success).toBe(false);
    expect(cardWith(['es']).success).toBe(false);
  });

  test("a scale's levels and name and a question carry words in other languages, within the same limits", () => {
    const draft = scaleDraft('How am I feeling?', (level) => ({
      label: ['Calm', 'Okay', 'Worried', 'Upset', 'Very upset'][level - 1] ?? '',
      looksLike: '',
      staffResponse: '',
    }));
    const scale = {
      id: ulid<'scale'>(NOW),
      ...draft,
      inLanguages: { es: { name: '¿Cómo me siento?' } },
      levels: draft.levels.map((level) => ({
        ...level,
        recording: englishRecording,
        inLanguages: { es: { label: `Nivel ${level.level}`, recording: spanishRecording } },
      })),
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect(v.safeParse(RECORD_SCHEMAS.scales, scale).success).toBe(true);
    const badLevel = {
      ...scale,
      levels: scale.levels.map((level) => ({ ...level, inLanguages: { de: { label: 'Ruhig' } } })),
    };
    expect(v.safeParse(RECORD_SCHEMAS.scales, badLevel).success).toBe(false);
    expect(
      v.safeParse(RECORD_SCHEMAS.scales, { ...scale, inLanguages: { es: { name: 'A'.repeat(61) } } }).success,
    ).toBe(false);

    const target = {
      id: ulid<'target'>(NOW),
      studentId: ulid<'student'>(NOW),
      question: 'Was I working?',
      recording: englishRecording,
      inLanguages: { es: { question: '¿Estuve trabajando?', recording: spanishRecording } },
      answer: 'yes-no',
      when: { kind: 'interval', seconds: 60 },
      checks: 'every',
      active: true,
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect(v.safeParse(RECORD_SCHEMAS.targets, target).success).toBe(true);
    expect(
      v.safeParse(RECORD_SCHEMAS.targets, { ...target, inLanguages: { es: { question: 'A'.repeat(121) } } })
        .success,
    ).toBe(false);
  });

  test('the classroom language is a shared setting of a known language', () => {
    expect(
      v.safeParse(RECORD_SCHEMAS.settings, { key: 'classroomLocale', value: 'es', updatedAt: NOW }).success,
    ).toBe(true);
    expect(v.safeParse(RECORD_SCHEMAS.settings, { key: 'classroomLocale', value: 'fr' }).success).toBe(false);
  });

  test("the teacher's form: a scale's words in another language differ level by level, and are kept", () => {
    const draft = scaleDraft('Voice', (level) => ({
      label: `Level ${level}`,
      looksLike: '',
      staffResponse: '',
    }));
    const spanish = (label: (level: number) => string) => ({
      ...draft,
      inLanguages: { es: { name: 'Voz' } },
      levels: draft.levels.map((level) => ({ ...level, inLanguages: { es: { label: label(level.level) } } })),
    });
    expect(parseScaleDraft(spanish((level) => `Nivel ${level}`)).levels[2]?.inLanguages).toEqual({
      es: { label: 'Nivel 3' },
    });
    expect(() => parseScaleDraft(spanish(() => 'Igual'))).toThrow(
      expect.objectContaining({ code: 'scale-labels-same' }),
    );
    // The form makes no recordings: they are recorded apart, on a saved scale.
    const withRecordingInForm = {
      ...draft,
      levels: draft.levels.map((level) => ({ ...level, recording: englishRecording })),
    };
    expect(() => parseScaleDraft(withRecordingInForm)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
