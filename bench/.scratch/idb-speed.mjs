import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto('http://localhost:4173/privacy');
const result = await page.evaluate(async () => {
  const N = 100000,
    BATCH = Number(20000);
  const out = {};
  for (const variant of ['indexes', 'noindexes', 'indexes-relaxed']) {
    const name = 'speed-' + variant;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const s = open.result.createObjectStore('events', { keyPath: 'id' });
      if (variant !== 'noindexes') {
        s.createIndex('sa', ['studentId', 'at']);
        s.createIndex('type', 'type');
        s.createIndex('target', 'target');
      }
    };
    const db = await new Promise((r) => (open.onsuccess = () => r(open.result)));
    const t0 = performance.now();
    for (let b = 0; b < N; b += BATCH) {
      const tx = db.transaction('events', 'readwrite', {
        durability: variant.endsWith('relaxed') ? 'relaxed' : 'strict',
      });
      const store = tx.objectStore('events');
      for (let i = b; i < b + BATCH; i++) {
        store.add({
          id: String(1e12 + i),
          type: 'step-started',
          studentId: 'S' + (i % 30),
          at: 1700000000000 + i * 1000,
          day: '2026-03-16',
          deviceId: '01HDEVICE',
          actor: { kind: 'student' },
          stepId: '01HSTEP' + i,
          prompt: 'independent',
          latencyMs: 3000,
        });
      }
      await new Promise((r, j) => {
        tx.oncomplete = r;
        tx.onerror = j;
      });
    }
    out[variant] = Math.round(performance.now() - t0);
    db.close();
    indexedDB.deleteDatabase(name);
  }
  return out;
});
console.log(result);
await browser.close();
