import { createRoot, createSignal } from 'solid-js';
import { describe, expect, test } from 'vitest';
import { sameSource, useLive } from '../../src/db/live';

describe('useLive', () => {
  test('reads again when its source changes value, not each time the source is worked out again', async () => {
    const [events, setEvents] = createSignal<string[]>(['shown']);
    const reads: string[] = [];
    const counts: number[] = [];
    const dispose = createRoot((dispose) => {
      useLive(
        () => ['ana', events().includes('started')] as const,
        ([id, started]) => {
          reads.push(`${id} ${started}`);
          return started;
        },
      );
      // Beside it, a read whose source does change at each event: once it has read again, the
      // first would have too.
      useLive(
        () => events().length,
        (count) => {
          counts.push(count);
          return count;
        },
      );
      return dispose;
    });
    await expect.poll(() => [reads, counts]).toEqual([['ana false'], [1]]);
    // As a tap adds to the day's events: the source is worked out again, to the same value.
    setEvents(['shown', 'prompted']);
    await expect.poll(() => counts).toEqual([1, 2]);
    expect(reads).toEqual(['ana false']);
    setEvents(['shown', 'prompted', 'started']);
    await expect.poll(() => reads).toEqual(['ana false', 'ana true']);
    dispose();
  });
});

describe('sameSource', () => {
  test('values, arrays and plain objects holding the same values are alike', () => {
    expect(sameSource('ana', 'ana')).toBe(true);
    expect(sameSource(Number.NaN, Number.NaN)).toBe(true);
    expect(sameSource(['ana', '2026-09-07'], ['ana', '2026-09-07'])).toBe(true);
    expect(sameSource({ id: 'ana', day: '2026-09-07' }, { day: '2026-09-07', id: 'ana' })).toBe(true);
  });

  test('anything else differs, and what they hold is compared by identity, one level deep', () => {
    const range = { from: '2026-09-01', to: '2026-09-30' };
    expect(sameSource(['ana', range], ['ana', range])).toBe(true);
    expect(sameSource(['ana', range], ['ana', { ...range }])).toBe(false);
    expect(sameSource(['ana'], ['ana', undefined])).toBe(false);
    expect(sameSource({ id: 'ana' }, { id: 'ana', day: undefined })).toBe(false);
    expect(sameSource({ id: 'ana', day: undefined }, { id: 'ana', other: undefined })).toBe(false);
    expect(sameSource(['ana'], { 0: 'ana' })).toBe(false);
    expect(sameSource(new Map([['id', 'ana']]), new Map([['id', 'ana']]))).toBe(false);
    expect(sameSource(undefined, null)).toBe(false);
  });
});
