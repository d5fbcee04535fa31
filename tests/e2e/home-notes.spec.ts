import { localDateOf, mondayOf, schoolDayOf } from '../../src/domain/time';
import { pdfText } from './fixtures/pdf-text';
import { seedToday } from './fixtures/seed';
import { schoolDaysBefore, seedEarlierStarts } from './fixtures/seed-days';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

test('a note home is drafted from the day in the family’s Spanish, with the teacher’s sentence, and printed to PDF; so is the week’s, with its chart', async ({
  page,
}) => {
  await completeSetup(page);
  await leaveAdultArea(page);
  await seedToday(page, [{ label: 'Reading', picture: true }, { label: 'Math' }], {
    pictureStyle: 'symbol-word',
    layout: 'list',
  });
  // Yesterday Ana started Math on her own: the day the note tells.
  await seedEarlierStarts(page, 'Math', [{ schoolDaysAgo: 1, prompt: 'independent' }]);
  const yesterday = schoolDayOf(schoolDaysBefore(Date.now(), 1));
  await page.reload();
  await signIn(page, TEACHER.pin);

  // Ana's screen stays in English; her family reads Spanish.
  await page.getByRole('link', { name: 'Schedules' }).click();
  await page.getByLabel('Language of notes home').selectOption('es');
  await expect(page.getByText('Saved. Ana’s screen changes right away.')).toBeVisible();

  await page.getByRole('link', { name: 'Notes home' }).click();
  await page.getByLabel('Day', { exact: true }).fill(yesterday);
  await page.getByLabel('A sentence from you (optional)').fill('Hoy ayudó a un compañero.');
  const note = page.getByRole('article', { name: 'The note for the family' });
  const date = new Date(`${yesterday}T12:00`).toLocaleDateString('es', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
  await expect(note.getByRole('heading', { name: 'El día de Ana en la escuela' })).toBeVisible();
  await expect(note.locator('p')).toHaveText([
    date,
    'Empezó sin ayuda: Math.',
    'Empezó 1 de 1 actividad sin ayuda.',
    'De la escuela: Hoy ayudó a un compañero.',
  ]);
  await expect(page.getByText('Language of the note: Español.')).toBeVisible();
  await expectNoAxeViolations(page);

  // On paper only the note, in Spanish: no menus, no form.
  await page.emulateMedia({ media: 'print' });
  const printed = await pdfText(await page.pdf({ format: 'Letter' }));
  for (const line of [
    'El día de Ana en la escuela',
    date,
    'Empezó sin ayuda: Math.',
    'Hoy ayudó a un compañero.',
  ])
    expect(printed).toContain(line);
  for (const screenOnly of ['Notes home', 'A sentence from you', 'Print or save as PDF'])
    expect(printed).not.toContain(screenOnly);

  // The week's note: the same records, Monday to Friday, and one chart in words too.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'The week (Monday to Friday of the day chosen)' }).check();
  const monday = localDateOf(mondayOf(yesterday), 12).toLocaleDateString('es', {
    month: 'long',
    day: 'numeric',
  });
  await expect(note.getByRole('heading', { name: 'La semana de Ana en la escuela' })).toBeVisible();
  await expect(note.locator('p')).toHaveText([
    `La semana del ${monday}`,
    'Esta semana empezó sin ayuda: Math.',
    'Esta semana empezó 1 de 1 actividad sin ayuda.',
    'De la escuela: Hoy ayudó a un compañero.',
  ]);
  const weekday = localDateOf(yesterday, 12).toLocaleDateString('es', { weekday: 'short' });
  const chart = note.getByRole('img', { name: /^Actividades empezadas sin ayuda, cada día: / });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeInViewport();
  await expect(chart).toHaveAccessibleName(new RegExp(`${weekday} 1 de 1`));
  const otherDay = weekday === 'lun' ? 'mar' : 'lun';
  await expect(chart).toHaveAccessibleName(new RegExp(`${otherDay} nada`));
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const printedWeek = await pdfText(await page.pdf({ format: 'Letter' }));
  for (const line of [
    'La semana de Ana en la escuela',
    'Actividades empezadas sin ayuda, cada día',
    '1 de 1',
  ])
    expect(printedWeek).toContain(line);
});
