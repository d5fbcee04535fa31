import { expect, test } from 'vitest';
import { hashPin, pinMatches } from '../../src/db/pin-hashing';
import { PIN_HASH_ITERATIONS } from '../../src/domain/pin-hash';

test('a PIN hash matches its PIN and no other', async () => {
  const stored = await hashPin('2468');

  expect(await pinMatches('2468', stored)).toBe(true);
  expect(await pinMatches('2469', stored)).toBe(false);
  expect(await pinMatches('', stored)).toBe(false);
});

test('the same PIN hashed twice gives different salts and hashes, at 600,000 iterations or more', async () => {
  const [first, second] = await Promise.all([hashPin('2468'), hashPin('2468')]);

  expect(first.salt).not.toBe(second.salt);
  expect(first.hash).not.toBe(second.hash);
  expect(PIN_HASH_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  expect(first.iterations).toBe(PIN_HASH_ITERATIONS);
});
