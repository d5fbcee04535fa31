// A Spanish-speaking student in an English-speaking classroom: cards, scale levels and questions
// show and say their Spanish words, play the Spanish recording where there is one, and words only
// in English are said by the English voice, never by the Spanish one.
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Card } from '../../src/domain/cards';
import { type MediaId, type StudentId, type TargetId, ulid } from '../../src/domain/ids';
import { type FivePointScale, scaleDraft } from '../../src/domain/scales';
import type { Target } from '../../src/domain/self-monitoring';
import { loadLocale } from '../../src/i18n';
import { CardFace } from '../../src/ui/student/card-face';
import { ClassroomLocale, KioskLocale } from '../../src/ui/student/kiosk-text';
import { ScalePanel } from '../../src/ui/student/scales/scale-panel';
import { SelfCheck } from '../../src/ui/student/self-check/self-check';
import { type Said, stubSpeech } from '../support/speech';

const played = vi.hoisted(() => [] as string[]);
vi.mock('../../src/ui/student/recording-player', () => ({
  playRecording: async (mediaId: string) => {
    played.push(mediaId);
    return true;
  },
}));

const NOW = new Date(2026, 8, 7, 9).getTime();
const ANA = ulid<'student'>(NOW) as StudentId;
const SPANISH_RECORDING = ulid<'media'>(NOW) as MediaId;

beforeAll(async () => {
  await loadLocale('es');
  await import('../../src/i18n/kiosk-scales');
});

let said: Said[];
beforeEach(() => {
  said = [];
  played.length = 0;
  stubSpeech(said);
});
afterEach(() => vi.useRealTimers());

/** A Spanish-speaking student's kiosk in a classroom whose main words are English. */
const inSpanish = (screenOf: () => JSX.Element) =>
  render(() => (
    <KioskLocale.Provider value={() => 'es'}>
      <ClassroomLocale.Provider value={() => 'en'}>{screenOf()}</ClassroomLocale.Provider>
    </KioskLocale.Provider>
  ));

const card = (label: string, more: Partial<Card> = {}): Card => ({
  id: ulid<'card'>(NOW),
  label,
  createdAt: NOW,
  updatedAt: NOW,
  ...more,
});

test('a card (and so a board option) shows and says its Spanish words in the Spanish voice', async () => {
  const lunch = card('Lunch', {
    spokenText: 'Time for lunch',
    inLanguages: { es: { label: 'Almuerzo', spokenText: 'Hora de almorzar' } },
  });
  inSpanish(() => <CardFace card={lunch} pictureStyle="word" size="large" />);
  const face = screen.getByRole('button', { name: 'Escuchar Almuerzo' });
  expect(face.textContent).toBe('Almuerzo');
  expect(screen.queryByText('Lunch')).toBeNull();
  fireEvent.click(face);
  expect(said).toEqual([{ text: 'Hora de almorzar', lang: 'es-MX' }]);
});

test('a card with English words only is said by the English voice, never the Spanish one', () => {
  inSpanish(() => <CardFace card={card('Recess')} pictureStyle="word" size="large" />);
  const face = screen.getByRole('button', { name: 'Escuchar Recess' });
  expect(face.querySelector('[lang="en"]')?.textContent).toBe('Recess');
  fireEvent.click(face);
  expect(said).toEqual([{ text: 'Recess', lang: 'en-US' }]);
});

test('a card plays its Spanish recording to a Spanish-speaking student, not the English one', async () => {
  const lunch = card('Lunch', {
    recording: { mediaId: ulid<'media'>(NOW) as MediaId },
    inLanguages: { es: { label: 'Almuerzo', recording: { mediaId: SPANISH_RECORDING } } },
  });
  inSpanish(() => <CardFace card={lunch} pictureStyle="word" size="large" />);
  fireEvent.click(screen.getByRole('button', { name: 'Escuchar Almuerzo' }));
  await waitFor(() => expect(played).toEqual([SPANISH_RECORDING]));
  expect(said).toEqual([]);
});

test('a scale shows its Spanish name and level words, and says a level in the Spanish voice', async () => {
  const spanish = ['Tranquilo', 'Bien', 'Preocupado'];
  const draft = scaleDraft('How am I feeling?', (level) => ({
    label: ['Calm', 'Okay', 'Worried', 'Upset', 'Very upset'][level - 1] ?? '',
    looksLike: '',
    staffResponse: '',
  }));
  const scale: FivePointScale = {
    id: ulid<'scale'>(NOW),
    ...draft,
    inLanguages: { es: { name: '¿Cómo me siento?' } },
    // Levels 4 and 5 have no Spanish words yet.
    levels: draft.levels.map((level) => {
      const label = spanish[level.level - 1];
      return label ? { ...level, inLanguages: { es: { label } } } : level;
    }),
    createdAt: NOW,
    updatedAt: NOW,
  };
  inSpanish(() => (
    <ScalePanel
      scale={scale}
      studentId={ANA}
      context={{ kind: 'on-demand', askedBy: 'student' }}
      pictureStyle="word"
      onClose={() => {}}
    />
  ));
  expect(screen.getByRole('heading', { name: '¿Cómo me siento?' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '3: Preocupado' }));
  expect(said).toEqual([{ text: '3: Preocupado', lang: 'es-MX' }]);
  said.length = 0;
  // The rating is written (here it is refused: no such student) before the next tap is taken.
  const upset = screen.getByRole('button', { name: '4: Upset' }) as HTMLButtonElement;
  await waitFor(() => expect(upset.disabled).toBe(false));
  fireEvent.click(upset);
  expect(said).toEqual([{ text: '4: Upset', lang: 'en-US' }]);
});

test('a self-check question is asked and said in Spanish', async () => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  const target: Target = {
    id: ulid<'target'>(NOW) as TargetId,
    studentId: ANA,
    question: 'Was I working?',
    inLanguages: { es: { question: '¿Estuve trabajando?' } },
    answer: 'yes-no',
    when: { kind: 'interval', seconds: 60 },
    checks: 'every',
    active: true,
    createdAt: NOW,
    updatedAt: NOW,
  };
  inSpanish(() => (
    <SelfCheck
      studentId={ANA}
      targets={[target]}
      events={[]}
      intervalsPaused={false}
      onOpenChange={() => {}}
    />
  ));
  await vi.advanceTimersByTimeAsync(60_000);
  const question = screen.getByRole('button', { name: 'Escuchar: ¿Estuve trabajando?' });
  expect(question.textContent).toBe('¿Estuve trabajando?');
  fireEvent.click(question);
  expect(said).toEqual([{ text: '¿Estuve trabajando?', lang: 'es-MX' }]);
});
