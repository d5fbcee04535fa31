// The kiosk's JavaScript budget, checked on every test run: the student's screen must start fast
// on an old classroom tablet. Reads the production build's manifest and follows the entry's static
// imports (what the browser must load before the kiosk can show), not the lazy adult screens.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 45 * 1024;
const GOAL_GZIP_BYTES = 40 * 1024;

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in dist/.vite/manifest.json: run the build first.');

const files = new Set();
const css = new Set();
function follow(chunk) {
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const sheet of chunk.css ?? []) css.add(sheet);
  for (const key of chunk.imports ?? []) follow(manifest[key]);
}
follow(entry);

// Reported beside it, not budgeted: what loads behind the first paint before a tap can be taken
// (the app with the database), so the first load's figure is never read as the whole kiosk.
const working = new Set(files);
function followInto(set, chunk) {
  if (set.has(chunk.file)) return;
  set.add(chunk.file);
  for (const key of chunk.imports ?? []) followInto(set, manifest[key]);
}
// The app's modules, whether each has a chunk of its own or vite.config.ts groups them in one.
for (const [key, chunk] of Object.entries(manifest)) {
  if (['src/app/app.tsx', 'src/app/kiosk-app.tsx'].includes(key) || chunk.name === 'kiosk-app')
    followInto(working, chunk);
}

function sizes(list) {
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const bytes = readFileSync(new URL(file, dist));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const js = sizes(files);
const styles = sizes(css);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const filesOf = (count) => `${count} file${count === 1 ? '' : 's'}`;
console.log(
  `Kiosk first load: JS ${kb(js.gzip)} gzip (${kb(js.raw)} raw) in ${filesOf(files.size)}, CSS ${kb(styles.gzip)} gzip; budget ${kb(BUDGET_GZIP_BYTES)}, goal ${kb(GOAL_GZIP_BYTES)}.`,
);
const workingJs = sizes(working);
console.log(
  `Kiosk taking taps (first load + the app behind it): JS ${kb(workingJs.gzip)} gzip in ${filesOf(working.size)}.`,
);
if (js.gzip > BUDGET_GZIP_BYTES) {
  console.error(`Kiosk JS is over budget by ${kb(js.gzip - BUDGET_GZIP_BYTES)}.`);
  process.exit(1);
}
