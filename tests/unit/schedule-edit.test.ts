import { describe, expect, test } from 'vitest';
import type { StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { MAX_ITEMS, type ScheduleItem } from '../../src/domain/schedule';
import {
  addItem,
  addMiniStep,
  moveMiniStep,
  parseMinutes,
  removeItem,
  removeMiniStep,
  sameItems,
  setChooseOrder,
  setDuration,
  setStepBoard,
  setStepCheckIn,
} from '../../src/domain/schedule-edit';

// Fixed random parts: the same n always gives the same id.
const zeros = () => new Uint8Array(16);
const id = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros);
const item = (n: number): ScheduleItem => ({ id: id(n), cardId: card(n), miniSteps: [] });

describe('steps', () => {
  test('a card added goes at the end as a new step without timer or mini-steps', () => {
    const items = [item(1)];
    const added = addItem(items, id(2), card(2));

    expect(added).toEqual([item(1), { id: id(2), cardId: card(2), miniSteps: [] }]);
    expect(items).toEqual([item(1)]);
  });

  test('no step is added beyond the most a schedule holds', () => {
    const full = Array.from({ length: MAX_ITEMS }, (_, n) => item(n + 1));

    expect(addItem(full, id(99), card(99))).toHaveLength(MAX_ITEMS);
  });

  test('removing a step keeps the others in order', () => {
    expect(removeItem([item(1), item(2), item(3)], id(2))).toEqual([item(1), item(3)]);
  });

  test('a timer is set on one step and cleared again', () => {
    const timed = setDuration([item(1), item(2)], id(2), 15);

    expect(timed[1]?.durationMinutes).toBe(15);
    expect(timed[0]).toEqual(item(1));
    expect(setDuration(timed, id(2), undefined)[1]).toEqual(item(2));
  });
});

describe('mini-schedules', () => {
  const items = [item(1), item(2)];
  const withMinis = addMiniStep(addMiniStep(items, id(2), { id: id(21), cardId: card(21) }), id(2), {
    id: id(22),
    cardId: card(22),
  });

  test('steps inside a step are added in order to that step only', () => {
    expect(withMinis[1]?.miniSteps.map((mini) => mini.id)).toEqual([id(21), id(22)]);
    expect(withMinis[0]?.miniSteps).toEqual([]);
  });

  test('steps inside a step are reordered and removed', () => {
    expect(moveMiniStep(withMinis, id(2), 1, 0)[1]?.miniSteps.map((mini) => mini.id)).toEqual([
      id(22),
      id(21),
    ]);
    expect(removeMiniStep(withMinis, id(2), id(21))[1]?.miniSteps.map((mini) => mini.id)).toEqual([id(22)]);
  });
});

describe('unsaved changes', () => {
  test('the same plan in new objects is the same', () => {
    expect(sameItems([item(1), item(2)], [item(1), item(2)])).toBe(true);
  });

  test('order, timers, cards and mini-steps each make a difference', () => {
    const plan = [item(1), item(2)];

    expect(sameItems(plan, [item(2), item(1)])).toBe(false);
    expect(sameItems(plan, setDuration(plan, id(1), 5))).toBe(false);
    expect(sameItems(plan, [item(1), { ...item(2), cardId: card(7) }])).toBe(false);
    expect(sameItems(plan, addMiniStep(plan, id(1), { id: id(11), cardId: card(11) }))).toBe(false);
    expect(sameItems(plan, [item(1)])).toBe(false);
  });
});

describe('minutes typed by the teacher', () => {
  test('empty means no timer', () => {
    expect(parseMinutes('  ')).toEqual({ ok: true, minutes: undefined });
  });

  test('whole minutes from 1 to 240 are taken', () => {
    expect(parseMinutes('1')).toEqual({ ok: true, minutes: 1 });
    expect(parseMinutes(' 240 ')).toEqual({ ok: true, minutes: 240 });
  });

  test('anything else is refused', () => {
    for (const text of ['0', '241', '1.5', '-3', 'ten', '1e2'])
      expect(parseMinutes(text)).toEqual({ ok: false });
  });
});

test('a choice board or a choice of order on a step makes a difference too', () => {
  const plan = [item(1)];
  const board = ulid<'board'>(Date.UTC(2026, 0, 1), zeros);

  expect(sameItems(plan, [{ ...item(1), boardId: board }])).toBe(false);
  expect(sameItems(plan, [{ ...item(1), chooseOrderOf: 3 }])).toBe(false);
});

test('a step offers a choice board or a choice of order, and stops again without a trace', () => {
  const board = ulid<'board'>(Date.UTC(2026, 0, 1), zeros);
  const plan = [item(1), item(2)];
  const offered = setChooseOrder(setStepBoard(plan, id(1), board), id(1), 3);

  expect(offered[0]).toEqual({ ...item(1), boardId: board, chooseOrderOf: 3 });
  expect(offered[1]).toEqual(item(2));
  const withdrawn = setChooseOrder(setStepBoard(offered, id(1), undefined), id(1), undefined);
  expect(withdrawn[0]).toEqual(item(1));
  expect(Object.keys(withdrawn[0] ?? {})).not.toContain('boardId');
});

test('a step asks for a check-in with the scale, and stops again without a trace', () => {
  const plan = [item(1), item(2)];
  const asking = setStepCheckIn(plan, id(2), true);

  expect(asking).toEqual([item(1), { ...item(2), checkIn: true }]);
  expect(sameItems(plan, asking)).toBe(false);
  const stopped = setStepCheckIn(asking, id(2), false);
  expect(Object.keys(stopped[1] ?? {})).not.toContain('checkIn');
  expect(sameItems(plan, stopped)).toBe(true);
});
