import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PBKDF2 at 600,000 iterations takes a moment per PIN.
    testTimeout: 20_000,
    // Vitest's default leaves one core idle; on a 2-core CI machine that doubles the run.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit and db',
          include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
          environment: 'node',
          // The picture gate's SVG sanitizer needs a DOM: jsdom's window, and nothing else of it.
          setupFiles: ['tests/support/svg-dom.ts'],
        },
      },
      {
        // Forms rendered by Solid in a DOM of jsdom, over fake-indexeddb: a broken form fails in seconds.
        extends: true,
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
