import { fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { CardId, StudentId, TargetId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { Target } from '../../src/domain/self-monitoring';
import { KioskLocale } from '../../src/ui/student/kiosk-text';
import { SelfCheck } from '../../src/ui/student/self-check/self-check';
import { type Said, stubSpeech } from '../support/speech';

const START = new Date(2026, 8, 7, 9, 0).getTime();
const ANA = ulid<'student'>(START) as StudentId;
const EVERY_MINUTE: Target = {
  id: ulid<'target'>(START) as TargetId,
  studentId: ANA,
  question: 'Was I working?',
  answer: 'yes-no',
  when: { kind: 'interval', seconds: 60 },
  checks: 'every',
  active: true,
  createdAt: START,
  updatedAt: START,
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const question = () => screen.queryByRole('region', { name: 'My self-check' });
const countdown = () => screen.queryByText(/^Next check in/);

test('interval questions wait while the day is paused (reward time, all done) and start afresh after it', async () => {
  const [paused, setPaused] = createSignal(false);
  render(() => (
    <SelfCheck
      studentId={ANA}
      targets={[EVERY_MINUTE]}
      events={[]}
      intervalsPaused={paused()}
      onOpenChange={() => {}}
    />
  ));
  expect(countdown()?.textContent).toBe('Next check in 1:00');

  // Reward time begins 30 s in: no countdown, and the minute passing asks nothing.
  await vi.advanceTimersByTimeAsync(30_000);
  setPaused(true);
  expect(countdown()).toBeNull();
  await vi.advanceTimersByTimeAsync(5 * 60_000);
  expect(question()).toBeNull();
  expect(countdown()).toBeNull();

  // The day resumes: a full interval from now, not a question that fell due meanwhile.
  setPaused(false);
  await vi.advanceTimersByTimeAsync(1000);
  expect(question()).toBeNull();
  expect(countdown()?.textContent).toBe('Next check in 0:59');
  await vi.advanceTimersByTimeAsync(59_000);
  expect(question()).not.toBeNull();
});

test('a question kept to some activities waits outside them, starts afresh when one is back, and shows no countdown unless chosen', async () => {
  const reading = ulid<'card'>(START) as CardId;
  const lunch = ulid<'card'>(START) as CardId;
  const [activity, setActivity] = createSignal<CardId>(reading);
  const target: Target = {
    ...EVERY_MINUTE,
    when: { kind: 'interval', seconds: 60, during: [reading] },
    countdown: false,
  };
  render(() => (
    <SelfCheck
      studentId={ANA}
      targets={[target]}
      events={[]}
      intervalsPaused={false}
      activity={activity()}
      onOpenChange={() => {}}
    />
  ));
  // The teacher did not choose the countdown: the student sees none.
  expect(countdown()).toBeNull();

  // Lunch from 30 s on: the minute passes and nothing is asked.
  await vi.advanceTimersByTimeAsync(30_000);
  setActivity(lunch);
  await vi.advanceTimersByTimeAsync(5 * 60_000);
  expect(question()).toBeNull();

  // Reading again: a whole minute from now, not the question that fell due during lunch.
  setActivity(reading);
  await vi.advanceTimersByTimeAsync(59_000);
  expect(question()).toBeNull();
  await vi.advanceTimersByTimeAsync(1000);
  expect(question()).not.toBeNull();
});

test('the countdown shows when the teacher chose it', () => {
  render(() => (
    <SelfCheck
      studentId={ANA}
      targets={[{ ...EVERY_MINUTE, countdown: true }]}
      events={[]}
      intervalsPaused={false}
      onOpenChange={() => {}}
    />
  ));
  expect(countdown()?.textContent).toBe('Next check in 1:00');
});

test('the countdown is a control with a picture that says the time left in the student’s language when tapped', async () => {
  const said: Said[] = [];
  stubSpeech(said);
  const twoMinutes: Target = { ...EVERY_MINUTE, when: { kind: 'interval', seconds: 120 } };
  render(() => (
    <KioskLocale.Provider value={() => 'es'}>
      <SelfCheck
        studentId={ANA}
        targets={[twoMinutes]}
        events={[]}
        intervalsPaused={false}
        onOpenChange={() => {}}
      />
    </KioskLocale.Provider>
  ));
  const button = screen.getByRole('button', { name: 'Próxima revisión en 2:00' });
  expect(button.querySelector('.self-check-clock')).not.toBeNull();

  // A voice reads "1:30" as a time of day: it says the minutes instead, and the seconds under one.
  await vi.advanceTimersByTimeAsync(30_000);
  fireEvent.click(screen.getByRole('button', { name: 'Próxima revisión en 1:30' }));
  await vi.advanceTimersByTimeAsync(75_000);
  fireEvent.click(screen.getByRole('button', { name: 'Próxima revisión en 0:15' }));
  await vi.advanceTimersByTimeAsync(14_000);
  fireEvent.click(screen.getByRole('button', { name: 'Próxima revisión en 0:01' }));
  expect(said).toEqual([
    { text: 'Próxima revisión en 2 minutos', lang: 'es-MX' },
    { text: 'Próxima revisión en 15 segundos', lang: 'es-MX' },
    { text: 'Próxima revisión en 1 segundo', lang: 'es-MX' },
  ]);
});
