import { expect, test } from 'vitest';
import { parseScaleDraft } from '../../src/domain/scale-validation';
import { templateDraft } from '../../src/ui/teacher/scales/template-draft';

test("a template's main words are in the classroom's language, and its words in the other language come with it", () => {
  const english = templateDraft('feelings', 'en');
  expect(english.name).toBe('How am I feeling?');
  expect(english.inLanguages).toEqual({ es: { name: '¿Cómo me siento?' } });
  expect(english.levels[3]).toMatchObject({ label: 'Upset', inLanguages: { es: { label: 'Con enojo' } } });

  const spanish = templateDraft('feelings', 'es');
  expect(spanish.name).toBe('¿Cómo me siento?');
  expect(spanish.levels[3]).toMatchObject({ label: 'Con enojo', inLanguages: { en: { label: 'Upset' } } });
  // Each language's words tell the levels apart, so the template saves as it is.
  for (const template of ['feelings', 'voice', 'body'] as const)
    expect(parseScaleDraft(templateDraft(template, 'en')).levels).toHaveLength(5);
});
