import { describe, expect, test } from 'vitest';
import { firstScreen } from '../../src/app/start-path';

const answers = (noDatabase: boolean) => {
  const asked: boolean[] = [];
  return {
    asked,
    check: async () => {
      asked.push(noDatabase);
      return noDatabase;
    },
  };
};

describe('the first screen of a page load', () => {
  test('a tablet with nothing kept opens setup on its own, from the start screen or setup’s address', async () => {
    for (const path of ['/', '/setup']) {
      const { check } = answers(true);
      expect(await firstScreen(path, { snapshot: false, noDatabase: check })).toBe('setup');
    }
  });

  test('a kept snapshot opens the kiosk without asking for the databases', async () => {
    const { asked, check } = answers(true);
    expect(await firstScreen('/', { snapshot: true, noDatabase: check })).toBe('kiosk');
    expect(asked).toEqual([]);
  });

  test('a database, even without a snapshot, opens the kiosk or the router as before, never setup', async () => {
    const { check } = answers(false);
    expect(await firstScreen('/', { snapshot: false, noDatabase: check })).toBe('kiosk');
    expect(await firstScreen('/setup', { snapshot: false, noDatabase: check })).toBe('routed');
  });

  test('an adult’s route, or the privacy page, opens the router without asking', async () => {
    const { asked, check } = answers(true);
    for (const path of ['/adult', '/adult/settings', '/privacy'])
      expect(await firstScreen(path, { snapshot: false, noDatabase: check })).toBe('routed');
    expect(asked).toEqual([]);
  });
});
