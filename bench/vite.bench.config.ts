import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench's harness page, built on its own into bench/.build/bench-harness/ and served beside
// the production build by `npm run bench` only: it never goes into dist/ or the service worker.
export const HARNESS_PATH = '/bench-harness/';

export default defineConfig({
  root: fileURLToPath(new URL('./harness/', import.meta.url)),
  base: HARNESS_PATH,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL(`./.build${HARNESS_PATH}`, import.meta.url)),
    emptyOutDir: true,
  },
});
