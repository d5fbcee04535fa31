// Pictures from board files cannot be turned against the classroom: a script-bearing SVG is stored
// cleaned, so opened on its own by its address in the app's origin it runs nothing; and a large
// file is read in a worker while the screen keeps drawing and shows how far the reading is.
import type { Page } from '@playwright/test';
import { aBoard, anObz, dataUri, json, utf8 } from '../support/obf-files';
import { storedCounts } from './fixtures/stored-counts';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations } from './page-models/app';

const importPanel = (page: Page) => page.getByRole('region', { name: 'Board files' });
const fileInput = (page: Page) => importPanel(page).getByLabel('Import a board file');
const optionsOf = (page: Page, name: string) =>
  page.getByRole('list', { name: `Options of ${name}` }).getByRole('listitem');

/** What the hostile pictures' scripts do if they run: leave a mark the test can read from the app. */
const MARK = "localStorage.setItem('hacked', location.href)";
const HOSTILE = [
  // The two that got past the deny-list before.
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg" width="40" height="40"><s:script>${MARK}</s:script><rect width="40" height="40" fill="teal"/></svg>`,
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="${MARK}"><rect width="40" height="40" fill="orange"/></svg>`,
];

test.beforeEach(async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: 'Choice boards' }).click();
  await expect(page.getByRole('heading', { name: 'Choice boards', level: 1 })).toBeVisible();
});

test('a hostile SVG picture is stored cleaned: opened by its address in a tab of the app, no script runs', async ({
  page,
  context,
}) => {
  // First, that the test can see a script run: the same SVG, not through the gate, opened the same way.
  const raw = await page.evaluate(
    (svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
    HOSTILE[1] ?? '',
  );
  const control = await context.newPage();
  await control.goto(raw);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hacked'))).toBe(raw);
  await control.close();
  await page.evaluate(() => localStorage.removeItem('hacked'));

  const board = aBoard((file) => {
    file.name = 'Colours';
    file.buttons = [
      { id: 'b1', label: 'teal', image_id: 'i1' },
      { id: 'b2', label: 'orange', image_id: 'i2' },
    ];
    file.images = HOSTILE.map((svg, index) => ({
      id: `i${index + 1}`,
      data: dataUri('image/svg+xml', utf8(svg)),
    }));
    file.grid = { rows: 1, columns: 2, order: [['b1', 'b2']] };
  });
  await fileInput(page).setInputFiles({
    name: 'colours.obf',
    mimeType: '',
    buffer: Buffer.from(json(board)),
  });

  await expect(importPanel(page).getByRole('status')).toHaveText(
    'The board “Colours” was imported with 2 options. It is in Your boards below. Parts of pictures that could run code or fetch from the web were removed; the drawings were kept. Pictures cleaned: 2.',
  );
  const pictures = optionsOf(page, 'Colours').locator('img');
  await expect(pictures).toHaveCount(2);
  await expectNoAxeViolations(page);
  for (const picture of await pictures.all()) {
    // Drawn: the cleaned SVG is still a picture.
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
    const address = await picture.getAttribute('src');
    expect(address).toMatch(/^blob:/);
    const tab = await context.newPage();
    await tab.goto(address ?? '');
    await expect(tab.locator('rect')).toHaveCount(1);
    // The document is fully loaded (its load event, where onload would run, has fired).
    await expect.poll(() => tab.evaluate(() => document.readyState)).toBe('complete');
    expect(await tab.evaluate(() => document.querySelectorAll('script, [onload]').length)).toBe(0);
    await tab.close();
  }
  expect(await page.evaluate(() => localStorage.getItem('hacked'))).toBeNull();
});

test('a large board file is read in a worker: the screen keeps drawing and shows its progress', async ({
  page,
}) => {
  // 40 boards, each with about 400 KB of nested lists in a field no reader uses: 16 MB to read.
  const nested = `${'['.repeat(60)}${'1,'.repeat(10)}1${']'.repeat(60)}`;
  const filler = Array.from({ length: 2500 }, () => nested).join(',');
  const boards = Object.fromEntries(
    Array.from({ length: 40 }, (_, index) => [
      `b${index}.obf`,
      aBoard((file) => {
        file.id = `b${index}`;
        file.name = `Board ${index + 1}`;
        file.images = [];
        file.buttons = [
          { id: 'x1', label: 'yes' },
          { id: 'x2', label: 'no' },
        ];
        file.grid = null;
      }),
    ]),
  );
  const manifest = {
    format: 'open-board-0.1',
    root: 'b0.obf',
    paths: { boards: { ...Object.keys(boards) } },
  };
  const withFiller = Object.fromEntries(
    Object.entries(boards).map(([name, file]) => [
      name,
      utf8(JSON.stringify(file).replace(/}$/, `,"ext_x":[${filler}]}`)),
    ]),
  );
  const obz = anObz({ 'manifest.json': manifest, ...withFiller });

  // A heartbeat: the longest time between two frames the screen drew, and every progress shown.
  await page.evaluate(() => {
    const seen = { longestGap: 0, progress: [] as string[] };
    Object.assign(window, { seen });
    let last = performance.now();
    const beat = (now: number) => {
      seen.longestGap = Math.max(seen.longestGap, now - last);
      last = now;
      requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
      if (bar) seen.progress.push(bar.hasAttribute('value') ? String(bar.value) : 'saving');
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await fileInput(page).setInputFiles({ name: 'big.obz', mimeType: '', buffer: Buffer.from(obz) });

  // Read whole, the package waits for the teacher's choice: all 40 become choice boards.
  const preview = page.getByRole('region', { name: 'Choose from “big.obz”' });
  const uses = preview.getByRole('combobox', { name: /^What to make of/ });
  await expect(uses).toHaveCount(40, { timeout: 30_000 });
  for (const use of await uses.all()) await use.selectOption({ label: 'A choice board' });
  await preview.getByRole('button', { name: 'Import what I chose' }).click();
  await expect(importPanel(page).getByRole('status')).toHaveText(/^40 boards were imported/);
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { longestGap: number; progress: string[] } }).seen,
  );
  expect(seen.longestGap).toBeLessThan(2000);
  expect(
    seen.progress.filter((value) => value !== 'saving' && Number(value) > 0 && Number(value) < 1).length,
  ).toBeGreaterThan(0);
  expect(seen.progress).toContain('saving');
  expect(await storedCounts(page, ['boards', 'cards'])).toEqual({ boards: 40, cards: 80 });
});
