import { describe, expect, test } from 'vitest';
import type { StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { copyItems, insertChange, moveItem, type ScheduleItem, weekdayOf } from '../../src/domain/schedule';
import type { SchoolDay } from '../../src/domain/time';

// Fixed random parts: the same n always gives the same id.
const zeros = () => new Uint8Array(16);
const id = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros);
const item = (n: number): ScheduleItem => ({ id: id(n), cardId: card(n), miniSteps: [] });

describe('reordering', () => {
  test('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  test('ignores a move out of range', () => {
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

describe('change cards', () => {
  const items = [item(1), item(2), item(3)];
  const change = { id: id(9), cardId: card(9) };

  test('go right after the current step, so the student sees them as next', () => {
    const changed = insertChange(items, 0, change);

    expect(changed.map((entry) => entry.id)).toEqual([id(1), id(9), id(2), id(3)]);
    expect(changed[1]).toMatchObject({ isChange: true, cardId: card(9), miniSteps: [] });
  });

  test('go at the end when the day is done', () => {
    expect(insertChange(items, undefined, change).at(-1)?.id).toBe(id(9));
  });
});

test('a copy has the same cards and timings and new step ids', () => {
  const original: ScheduleItem[] = [
    { ...item(1), durationMinutes: 15, miniSteps: [{ id: id(11), cardId: card(11) }] },
    item(2),
  ];
  let next = 100;
  const copy = copyItems(original, () => id(next++));

  expect(copy.map((entry) => entry.cardId)).toEqual([card(1), card(2)]);
  expect(copy[0]?.durationMinutes).toBe(15);
  expect(copy[0]?.miniSteps[0]?.cardId).toBe(card(11));
  const oldIds = new Set([id(1), id(2), id(11)]);
  expect(
    [...copy.map((entry) => entry.id), copy[0]?.miniSteps[0]?.id].some((newId) =>
      oldIds.has(newId as StepId),
    ),
  ).toBe(false);
});

test('school days map to their weekday; weekends have none', () => {
  expect(weekdayOf('2026-11-23' as SchoolDay)).toBe(1);
  expect(weekdayOf('2026-11-27' as SchoolDay)).toBe(5);
  expect(weekdayOf('2026-11-28' as SchoolDay)).toBeUndefined();
});
