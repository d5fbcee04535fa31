import { describe, expect, test } from 'vitest';
import { SCALE_LEVELS, type ScaleLevel } from '../../src/domain/events';
import type { CardId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { parseScaleDraft } from '../../src/domain/scale-validation';
import {
  contrastRatio,
  DEFAULT_COLOURS,
  labelsDiffer,
  levelOf,
  MIN_TEXT_CONTRAST,
  SCALE_COLOURS,
  SCALE_TEMPLATES,
  type ScaleTemplate,
  SWATCH_INK,
  SWATCHES,
  scaleDraft,
} from '../../src/domain/scales';
import { scaleTemplatesEn } from '../../src/i18n/messages/scale-templates.en';
import { scaleTemplatesEs } from '../../src/i18n/messages/scale-templates.es';

const CARD = ulid<'card'>(Date.UTC(2026, 8, 1)) as CardId;

describe('contrast', () => {
  test('matches the WCAG figures a reader can check by hand', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // The grey that just passes AA on white, and the one that just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  test.each(SCALE_COLOURS)('the %s swatch passes WCAG AA with its text', (colour) => {
    expect(contrastRatio(SWATCHES[colour], SWATCH_INK)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  test('the usual ramp runs blue, green, yellow, orange, red', () => {
    expect(SCALE_LEVELS.map((level) => DEFAULT_COLOURS[level])).toEqual([
      'blue',
      'green',
      'yellow',
      'orange',
      'red',
    ]);
  });
});

const templateWords = (messages: Record<string, string>, template: ScaleTemplate) => (level: ScaleLevel) => ({
  label: messages[`scaleTemplate.${template}.${level}.label`] ?? '',
  looksLike: messages[`scaleTemplate.${template}.${level}.looksLike`] ?? '',
  feelsLike: messages[`scaleTemplate.${template}.${level}.feelsLike`] ?? '',
  staffResponse: messages[`scaleTemplate.${template}.${level}.staffResponse`] ?? '',
});

describe('templates', () => {
  test.each(
    SCALE_TEMPLATES.flatMap((template) => [
      ['English', template, scaleTemplatesEn],
      ['Spanish', template, scaleTemplatesEs],
    ]) as [string, ScaleTemplate, Record<string, string>][],
  )('the %s “%s” template is a whole, valid scale', (_, template, messages) => {
    const name = messages[`scaleTemplate.${template}.name`] ?? '';
    const draft = scaleDraft(name, templateWords(messages, template));
    expect(draft.levels.map((level) => level.level)).toEqual([1, 2, 3, 4, 5]);
    for (const level of draft.levels) {
      expect(level.label, `${template} ${level.level}`).not.toBe('');
      expect(level.looksLike).not.toBe('');
      expect(level.staffResponse).not.toBe('');
      expect(level.strategies).toEqual([]);
    }
    expect(labelsDiffer(draft.levels)).toBe(true);
    expect(parseScaleDraft(draft)).toEqual(draft);
  });

  test('a scale from scratch has the usual colours and empty words to fill in', () => {
    const draft = scaleDraft('', () => ({ label: '', looksLike: '', staffResponse: '' }));
    expect(draft.levels).toHaveLength(5);
    expect(levelOf(draft, 4)).toEqual({
      level: 4,
      colour: 'orange',
      label: '',
      looksLike: '',
      strategies: [],
      staffResponse: '',
    });
  });
});

describe('a scale from the teacher’s form', () => {
  const valid = () =>
    scaleDraft('Ana feels', (level) => ({
      label: `Level ${level} word`,
      looksLike: `looks ${level}`,
      feelsLike: level === 1 ? 'good' : '',
      staffResponse: `respond ${level}`,
    }));

  test('keeps a picture and strategies, and leaves out an empty “feels like”', () => {
    const draft = valid();
    const [first] = draft.levels;
    if (!first) throw new Error('five levels');
    draft.levels[0] = { ...first, cardId: CARD, strategies: [CARD] };
    const parsed = parseScaleDraft(draft);
    expect(parsed.levels[0]).toMatchObject({ cardId: CARD, strategies: [CARD], feelsLike: 'good' });
    expect(parsed.levels[1]).not.toHaveProperty('feelsLike');
  });

  test('refuses two levels with the same word: colour would be their only difference', () => {
    const draft = valid();
    draft.levels = draft.levels.map((level) =>
      level.level === 5 ? { ...level, label: ' LEVEL 4 word ' } : level,
    );
    expect(() => parseScaleDraft(draft)).toThrow(expect.objectContaining({ code: 'scale-labels-same' }));
  });

  test.each([
    ['four levels', (draft: ReturnType<typeof valid>) => ({ ...draft, levels: draft.levels.slice(0, 4) })],
    [
      'levels out of order',
      (draft: ReturnType<typeof valid>) => ({ ...draft, levels: draft.levels.toReversed() }),
    ],
    ['no name', (draft: ReturnType<typeof valid>) => ({ ...draft, name: '  ' })],
    [
      'a level without a word',
      (draft: ReturnType<typeof valid>) => ({
        ...draft,
        levels: draft.levels.map((level) => (level.level === 2 ? { ...level, label: ' ' } : level)),
      }),
    ],
    [
      'a colour not on the list',
      (draft: ReturnType<typeof valid>) => ({
        ...draft,
        levels: draft.levels.map((level) => ({ ...level, colour: '#ff0000' })),
      }),
    ],
    [
      'too many strategies',
      (draft: ReturnType<typeof valid>) => ({
        ...draft,
        levels: draft.levels.map((level) => ({ ...level, strategies: Array(7).fill(CARD) })),
      }),
    ],
    ['an unknown field', (draft: ReturnType<typeof valid>) => ({ ...draft, owner: 'x' })],
  ])('refuses %s', (_, spoil) => {
    expect(() => parseScaleDraft(spoil(valid()))).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});
