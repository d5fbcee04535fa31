import { afterEach, expect, test } from 'vitest';
import type { PromptLevel } from '../../src/domain/events';
import { ulid } from '../../src/domain/ids';
import { composePlanChange } from '../../src/domain/plan-changes';
import type { PlanStage } from '../../src/domain/plan-stage';
import { setLocale } from '../../src/i18n';
// The adult screens' words, as their lazy chunks bring them.
import '../../src/i18n/adult';
import {
  composeAlertChange,
  composeNeedsChange,
  composeStaffResponseChanges,
  composeTokenChange,
  type SupportChange,
} from '../../src/domain/support-changes';
import {
  planChangeWords,
  scheduleChangeWords,
  supportChangeWords,
  todaysPlanWords,
} from '../../src/ui/components/plan-words';

const ARRIVAL = ulid<'card'>(Date.UTC(2026, 0, 1));
const verbalWait: PlanStage = { prompt: 'verbal', delaySeconds: 5 };
const english: Partial<Record<PromptLevel, string>> = { verbal: 'verbal', gestural: 'gestural' };
const spanish: Partial<Record<PromptLevel, string>> = { verbal: 'verbal', gestural: 'gestual' };

function words(before: PlanStage | undefined, after: PlanStage | undefined, names = english) {
  const change = composePlanChange(ARRIVAL, before, after);
  if (!change) throw new Error('the stages differ');
  return planChangeWords(change, 'Arrival', (level) => names[level] ?? level);
}

afterEach(() => setLocale('en'));

test('a change in one line: the stage now, and of the one before only what changed', async () => {
  await setLocale('en');
  expect(words(verbalWait, { ...verbalWait, prompt: 'gestural' })).toBe(
    'Arrival: wait 5 s, then gestural — was: verbal',
  );
  expect(words({ prompt: 'verbal', delaySeconds: 0 }, { prompt: 'gestural', delaySeconds: 5 })).toBe(
    'Arrival: wait 5 s, then gestural — was: verbal without a wait',
  );
  expect(words(verbalWait, { ...verbalWait, note: 'word card' })).toBe(
    'Arrival: wait 5 s, then verbal; word card — was: no note',
  );
  expect(words(undefined, verbalWait)).toBe('Arrival: new plan — wait 5 s, then verbal');
  expect(words(verbalWait, undefined)).toBe('Arrival: plan removed — was: wait 5 s, then verbal');
});

test('the same change in Spanish, made from the same data at display time', async () => {
  await setLocale('es');
  expect(words(verbalWait, { ...verbalWait, prompt: 'gestural' }, spanish)).toBe(
    'Arrival: esperar 5 s y después gestual — antes: verbal',
  );
});

test('a delay schedule in words, and a change of it, in both languages', async () => {
  const growing: PlanStage = {
    ...verbalWait,
    delay: { kind: 'progressive', zeroDelayDays: 2, stepSeconds: 2, afterCorrect: 3, maxSeconds: 12 },
  };
  await setLocale('en');
  expect(words(verbalWait, growing)).toBe(
    'Arrival: wait 5 s, then verbal (no wait on the first 2 school days; growing by 2 s after every 3 correct waits, up to 12 s) — was: the same wait every day',
  );
  expect(words(growing, { ...verbalWait, delay: { kind: 'constant', zeroDelayDays: 1 } })).toBe(
    'Arrival: wait 5 s, then verbal (no wait on the first school day) — was: no wait on the first 2 school days; growing by 2 s after every 3 correct waits, up to 12 s',
  );
  await setLocale('es');
  expect(
    words(
      verbalWait,
      {
        ...growing,
        delay: { kind: 'progressive', zeroDelayDays: 1, stepSeconds: 1, afterCorrect: 1, maxSeconds: 8 },
      },
      spanish,
    ),
  ).toBe(
    'Arrival: esperar 5 s y después verbal (sin espera el primer día de clase; crece 1 s tras cada espera correcta, hasta 8 s) — antes: la misma espera cada día',
  );
});

test('the para reads today’s wait, and how it grows', async () => {
  const name = (level: PromptLevel) => english[level] ?? level;
  const growing = {
    kind: 'progressive',
    zeroDelayDays: 1,
    stepSeconds: 2,
    afterCorrect: 2,
    maxSeconds: 10,
  } as const;
  await setLocale('en');
  expect(todaysPlanWords({ ...verbalWait, secondsToday: 5 }, name)).toBe('Plan: wait 5 s, then verbal.');
  expect(todaysPlanWords({ ...verbalWait, delay: growing, secondsToday: 6 }, name)).toBe(
    'Plan: wait 6 s today, growing by 2 s, then verbal.',
  );
  expect(todaysPlanWords({ ...verbalWait, delay: growing, secondsToday: 0 }, name)).toBe(
    'Plan: verbal, without a wait.',
  );
  await setLocale('es');
  expect(
    todaysPlanWords({ ...verbalWait, delay: { kind: 'constant', zeroDelayDays: 1 }, secondsToday: 5 }, name),
  ).toBe('Plan: esperar 5 s hoy y después verbal.');
});

test('a change to a schedule in one line, in the reader’s language', async () => {
  const MUSIC = ulid<'card'>(Date.UTC(2026, 0, 2));
  const labels = new Map([
    [ARRIVAL, 'Arrival'],
    [MUSIC, 'Music'],
  ]);
  const change = {
    slot: { kind: 'template', weekday: 1 } as const,
    added: [MUSIC],
    removed: [ARRIVAL],
    reordered: true,
  };
  const labelOf = (cardId: string) => labels.get(cardId as typeof ARRIVAL) ?? '';
  await setLocale('en');
  expect(scheduleChangeWords(change, labelOf)).toBe(
    'Schedule of every Monday: added Music; removed Arrival; the steps are in a new order',
  );
  await setLocale('es');
  expect(scheduleChangeWords(change, labelOf)).toBe(
    'Horario de cada lunes: se añadió Music; se quitó Arrival; los pasos tienen otro orden',
  );
});

test('a change to a support in one line, in the reader’s language', async () => {
  const must = (change: SupportChange | undefined) => {
    if (!change) throw new Error('the supports differ');
    return supportChangeWords(change);
  };
  const board = { spots: 5, rewardMinutes: 3, fromSteps: false };
  const [response] = composeStaffResponseChanges(
    [{ level: 4, staffResponse: 'Offer the break card' }],
    [{ level: 4, staffResponse: 'Walk together' }],
  );
  await setLocale('en');
  expect(must(composeTokenChange({ ...board, spots: 4 }, board))).toBe(
    'Token board: 5 tokens, 3 min of reward — was: 4 tokens, 3 min of reward',
  );
  expect(must(composeTokenChange(undefined, { ...board, spots: 1, fromSteps: true }))).toBe(
    'Token board: new — 1 token, one for each finished step, 3 min of reward',
  );
  expect(must(composeTokenChange(board, undefined))).toBe(
    'Token board: taken away — was: 5 tokens, 3 min of reward',
  );
  expect(must(composeAlertChange([5, 4], [3, 4, 5]))).toBe(
    'Ratings that need an answer at once: 3, 4, and 5 — was: 4 and 5',
  );
  expect(must(composeAlertChange([4, 5], []))).toBe(
    'Ratings that need an answer at once: none — was: 4 and 5',
  );
  expect(must(response)).toBe('Staff response at 4: Walk together — was: Offer the break card');
  expect(must(composeNeedsChange(['slept'], ['slept', 'medication']))).toBe(
    'Start-of-day check-in: Slept well and Medication given at home — was: Slept well',
  );
  await setLocale('es');
  expect(must(composeTokenChange({ ...board, spots: 4 }, board))).toBe(
    'Tablero de fichas: 5 fichas, 3 min de premio — antes: 4 fichas, 3 min de premio',
  );
  expect(must(response)).toBe('Respuesta del personal en el 4: Walk together — antes: Offer the break card');
});
