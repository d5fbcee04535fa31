import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Card } from '../../src/domain/cards';
import type { CardId, StudentId } from '../../src/domain/ids';
import type { Locale } from '../../src/domain/people';
import { progressOf } from '../../src/domain/schedule-progress';
import type { SchoolDay } from '../../src/domain/time';
import { loadLocale } from '../../src/i18n';
import { CurrentStep } from '../../src/ui/student/current-step';
import { KioskLocale } from '../../src/ui/student/kiosk-text';
import { aShown, aStart, STEP } from '../support/events';

const ANA = '01K000000000000000000000S1' as StudentId;
const READING = '01K000000000000000000000C1' as CardId;
const cards = new Map<CardId, Card>([
  [READING, { id: READING, label: 'Reading', createdAt: 0, updatedAt: 0 }],
]);
const items = [{ id: STEP, cardId: READING, miniSteps: [] }];
const AT = new Date(2026, 8, 7, 9).getTime();

// The kiosk loads a student's language when it opens their day; here it is loaded once.
beforeAll(() => loadLocale('es'));

let said: { text: string; lang: string }[];
beforeEach(() => {
  said = [];
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => [{ lang: 'en-US' }, { lang: 'es-MX' }],
    cancel: () => {},
    speak: (utterance: { text: string; lang: string }) =>
      said.push({ text: utterance.text, lang: utterance.lang }),
  });
});

function stepOnScreen(locale: Locale, started: boolean) {
  const events = started ? [aShown(ANA, AT), aStart(ANA, AT + 5000, 'independent')] : [aShown(ANA, AT)];
  const progress = progressOf(items, events);
  const actions = { onStart: vi.fn(), onDone: vi.fn(), busy: false };
  const current = progress.current ?? expect.unreachable('a current step');
  render(() => (
    <KioskLocale.Provider value={() => locale}>
      <CurrentStep
        studentId={ANA}
        day={'2026-09-07' as SchoolDay}
        events={events}
        progress={progress}
        cards={cards}
        pictureStyle="word"
        actions={actions}
        step={current}
      />
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
