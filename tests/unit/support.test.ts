import { describe, expect, test } from 'vitest';
import type { PromptLevel } from '../../src/domain/events';
import type { CardId, StaffId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { ScheduleItem } from '../../src/domain/schedule';
import { daySupport, derivedSupport, supportMap, supportOverDays } from '../../src/domain/support';
import type { SupportLevel } from '../../src/domain/support-levels';
import { ANA, anEvent, aVoid, morning } from '../support/events';

const zeros = () => new Uint8Array(16);
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros) as CardId;
const step = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;
const PARA = { kind: 'staff', staffId: ulid<'staff'>(Date.UTC(2026, 0, 1)) as StaffId } as const;

const art: ScheduleItem = {
  id: step(1),
  cardId: card(1),
  miniSteps: [
    { id: step(11), cardId: card(11) },
    { id: step(12), cardId: card(12) },
  ],
};
const lunch: ScheduleItem = { id: step(2), cardId: card(2), miniSteps: [] };

const start = (stepId: StepId, prompt: PromptLevel, minute = 0) =>
  anEvent(
    { type: 'step-started', studentId: ANA, actor: PARA, stepId, prompt, latencyMs: 1000 },
    morning(2, minute),
  );
const noted = (stepId: StepId, level: SupportLevel, minute = 0) =>
  anEvent({ type: 'support-noted', studentId: ANA, actor: PARA, stepId, level }, morning(2, minute));

describe('support derived from the prompts of a part of the day', () => {
  test.each<[string, PromptLevel[], SupportLevel]>([
    ['all on their own', ['independent', 'independent', 'independent'], 'independent'],
    ['an adult only to get going', ['verbal', 'independent', 'independent'], 'teacher-helps-start'],
    ['an adult after it was under way', ['independent', 'independent', 'gestural'], 'adult-throughout'],
    ['an adult all through', ['model', 'verbal', 'partial-physical'], 'adult-throughout'],
    ['a peer’s cues and no adult’s', ['peer', 'independent', 'peer'], 'peer-support'],
    ['an adult to start, then a peer', ['gestural', 'peer', 'independent'], 'teacher-helps-start'],
  ])('%s', (_, [own, first, second], level) => {
    const events = [start(art.id, own ?? 'independent'), start(step(11), first ?? 'independent', 5)];
    events.push(start(step(12), second ?? 'independent', 9));
    expect(derivedSupport(art, events)).toBe(level);
  });

  test('a part without mini-steps is independent or helped to start', () => {
    expect(derivedSupport(lunch, [start(lunch.id, 'independent')])).toBe('independent');
    expect(derivedSupport(lunch, [start(lunch.id, 'full-physical')])).toBe('teacher-helps-start');
  });

  test('without a start, or with every start voided, there is no level (no data is not independent)', () => {
    const only = start(lunch.id, 'verbal');
    expect(derivedSupport(lunch, [])).toBeUndefined();
    expect(derivedSupport(lunch, [only, aVoid(only, morning(2, 1))])).toBeUndefined();
  });

  test('a voided prompt no longer counts', () => {
    const mistake = start(step(11), 'model', 5);
    const events = [start(art.id, 'independent'), mistake, aVoid(mistake, morning(2, 6))];
    expect(derivedSupport(art, events)).toBe('independent');
  });

  test('other parts’ starts do not count', () => {
    expect(derivedSupport(art, [start(lunch.id, 'model')])).toBeUndefined();
  });
});

describe('the map of the day', () => {
  test('a para’s word wins over the prompts, the latest word wins, and parts without data stay blank', () => {
    const events = [
      start(art.id, 'verbal'),
      noted(art.id, 'peer-support', 1),
      noted(art.id, 'adult-throughout', 2),
      start(lunch.id, 'independent', 30),
    ];
    expect(supportMap([art, lunch, { ...lunch, id: step(3) }], events)).toEqual([
      { item: art, level: 'adult-throughout', source: 'recorded' },
      { item: lunch, level: 'independent', source: 'prompts' },
      { item: { ...lunch, id: step(3) } },
    ]);
  });

  test('a voided word falls back to the one before, then to the prompts', () => {
    const last = noted(lunch.id, 'adult-throughout', 2);
    const events = [start(lunch.id, 'independent'), last, aVoid(last, morning(2, 3))];
    expect(supportMap([lunch], events)).toEqual([{ item: lunch, level: 'independent', source: 'prompts' }]);
  });
});

test('over many days, each activity counts the days of each level; days without data are not counted', () => {
  // Day 1: Art started with a verbal prompt (teacher helps start), Lunch on her own.
  // Day 2: Art on her own, Lunch not started. Day 3: a para says Art took adult support.
  const days = [
    { items: [art, lunch], events: [start(art.id, 'verbal'), start(lunch.id, 'independent', 30)] },
    { items: [art, lunch], events: [start(art.id, 'independent')] },
    { items: [art], events: [start(art.id, 'independent'), noted(art.id, 'adult-throughout', 5)] },
  ];
  expect(supportOverDays(days.map((day) => daySupport(day.items, day.events)))).toEqual([
    { cardId: art.cardId, days: { 'teacher-helps-start': 1, independent: 1, 'adult-throughout': 1 } },
    { cardId: lunch.cardId, days: { independent: 1 } },
  ]);
});
