import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { beforeAll, expect, test } from 'vitest';
import type { Card } from '../../src/domain/cards';
import type { AppEvent } from '../../src/domain/events';
import { type CardId, type StepId, ulid } from '../../src/domain/ids';
import { progressOf } from '../../src/domain/schedule-progress';
import type { SchoolDay } from '../../src/domain/time';
import { FocusLayout } from '../../src/ui/student/focus-layout';
import { ListLayout } from '../../src/ui/student/list-layout';
import { ANA, aShown, aStart, morning } from '../support/events';

// Each tap counts the day's progress afresh. A row of the schedule made anew for it would read its
// picture from the database again and draw it again: the rows a tap does not change must stay.
const day = ['Reading', 'Math', 'Lunch'].map((label) => ({
  id: ulid<'step'>(morning(1)) as StepId,
  card: { id: ulid<'card'>(morning(1)) as CardId, label, createdAt: 0, updatedAt: 0 } satisfies Card,
}));
const items = day.map((step) => ({ id: step.id, cardId: step.card.id, miniSteps: [] }));
const cards = new Map(day.map((step) => [step.card.id, step.card]));
const reading = day[0]?.id ?? expect.unreachable('a first step');
const AT = morning(7);

beforeAll(() => {
  // The layouts keep the current step in view as the screen changes size; jsdom has no layout.
  HTMLElement.prototype.scrollIntoView = () => {};
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function dayOnScreen(Layout: 'list' | 'now-next') {
  const [events, setEvents] = createSignal<readonly AppEvent[]>([aShown(ANA, AT, reading)]);
  const props = () => ({
    studentId: ANA,
    day: '2026-09-07' as SchoolDay,
    events: events(),
    progress: progressOf(items, events()),
    cards,
    pictureStyle: 'word' as const,
    actions: { onStart: () => undefined, onDone: () => undefined, busy: false },
  });
  render(() =>
    Layout === 'list' ? (
      <ListLayout {...props()} direction="list" />
    ) : (
      <FocusLayout {...props()} variant="now-next" />
    ),
  );
  return { start: () => setEvents((before) => [...before, aStart(ANA, AT + 5000, 'independent', reading)]) };
}

test('in the list, a tap that starts the step keeps every row and card on screen as they were', () => {
  const { start } = dayOnScreen('list');
  const rows = screen.getAllByRole('listitem');
  const cardsBefore = ['Reading', 'Math', 'Lunch'].map((label) =>
    screen.getByRole('button', { name: `Hear ${label}` }),
  );

  start();

  expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  expect(screen.getAllByRole('listitem')).toEqual(rows);
  for (const [index, label] of ['Reading', 'Math', 'Lunch'].entries())
    expect(screen.getByRole('button', { name: `Hear ${label}` })).toBe(cardsBefore[index]);
});

test('now and next: a tap that starts the step keeps its card and the next one as they were', () => {
  const { start } = dayOnScreen('now-next');
  const now = screen.getByRole('button', { name: 'Hear Reading' });
  const next = screen.getByRole('button', { name: 'Hear Math' });

  start();

  expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Hear Reading' })).toBe(now);
  expect(screen.getByRole('button', { name: 'Hear Math' })).toBe(next);
});
