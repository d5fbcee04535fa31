// Each component test file gets a DOM (jsdom) and an IndexedDB of its own (fake-indexeddb), the
// adult screens' words, and a clean screen after each test.
import 'fake-indexeddb/auto';
import { cleanup } from '@solidjs/testing-library';
import { afterEach, beforeAll } from 'vitest';

beforeAll(async () => {
  await import('../../src/i18n/adult');
});
afterEach(cleanup);
