import type { Page } from '@playwright/test';
import { seedToday } from './fixtures/seed';
import { expect, test } from './fixtures/test';
import { completeSetup, leaveAdultArea, signIn, TEACHER } from './page-models/app';
import { openParaBar, paraBar } from './page-models/para';

type Violation = { directive: string; blocked: string };
type WatchedWindow = Window & { cspViolations?: Violation[] };

/** The page's Content Security Policy violations so far, collected from the first script on. */
const violations = (page: Page) => page.evaluate(() => (window as WatchedWindow).cspViolations ?? []);

test('the served page carries a strict Content Security Policy, and no inline script', async ({ page }) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy, 'the CSP meta tag').toBeTruthy();
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  // Every script is a file of the app's own: none written into the page.
  expect(html).toMatch(/<script[^>]*\bsrc="\/assets\//);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('the server sends the policy as headers too: framing refused, no type sniffing, no referrer', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The same policy as the page's own, plus what only a header can say: no site may frame the app.
  expect(headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const script = await page.request.get(
    (await page.locator('script[src^="/assets/"]').first().getAttribute('src')) ?? '',
  );
  expect(script.headers()['x-content-type-options']).toBe('nosniff');

  // A page that frames the app (here the app itself; frame-ancestors 'none' refuses every site):
  // the browser does not show it in the frame.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.title = 'framed';
    frame.src = src;
    document.body.append(frame);
  }, `${baseURL}/privacy`);
  await expect.poll(() => page.frames().length).toBe(2);
  const framed = page.frames()[1];
  await expect.poll(() => framed?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').getByRole('heading')).toHaveCount(0);
});

test('no screen breaks the Content Security Policy', async ({ page }) => {
  await page.addInitScript(() => {
    const watched = window as WatchedWindow;
    watched.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      watched.cspViolations?.push({ directive: event.violatedDirective, blocked: event.blockedURI });
    });
  });
  await completeSetup(page);
  await leaveAdultArea(page);
  // A picture on a card, so the kiosk shows a stored image as well as words.
  await seedToday(page, [{ label: 'Reading', picture: true }, { label: 'Math' }], {
    pictureStyle: 'symbol-word',
    layout: 'now-next',
  });
  await page.reload();
  await expect(page.locator('[aria-current="step"]').locator('img')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await signIn(page, TEACHER.pin);
  const screens = [
    ['Schedules', 'Schedules'],
    ['Cards', 'Cards'],
    ['Choice boards', 'Choice boards'],
    ['Progress', 'Progress'],
    ['Self-checks', 'Self-checks'],
    ['Scales', 'Five-point scales'],
    ['Settings', 'Settings'],
    ['Home', 'Teacher'],
  ] as const;
  for (const [link, heading] of screens) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  // The card editor's bundled symbols load on demand.
  await page.getByRole('link', { name: 'Cards', exact: true }).click();
  await page.getByRole('radio', { name: 'Symbol' }).check();
  await page.getByRole('searchbox', { name: 'Search symbols' }).fill('book');
  await expect(page.getByRole('button', { name: /book/i }).first()).toBeVisible();
  await openParaBar(page);
  await expect(paraBar(page).getByText('Reading: what did it take to start?')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // The watch works: a script written into the page is refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
    return (window as Window & { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  // Refused by both policies, the header's and the meta tag's: each reports it.
  await expect
    .poll(async () => (await violations(page)).map((violation) => violation.blocked))
    .toEqual(['inline', 'inline']);
});
