import { describe, expect, test } from 'vitest';
import type { AppEvent } from '../../src/domain/events';
import type { CardId, StaffId, StepId } from '../../src/domain/ids';
import { ulid, ulidTime } from '../../src/domain/ids';
import { paperDrafts, paperMoment, sheetRows, shortCodes } from '../../src/domain/paper-sheet';
import { rangeFigures } from '../../src/domain/review/independence';
import { dailyLatency } from '../../src/domain/review/over-time';
import { rollupsFromEvents, timedStarts } from '../../src/domain/rollup';
import type { ScheduleItem } from '../../src/domain/schedule';
import { stampPaperEvent } from '../../src/domain/stamp';
import { dayBounds, type SchoolDay, schoolDayOf } from '../../src/domain/time';
import { parseEvent } from '../../src/domain/validation';
import { ANA, aStart, DEVICE, morning, NEXT_STEP, STEP } from '../support/events';

// Made once each: a ULID has random bits, so the same moment gives another id.
const CARDS = [1, 2, 3, 4, 5].map((n) => ulid<'card'>(Date.UTC(2026, 8, 1) + n) as CardId);
const card = (n: number) => CARDS[n] as CardId;
const step = (n: number) => ulid<'step'>(Date.UTC(2026, 8, 2) + n) as StepId;
const staff = { kind: 'staff', staffId: ulid<'staff'>(Date.UTC(2026, 8, 1)) as StaffId } as const;

const [arrival, math, pencil, worksheet] = [step(1), step(2), step(3), step(4)];
const ITEMS: ScheduleItem[] = [
  { id: arrival, cardId: card(1), miniSteps: [] },
  {
    id: math,
    cardId: card(2),
    miniSteps: [
      { id: pencil, cardId: card(3) },
      { id: worksheet, cardId: card(4) },
    ],
  },
];
const rows = sheetRows(ITEMS, new Map([[card(2), { prompt: 'verbal', delaySeconds: 5 }]]));

describe('the sheet’s rows', () => {
  test('each part of the day, then its mini-steps, in order, with the plan of its activity', () => {
    expect(rows).toEqual([
      { stepId: arrival, cardId: card(1) },
      { stepId: math, cardId: card(2), plan: { prompt: 'verbal', delaySeconds: 5 } },
      { stepId: pencil, cardId: card(3), parentStepId: math },
      { stepId: worksheet, cardId: card(4), parentStepId: math },
    ]);
  });
});

describe('short codes', () => {
  test('the usual prompt levels get their usual initials, in English and Spanish', () => {
    const english = shortCodes([
      ['independent', 'Independent'],
      ['gestural', 'Gestural'],
      ['verbal', 'Verbal'],
      ['model', 'Model'],
      ['partial-physical', 'Partial physical'],
      ['full-physical', 'Full physical'],
    ]);
    expect([...english.values()]).toEqual(['I', 'G', 'V', 'M', 'PP', 'FP']);
    const spanish = shortCodes([
      ['peer', 'Compañero'],
      ['partial-physical', 'Físico parcial'],
      ['full-physical', 'Físico total'],
    ]);
    expect([...spanish.values()]).toEqual(['C', 'FP', 'FT']);
  });

  test('small words are left out, and a code already taken is made longer', () => {
    const support = shortCodes([
      ['teacher-helps-start', 'El maestro ayuda a empezar'],
      ['adult-throughout', 'Apoyo de un adulto todo el tiempo'],
    ]);
    expect([...support.values()]).toEqual(['MAE', 'AAT']);
    expect([
      ...shortCodes([
        ['a', 'Verbal'],
        ['b', 'Visual'],
        ['c', 'Vocal'],
      ]).values(),
    ]).toEqual(['V', 'VI', 'VO']);
  });

  test('a name without letters to take is numbered, so every level still has its own code', () => {
    const codes = shortCodes([
      ['a', '—'],
      ['b', 'Yo'],
      ['c', 'Y'],
    ]);
    expect(codes.get('a')).toBe('1');
    expect(codes.get('b')).toBe('Y');
    expect(codes.get('c')).toBe('2');
  });
});

describe('the moment a sheet is stamped with', () => {
  const now = morning(9, 120);
  test('now for today’s sheet, the last moment of an earlier day, nothing for a day to come', () => {
    expect(paperMoment(schoolDayOf(now), now)).toBe(now);
    const monday = '2026-09-07' as SchoolDay;
    expect(paperMoment(monday, now)).toBe(dayBounds(monday).to);
    expect(schoolDayOf(paperMoment(monday, now) ?? 0)).toBe(monday);
    expect(paperMoment('2026-09-10' as SchoolDay, now)).toBeUndefined();
  });
});

describe('what a sheet adds to a day', () => {
  const started = (stepId: StepId, at = morning(7)): AppEvent => aStart(ANA, at, 'independent', stepId);

  test('a start per coded step and a support per coded part; a mini-step’s support is not one', () => {
    const drafts = paperDrafts(
      rows,
      [
        { stepId: arrival, prompt: 'independent', support: 'independent' },
        { stepId: pencil, prompt: 'gestural', support: 'adult-throughout' },
        { stepId: math, support: 'teacher-helps-start' },
      ],
      [],
    );
    expect(drafts).toEqual({
      starts: [
        { stepId: arrival, prompt: 'independent' },
        { stepId: pencil, parentStepId: math, prompt: 'gestural' },
      ],
      supports: [
        { stepId: arrival, level: 'independent' },
        { stepId: math, level: 'teacher-helps-start' },
      ],
      skipped: [],
    });
  });

  test('a step started already keeps its start, and a part’s noted support stays: both skipped', () => {
    const noted: AppEvent = {
      ...started(math),
      id: ulid<'event'>(morning(7, 1)),
      type: 'support-noted',
      stepId: math,
      level: 'peer-support',
      actor: staff,
    } as AppEvent;
    const drafts = paperDrafts(
      rows,
      [
        { stepId: arrival, prompt: 'verbal' },
        { stepId: math, prompt: 'verbal', support: 'adult-throughout' },
      ],
      [started(arrival), noted],
    );
    expect(drafts.starts).toEqual([{ stepId: math, prompt: 'verbal' }]);
    expect(drafts.supports).toEqual([]);
    expect(drafts.skipped).toEqual([
      { stepId: arrival, what: 'start' },
      { stepId: math, what: 'support' },
    ]);
  });

  test('a start that was corrected away leaves the step free for the sheet', () => {
    const start = started(arrival);
    const voided = {
      ...start,
      id: ulid<'event'>(morning(7, 2)),
      type: 'voided',
      target: start.id,
      reason: 'x',
    };
    const drafts = paperDrafts(rows, [{ stepId: arrival, prompt: 'model' }], [start, voided as AppEvent]);
    expect(drafts.starts).toEqual([{ stepId: arrival, prompt: 'model' }]);
  });
});

describe('a record entered from paper', () => {
  const enteredAt = morning(9, 120);
  const at = dayBounds('2026-09-07' as SchoolDay).to;
  const paperStart = (stepId: StepId) =>
    stampPaperEvent(
      { type: 'step-started', studentId: ANA, actor: staff, stepId, prompt: 'verbal', latencyMs: 0 },
      { at, enteredAt },
      DEVICE,
    );

  test('is stamped on the sheet’s day and marked with it; its id is of the moment it was entered', () => {
    const event = paperStart(STEP);
    expect(event).toMatchObject({ day: '2026-09-07', fromPaper: '2026-09-07', at });
    expect(ulidTime(event.id)).toBe(enteredAt);
    expect(parseEvent(event)).toEqual(event);
  });

  test('is refused at the boundary when its mark is not its day, or on a kind of record paper has not', () => {
    expect(() => parseEvent({ ...paperStart(STEP), fromPaper: '2026-09-08' })).toThrow(/paper sheet/);
    const { id, at, day, studentId, deviceId, actor } = paperStart(STEP);
    const note = { id, at, day, studentId, deviceId, actor, type: 'note', text: 'x' };
    expect(parseEvent(note)).toEqual(note);
    expect(() => parseEvent({ ...note, fromPaper: day })).toThrow();
  });

  test('counts in the day’s starts but not in the time to start, which it does not have', () => {
    const tablet = aStart(ANA, morning(7), 'independent', NEXT_STEP);
    const [rollup] = rollupsFromEvents([tablet, paperStart(STEP)]);
    expect(rollup).toMatchObject({
      stepsStarted: 2,
      startsFromPaper: 1,
      startsByPrompt: { independent: 1, verbal: 1 },
      latencyMsTotal: 4000,
    });
    if (!rollup) throw new Error('no rollup');
    expect(timedStarts(rollup)).toBe(1);
    const range = { from: tablet.day, to: tablet.day };
    expect(rangeFigures([rollup], range)).toMatchObject({ starts: 2, share: 0.5, meanLatencyMs: 4000 });
    expect(dailyLatency([rollup], range)).toEqual([expect.objectContaining({ starts: 1, meanMs: 4000 })]);
  });
});
