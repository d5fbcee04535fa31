// Renders the app icons (PNG) from public/favicon.svg with the local Chromium.
// Run after changing the icon: node scripts/render-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();

async function render(file, size, { maskable = false } = {}) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon fills the square and keeps its drawing inside the central safe zone (80%).
  const inner = maskable
    ? `<div style="width:100%;height:100%;background:#1d4f7a;display:grid;place-items:center">
         <div style="width:70%;height:70%">${svg}</div></div>`
    : svg;
  await page.setContent(
    `<style>html,body{margin:0;width:${size}px;height:${size}px;background:transparent}svg{width:100%;height:100%;display:block}</style>${inner}`,
  );
  await page.screenshot({
    path: new URL(`../public/${file}`, import.meta.url).pathname,
    omitBackground: !maskable,
  });
}

await render('icon-192.png', 192);
await render('icon-512.png', 512);
await render('icon-maskable-512.png', 512, { maskable: true });
await render('apple-touch-icon.png', 180, { maskable: true });
await browser.close();
