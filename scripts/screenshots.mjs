// Takes the README's screenshots of the production build at tablet size.
// Run after a build: npm run build && npm run screenshots
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const port = 4174;
const base = `http://localhost:${port}`;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The preview server did not start on ${base}`);
}

const out = (name) => new URL(`../docs/screenshots/${name}.png`, import.meta.url).pathname;

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
  await page.goto(base);
  await page.getByLabel('Your name').fill('Ms. Rivera');
  await page.getByLabel('Teacher PIN (4 to 8 digits)').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await page.getByLabel('First student’s name').fill('Ana');
  await page.screenshot({ path: out('setup') });
  await page.getByRole('button', { name: 'Finish setup' }).click();
  await page.getByRole('heading', { name: 'Students' }).waitFor();
  await page.screenshot({ path: out('teacher-home'), fullPage: true });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText(/used of/).waitFor();
  await page.screenshot({ path: out('settings') });
  await page.getByRole('button', { name: 'Back to the student screen' }).click();
  await page.getByRole('heading', { name: 'Hello, Ana' }).waitFor();
  await page.screenshot({ path: out('kiosk') });
  await page.getByRole('link', { name: 'Adults' }).click();
  await page.getByLabel(/^PIN for/).waitFor();
  await page.screenshot({ path: out('adult-gate') });
  await browser.close();
} finally {
  server.kill();
}
