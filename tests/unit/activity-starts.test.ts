import { expect, test } from 'vitest';
import { activitiesOverDays, dayActivityStarts } from '../../src/domain/activity-starts';
import type { CardId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { ScheduleItem } from '../../src/domain/schedule';
import { ANA, aStart, aVoid, morning } from '../support/events';

const moment = (n: number) => Date.UTC(2026, 8, 1, 0, 0, n);
const card = (n: number): CardId => ulid<'card'>(moment(n));
const step = (n: number): StepId => ulid<'step'>(moment(n));
const [math, pencil, paper, snack] = [card(1), card(2), card(3), card(4)] as const;
const [mathStep, pencilStep, paperStep, snackStep] = [step(5), step(6), step(7), step(8)] as const;
const items: ScheduleItem[] = [
  {
    id: mathStep,
    cardId: math,
    miniSteps: [
      { id: pencilStep, cardId: pencil },
      { id: paperStep, cardId: paper },
    ],
  },
  { id: snackStep, cardId: snack, miniSteps: [] },
];

test('a day’s starts per activity: the step’s own, its mini-steps apart under it, a voided start left out', () => {
  const wrong = aStart(ANA, morning(7, 4), 'independent', snackStep);
  const events = [
    aStart(ANA, morning(7, 1), 'verbal', mathStep),
    aStart(ANA, morning(7, 2), 'independent', pencilStep),
    aStart(ANA, morning(7, 3), 'gestural', paperStep),
    wrong,
    aVoid(wrong, morning(8)),
  ];
  expect(dayActivityStarts(items, events)).toEqual({
    [math]: {
      starts: 1,
      independent: 0,
      mostHelp: 'verbal',
      miniSteps: {
        [pencil]: { starts: 1, independent: 1 },
        [paper]: { starts: 1, independent: 0 },
      },
    },
  });
});

test('over many days, each activity and mini-step adds up; an activity started only through its mini-steps is kept', () => {
  const monday = dayActivityStarts(items, [
    aStart(ANA, morning(7, 1), 'independent', mathStep),
    aStart(ANA, morning(7, 2), 'independent', snackStep),
  ]);
  const tuesday = dayActivityStarts(items, [
    aStart(ANA, morning(8, 2), 'verbal', pencilStep),
    aStart(ANA, morning(8, 3), 'independent', snackStep),
  ]);
  expect(tuesday[math]).toEqual({
    starts: 0,
    independent: 0,
    miniSteps: { [pencil]: { starts: 1, independent: 0 } },
  });
  expect(activitiesOverDays([monday, tuesday])).toEqual([
    { cardId: math, starts: 1, independent: 1, miniSteps: [{ cardId: pencil, starts: 1, independent: 0 }] },
    { cardId: snack, starts: 2, independent: 2, miniSteps: [] },
  ]);
});

test('an activity’s day keeps the most help its own starts needed, for the correct waits of a time delay', () => {
  const day = dayActivityStarts(items, [
    aStart(ANA, morning(7, 1), 'gestural', mathStep),
    aStart(ANA, morning(7, 2), 'verbal', mathStep),
    aStart(ANA, morning(7, 3), 'independent', mathStep),
  ]);
  expect(day[math]?.mostHelp).toBe('verbal');
});
