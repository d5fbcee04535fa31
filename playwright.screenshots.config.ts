import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

// The README's screenshots, kept out of `npm test`: `npm run screenshots` builds and runs this.
// Chromium path, launch flags and the landscape tablet viewport come from the e2e config.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  ...baseConfig,
  testDir: 'tests/screenshots',
  // One at a time: the shots share docs/screenshots/ and are few.
  workers: 1,
  use: {
    ...baseConfig.use,
    baseURL: `http://localhost:${port}`,
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
