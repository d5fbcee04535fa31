import { tinyWav } from '../support/sounds';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea } from './page-models/app';
import { addStep, makeCard, saveSchedule } from './page-models/teacher';

const yourCards = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Your cards' });

test('a teacher changes a card; it keeps its picture until another is chosen, and the kiosk shows the change', async ({
  page,
}) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Cards' }).click();
  await makeCard(page, {
    label: 'Lunch',
    symbolSearch: 'fork and knife',
    symbolName: 'fork and knife with plate',
  });
  await page.getByRole('link', { name: 'Schedules' }).click();
  await addStep(page, 'Lunch');
  await saveSchedule(page);
  await page.getByRole('link', { name: 'Cards' }).click();

  // New words, same picture.
  await yourCards(page).getByRole('button', { name: 'Change Lunch' }).click();
  await expect(page.getByRole('heading', { name: 'Changing “Lunch”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue('Lunch');
  await expect(page.getByRole('figure', { name: /The card’s picture now/ }).locator('img')).toBeVisible();
  // The card's words in Spanish wait in a disclosure; open, they pass axe too.
  const spanish = page.getByText('Words in Spanish', { exact: true });
  await spanish.click();
  await expect(page.getByRole('textbox', { name: 'Label in Spanish' })).toBeVisible();
  await expectNoAxeViolations(page);
  await spanish.click();
  await page.getByRole('textbox', { name: 'Label' }).fill('Lunch time');
  await page.getByRole('textbox', { name: 'Spoken text (optional)' }).fill('Time to eat');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page
      .getByRole('status')
      .getByText('The card “Lunch time” was changed. Schedules and boards show it at once.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New card' })).toBeVisible();
  // The teacher is back at the card they changed.
  await expect(yourCards(page).getByRole('button', { name: 'Change Lunch time' })).toBeFocused();
  const tile = yourCards(page).getByRole('listitem').filter({ hasText: 'Lunch time' });
  await expect(tile).toContainText('Says: “Time to eat”');
  await expect(tile.locator('img')).toBeVisible();

  // Then words only: the picture goes.
  await tile.getByRole('button', { name: 'Change Lunch time' }).click();
  await page.getByRole('radio', { name: 'No picture (words only)' }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').getByText(/“Lunch time” was changed/)).toBeVisible();
  await expect(tile).toContainText('Words only');
  await expect(tile.locator('img')).toHaveCount(0);
  const media = await page.evaluate(async () => {
    const open = indexedDB.open('on-my-own');
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const request = db.transaction('media').objectStore('media').count();
    const count = await new Promise<number>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
  expect(media).toBe(0);

  // The teacher records the card in their own voice (the test's microphone plays a tone), then
  // replaces it with a sound file.
  await page.context().grantPermissions(['microphone']);
  await tile.getByRole('button', { name: 'Change Lunch time' }).click();
  const recording = page.getByRole('region', { name: 'Recording' });
  await expect(
    recording.getByText('No recording: when the card is tapped, the tablet says its words.'),
  ).toBeVisible();
  await recording.getByRole('button', { name: 'Record your voice' }).click();
  await expect(recording.getByText(/^Recording… say the card’s words/)).toBeVisible();
  await recording.getByRole('button', { name: 'Stop and keep the recording' }).click();
  await expect(recording.getByText('The recording of “Lunch time” was saved.')).toBeVisible();
  await expect(recording.getByRole('button', { name: 'Play the recording' })).toBeInViewport();
  await expectNoAxeViolations(page);
  await recording
    .getByLabel(/^Or choose a sound file/)
    .setInputFiles({ name: 'lunch.wav', mimeType: 'audio/wav', buffer: Buffer.from(tinyWav(4000)) });
  await expect(recording.getByText('The recording of “Lunch time” was saved.')).toBeVisible();
  await recording.getByLabel(/^Or choose a sound file/).setInputFiles({
    name: 'notes.wav',
    mimeType: 'audio/wav',
    buffer: Buffer.from('<html>not a sound</html>'),
  });
  await expect(
    recording.getByText('This is not a sound file (WAV, MP3, Ogg, WebM or M4A). Nothing was saved.'),
  ).toBeVisible();

  await leaveAdultArea(page);
  const now = page.locator('[aria-current="step"]');
  await expect(now.locator('img')).toHaveCount(0);
  // Tapped, the card plays the teacher's recording instead of the device's voice.
  await now.getByRole('button', { name: 'Hear Lunch time' }).click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const player = document.querySelector<HTMLAudioElement>('audio.card-recording');
        return player
          ? { playing: !player.paused || player.ended, duration: Math.round(player.duration * 10) / 10 }
          : undefined;
      }),
    )
    .toEqual({ playing: true, duration: 0.5 });
});

test('a classroom word in Spanish or English finds its picture first in the card editor, with or without accents', async ({
  page,
}) => {
  await completeSetup(page);
  // A Spanish-speaking teacher: the adult screens in Spanish.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page
    .getByRole('combobox', { name: 'Language of the adult screens' })
    .selectOption({ label: 'Español' });
  await page.getByRole('link', { name: 'Tarjetas', exact: true }).click();
  await page.getByRole('radio', { name: 'Símbolo' }).check();
  const search = page.getByRole('searchbox', { name: 'Buscar símbolos' });
  const results = page.getByRole('list', { name: 'Símbolos' }).getByRole('button');

  await search.fill('autobús');
  await expect(results.first()).toHaveAccessibleName('bus');
  await expect(results.first()).toBeInViewport();
  await search.fill('lavarse las manos');
  await expect(results.first()).toHaveAccessibleName('soap');
  await search.fill('lapiz');
  await expect(results.first()).toHaveAccessibleName('pencil');
  await expect(results.first()).toBeInViewport();
  // The card's words in the classroom's other language, open, pass axe on the Spanish screen too.
  const otherWords = page.getByText('Palabras en español', { exact: true });
  await otherWords.click();
  await expect(page.getByRole('textbox', { name: 'Etiqueta en español' })).toBeVisible();
  await expectNoAxeViolations(page);
  await otherWords.click();
  await results.first().click();
  await expect(results.first()).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('textbox', { name: 'Texto', exact: true }).fill('Lápiz');
  await page.getByRole('button', { name: 'Guardar tarjeta' }).click();
  await expect(page.getByRole('status').getByText('Se guardó la tarjeta «Lápiz».')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Sus tarjetas' })
      .getByRole('listitem')
      .filter({ hasText: 'Lápiz' })
      .locator('img'),
  ).toBeVisible();

  // In English the classroom word comes first too, the symbols named by it after.
  await page.getByRole('link', { name: 'Ajustes' }).click();
  await page
    .getByRole('combobox', { name: 'Idioma de las pantallas de adultos' })
    .selectOption({ label: 'English' });
  await page.getByRole('link', { name: 'Cards', exact: true }).click();
  await page.getByRole('radio', { name: 'Symbol' }).check();
  await page.getByRole('searchbox', { name: 'Search symbols' }).fill('computer');
  const englishResults = page.getByRole('list', { name: 'Symbols' }).getByRole('button');
  await expect(englishResults.first()).toHaveAccessibleName('desktop computer');
  await expect(englishResults.nth(1)).toHaveAccessibleName('laptop');
  await expect(englishResults.filter({ hasText: 'computer disk' })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
