import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { SCHOOL_SERVER_ADMIN, schoolSyncPort, syncPort } from './tests/e2e/fixtures/sync-port';

// Tests drive Debian's Chromium; Playwright's own browser downloads cannot reach this network.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(
    `Chromium not found at ${chromiumPath}: install it with "sudo apt-get update && sudo apt-get install -y chromium" or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

// E2E_PORT lets a second checkout run its tests beside this one.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  // Whole-day tests take 30–50 s on two cores; the margin keeps a busy machine from failing them.
  timeout: 90_000,
  use: {
    ...devices['Desktop Chrome'],
    // A classroom tablet in landscape.
    viewport: { width: 1180, height: 820 },
    hasTouch: true,
    baseURL: `http://localhost:${port}`,
    // The service worker precaches the whole app on every fresh context, which costs each test
    // seconds it does not use: tests that go offline, update the app or watch its requests opt in
    // with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        // A microphone that plays a tone, for recording a card in the teacher's voice.
        '--use-fake-device-for-media-stream',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/sync-server.mjs --port ${syncPort}`,
      url: `http://127.0.0.1:${syncPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/sync-server.mjs --port ${schoolSyncPort} --admin ${SCHOOL_SERVER_ADMIN.name}:${SCHOOL_SERVER_ADMIN.password}`,
      url: `http://127.0.0.1:${schoolSyncPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production build, served as it would be installed, with the sync servers behind
      // /couch and /school-couch.
      command: `npx vite preview --port ${port} --strictPort`,
      env: {
        SYNC_PROXY_TARGET: `http://127.0.0.1:${syncPort}`,
        SCHOOL_SYNC_PROXY_TARGET: `http://127.0.0.1:${schoolSyncPort}`,
      },
      url: `http://localhost:${port}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
