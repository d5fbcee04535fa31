import { expect, test } from 'vitest';
import type { CardId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { ScheduleItem, ScheduleSlot } from '../../src/domain/schedule';
import { composeScheduleChange } from '../../src/domain/schedule-changes';

const MONDAYS: ScheduleSlot = { kind: 'template', weekday: 1 };
const card = (label: string) =>
  `01K0000000000000000000${label.padEnd(4, 'X').slice(0, 4).toUpperCase()}` as CardId;
const step = (label: string): ScheduleItem => ({
  id: ulid<'step'>(Date.now()) as StepId,
  cardId: card(label),
  miniSteps: [],
});
const [reading, math, lunch, music] = ['READ', 'MATH', 'LNCH', 'MSIC'].map(step) as [
  ScheduleItem,
  ScheduleItem,
  ScheduleItem,
  ScheduleItem,
];

test('steps added and removed are named by their cards; nothing changed is no change', () => {
  expect(composeScheduleChange(MONDAYS, [reading, math], [reading, math])).toBeUndefined();
  expect(composeScheduleChange(MONDAYS, [reading, math], [reading, music, lunch])).toEqual({
    slot: MONDAYS,
    added: [music.cardId, lunch.cardId],
    removed: [math.cardId],
    reordered: false,
  });
});

test('a new order of the steps kept is a change; a timer or a mini-step is not', () => {
  expect(composeScheduleChange(MONDAYS, [reading, math, lunch], [math, reading, lunch])).toEqual({
    slot: MONDAYS,
    added: [],
    removed: [],
    reordered: true,
  });
  // Removing one step leaves the others in order: not a new order.
  expect(composeScheduleChange(MONDAYS, [reading, math, lunch], [reading, lunch])?.reordered).toBe(false);
  expect(composeScheduleChange(MONDAYS, [reading], [{ ...reading, durationMinutes: 10 }])).toBeUndefined();
});
