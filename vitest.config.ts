import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/svg-dom.ts'],
    // PBKDF2 at 600,000 iterations takes a moment per PIN.
    testTimeout: 20_000,
  },
});
