import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Card } from '../../src/domain/cards';
import type { AppEvent } from '../../src/domain/events';
import type { CardId, StepId, StudentId } from '../../src/domain/ids';
import type { Locale } from '../../src/domain/people';
import type { ScheduleItem } from '../../src/domain/schedule';
import { progressOf } from '../../src/domain/schedule-progress';
import type { SchoolDay } from '../../src/domain/time';
import { loadLocale } from '../../src/i18n';
import { CurrentStep } from '../../src/ui/student/current-step';
import { ClassroomLocale, KioskLocale } from '../../src/ui/student/kiosk-text';
import { aFinish, aShown, aStart, STEP } from '../support/events';
import { type Said, stubSpeech } from '../support/speech';

const ANA = '01K000000000000000000000S1' as StudentId;
const READING = '01K000000000000000000000C1' as CardId;
const WASH_HANDS = '01K000000000000000000000C2' as CardId;
const DRY_HANDS = '01K000000000000000000000C3' as CardId;
const WASH_STEP = '01K000000000000000000000M1' as StepId;
const DRY_STEP = '01K000000000000000000000M2' as StepId;
const cards = new Map<CardId, Card>([
  [READING, { id: READING, label: 'Reading', createdAt: 0, updatedAt: 0 }],
  [WASH_HANDS, { id: WASH_HANDS, label: 'Lavar manos', createdAt: 0, updatedAt: 0 }],
  [
    DRY_HANDS,
    { id: DRY_HANDS, label: 'Secar manos', spokenText: 'Secar las manos', createdAt: 0, updatedAt: 0 },
  ],
]);
const items = [{ id: STEP, cardId: READING, miniSteps: [] }];
const withMiniSteps = [
  {
    id: STEP,
    cardId: READING,
    miniSteps: [
      { id: WASH_STEP, cardId: WASH_HANDS },
      { id: DRY_STEP, cardId: DRY_HANDS },
    ],
  },
];
const AT = new Date(2026, 8, 7, 9).getTime();

// The kiosk loads a student's language when it opens their day; here it is loaded once.
beforeAll(() => loadLocale('es'));

let said: Said[];
beforeEach(() => {
  said = [];
  stubSpeech(said);
});

function stepOnScreen(
  locale: Locale,
  started: boolean,
  day: readonly ScheduleItem[] = items,
  more: AppEvent[] = [],
  // The language the cards' main words are written in: here the student's, unless a test says.
  classroom: Locale = locale,
  shownCards: ReadonlyMap<CardId, Card> = cards,
) {
  const events = [
    ...(started ? [aShown(ANA, AT), aStart(ANA, AT + 5000, 'independent')] : [aShown(ANA, AT)]),
    ...more,
  ];
  const progress = progressOf(day, events);
  const actions = { onStart: vi.fn(), onDone: vi.fn(), busy: false };
  const current = progress.current ?? expect.unreachable('a current step');
  render(() => (
    <KioskLocale.Provider value={() => locale}>
      <ClassroomLocale.Provider value={() => classroom}>
        <CurrentStep
          studentId={ANA}
          day={'2026-09-07' as SchoolDay}
          events={events}
          progress={progress}
          cards={shownCards}
          pictureStyle="word"
          actions={actions}
          step={current}
        />
      </ClassroomLocale.Provider>
    </KioskLocale.Provider>
  ));
  return actions;
}

test('Start says itself in the student’s language as it is tapped, and starts the step', async () => {
  const actions = stepOnScreen('es', false);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Empezar' }));
  expect(said).toEqual([{ text: 'Empezar', lang: 'es-MX' }]);
  expect(actions.onStart).toHaveBeenCalledTimes(1);
});

test('Done says itself as it is tapped, and finishes the step', async () => {
  const actions = stepOnScreen('en', true);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Done' }));
  expect(said).toEqual([{ text: 'Done', lang: 'en-US' }]);
  expect(actions.onDone).toHaveBeenCalledTimes(1);
});

test('the Done of a mini-step names it, in the student’s language, and says it as it is tapped', async () => {
  const actions = stepOnScreen('es', true, withMiniSteps);
  // Only the Done of the mini-step on screen: no Start of its own.
  expect(screen.queryByRole('button', { name: 'Empezar' })).toBeNull();
  const done = screen.getByRole('button', { name: 'Terminé: Lavar manos' });
  expect(done.textContent).toContain('Terminé: Lavar manos');
  await userEvent.setup().click(done);
  expect(said).toEqual([{ text: 'Terminé: Lavar manos', lang: 'es-MX' }]);
  expect(actions.onDone).toHaveBeenCalledTimes(1);
});

test('the next mini-step’s Done names it, and says its spoken words', async () => {
  stepOnScreen('en', true, withMiniSteps, [aFinish(ANA, AT + 9000, 4000, WASH_STEP)]);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Done: Secar manos' }));
  expect(said).toEqual([{ text: 'Done: Secar las manos', lang: 'en-US' }]);
});

test('in an English classroom, a Spanish student’s Done names the mini-step in Spanish where the card has it', async () => {
  const english = new Map<CardId, Card>([
    [READING, { id: READING, label: 'Reading', createdAt: 0, updatedAt: 0 }],
    [
      WASH_HANDS,
      {
        id: WASH_HANDS,
        label: 'Wash hands',
        inLanguages: { es: { label: 'Lavar manos' } },
        createdAt: 0,
        updatedAt: 0,
      },
    ],
    [DRY_HANDS, { id: DRY_HANDS, label: 'Dry hands', createdAt: 0, updatedAt: 0 }],
  ]);
  stepOnScreen('es', true, withMiniSteps, [], 'en', english);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Terminé: Lavar manos' }));
  expect(said).toEqual([{ text: 'Terminé: Lavar manos', lang: 'es-MX' }]);
});

test('a mini-step with no words in the student’s language is shown in the classroom’s, and the Spanish voice says only Done', async () => {
  const english = new Map<CardId, Card>([
    [READING, { id: READING, label: 'Reading', createdAt: 0, updatedAt: 0 }],
    [WASH_HANDS, { id: WASH_HANDS, label: 'Wash hands', createdAt: 0, updatedAt: 0 }],
    [DRY_HANDS, { id: DRY_HANDS, label: 'Dry hands', createdAt: 0, updatedAt: 0 }],
  ]);
  stepOnScreen('es', true, withMiniSteps, [], 'en', english);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Terminé: Wash hands' }));
  expect(said).toEqual([{ text: 'Terminé', lang: 'es-MX' }]);
});
