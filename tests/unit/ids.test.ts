import { expect, test } from 'vitest';
import { isUlid, monotonicUlids, ulid, ulidTime } from '../../src/domain/ids';

test('a ULID is 26 Crockford base32 symbols that encode its time', () => {
  const at = Date.UTC(2026, 8, 2, 12, 0, 0, 123);
  const id = ulid(at);

  expect(isUlid(id)).toBe(true);
  expect(ulidTime(id)).toBe(at);
});

test('ULIDs sort by their time, whatever their random part', () => {
  const zeros = () => new Uint8Array(16);
  const ones = () => new Uint8Array(16).fill(31);
  const ids = [ulid(2_000, zeros), ulid(1_000, ones), ulid(1_500, zeros), ulid(1_000, zeros)];

  expect([...ids].sort()).toEqual([ids[3], ids[1], ids[2], ids[0]]);
});

test('two ULIDs of the same moment differ', () => {
  const at = Date.UTC(2026, 8, 2);
  const many = new Set(Array.from({ length: 1000 }, () => ulid(at)));

  expect(many.size).toBe(1000);
});

test('refuses a time it cannot encode', () => {
  expect(() => ulid(-1)).toThrow(RangeError);
  expect(() => ulid(2 ** 48)).toThrow(RangeError);
  expect(() => ulid(1.5)).toThrow(RangeError);
});

test('tells a ULID from other text', () => {
  expect(isUlid('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe(true);
  expect(isUlid('01ARZ3NDEKTSV4RRFFQ69G5FA')).toBe(false);
  expect(isUlid('01ARZ3NDEKTSV4RRFFQ69G5FAI')).toBe(false);
  expect(isUlid('81ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe(false);
  expect(isUlid(42)).toBe(false);
});

test('monotonic ULIDs of one millisecond sort in the order they were made', () => {
  // A random part ending in the highest symbol, so the first increment must carry.
  const endsHigh = () => Uint8Array.from({ length: 16 }, (_, index) => (index === 15 ? 31 : 5));
  const next = monotonicUlids(endsHigh);
  const made = [next(1_000), next(1_000), next(1_000), next(2_000), next(2_000)];

  expect(new Set(made).size).toBe(made.length);
  expect([...made].sort()).toEqual(made);
  expect(made.map(ulidTime)).toEqual([1_000, 1_000, 1_000, 2_000, 2_000]);
});

test('a monotonic ULID of a new millisecond starts a fresh random part', () => {
  const zeros = () => new Uint8Array(16);
  const next = monotonicUlids(zeros);
  next(1_000);

  expect(next(1_001)).toBe(ulid(1_001, zeros));
});
