import { describe, expect, test } from 'vitest';
import type { AppEvent, PromptLevel } from '../../src/domain/events';
import type { CardId, StaffId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import {
  commonLevels,
  delayLeft,
  promptFocus,
  promptRecord,
  recordedSince,
  shownLevels,
  UNDO_WINDOW_MS,
  undoableRecord,
} from '../../src/domain/prompting';
import type { ScheduleItem } from '../../src/domain/schedule';
import { elapsedMs, expectedTap, progressOf, startTap } from '../../src/domain/schedule-progress';
import { ANA, anEvent, aVoid, morning, SCHEDULE } from '../support/events';

const zeros = () => new Uint8Array(16);
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros) as CardId;
const step = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;
const PARA = { kind: 'staff', staffId: ulid<'staff'>(Date.UTC(2026, 0, 1)) as StaffId } as const;
const STUDENT = { kind: 'student' } as const;

const reading: ScheduleItem = { id: step(1), cardId: card(1), miniSteps: [] };
const math: ScheduleItem = {
  id: step(2),
  cardId: card(2),
  miniSteps: [{ id: step(21), cardId: card(21) }],
};
const day = [reading, math];
const T0 = morning(2);
const seconds = (count: number) => T0 + count * 1000;

const shown = (stepId: StepId, at: number, parentStepId?: StepId) =>
  anEvent(
    {
      type: 'step-shown',
      studentId: ANA,
      actor: STUDENT,
      scheduleId: SCHEDULE,
      stepId,
      ...(parentStepId ? { parentStepId } : {}),
    },
    at,
  );
const started = (
  stepId: StepId,
  at: number,
  prompt: PromptLevel,
  by: typeof PARA | typeof STUDENT = STUDENT,
  latencyMs = 0,
) => anEvent({ type: 'step-started', studentId: ANA, actor: by, stepId, prompt, latencyMs }, at);
const finished = (stepId: StepId, at: number) =>
  anEvent({ type: 'step-finished', studentId: ANA, actor: STUDENT, stepId, durationMs: 1000 }, at);
const note = (at: number) => anEvent({ type: 'note', studentId: ANA, actor: PARA, text: 'Calm' }, at);

const focusAt = (log: AppEvent[], now: number) => promptFocus(progressOf(day, log), log, now);

describe('latency', () => {
  test('runs from the step being shown to its start', () => {
    expect(elapsedMs(seconds(0), seconds(7))).toBe(7000);
  });

  test('is 0, never negative, when the showing is unknown or the clock went back', () => {
    expect(elapsedMs(undefined, seconds(7))).toBe(0);
    expect(elapsedMs(seconds(9), seconds(7))).toBe(0);
  });

  test('of a para record runs from the showing to the tap', () => {
    const log = [shown(reading.id, seconds(0))];
    expect(promptRecord(focusAt(log, seconds(12)), 'verbal', seconds(12))).toEqual({
      stepId: reading.id,
      prompt: 'verbal',
      latencyMs: 12_000,
    });
  });
});

describe('the auto-independent rule', () => {
  test('a kiosk start with no prompt recorded since the showing is independent, with its latency', () => {
    const log = [shown(reading.id, seconds(0))];
    expect(startTap(progressOf(day, log), seconds(4))).toEqual({
      type: 'step-started',
      stepId: reading.id,
      prompt: 'independent',
      latencyMs: 4000,
    });
  });

  test('after a para record the step is started: the kiosk records no start of its own', () => {
    const log = [shown(reading.id, seconds(0)), started(reading.id, seconds(6), 'verbal', PARA, 6000)];
    expect(startTap(progressOf(day, log), seconds(8))).toBeUndefined();
  });

  test('a voided para record leaves the step waiting, and the next kiosk start is independent', () => {
    const prompt = started(reading.id, seconds(6), 'verbal', PARA, 6000);
    const log = [shown(reading.id, seconds(0)), prompt, aVoid(prompt, seconds(7))];
    expect(startTap(progressOf(day, log), seconds(9))).toMatchObject({
      prompt: 'independent',
      latencyMs: 9000,
    });
  });

  test('a mini-step takes no start tap: the student’s one Done finishes it, and only a prompt starts it', () => {
    const log = [
      shown(reading.id, seconds(0)),
      started(reading.id, seconds(1), 'independent'),
      finished(reading.id, seconds(2)),
      shown(math.id, seconds(3)),
      started(math.id, seconds(4), 'gestural', PARA),
      shown(step(21), seconds(5), math.id),
    ];
    expect(startTap(progressOf(day, log), seconds(20))).toBeUndefined();
    expect(expectedTap(progressOf(day, log))).toBe('done');
    expect(promptRecord(focusAt(log, seconds(20)), 'verbal', seconds(20))).toEqual({
      stepId: step(21),
      parentStepId: math.id,
      prompt: 'verbal',
      latencyMs: 15_000,
    });
  });
});

describe('the step a prompt tap is for', () => {
  test('is the step waiting for its start', () => {
    expect(focusAt([shown(reading.id, seconds(0))], seconds(3))).toEqual({
      kind: 'to-start',
      stepId: reading.id,
      shownAt: seconds(0),
    });
  });

  test('corrects a kiosk start of a moment ago, keeping the student’s latency', () => {
    const own = started(reading.id, seconds(5), 'independent', STUDENT, 5000);
    const log = [shown(reading.id, seconds(0)), own];
    const record = promptRecord(focusAt(log, seconds(8)), 'verbal', seconds(8));
    expect(record).toEqual({ stepId: reading.id, prompt: 'verbal', latencyMs: 5000, replaces: own });
  });

  test('takes no correction after the undo window, nor the same level again', () => {
    const own = started(reading.id, seconds(5), 'independent', STUDENT, 5000);
    const log = [shown(reading.id, seconds(0)), own];
    const late = seconds(5) + UNDO_WINDOW_MS + 1;
    expect(focusAt(log, late)).toMatchObject({ kind: 'started', correctable: false });
    expect(promptRecord(focusAt(log, late), 'verbal', late)).toBeUndefined();
    expect(promptRecord(focusAt(log, seconds(6)), 'independent', seconds(6))).toBeUndefined();
  });

  test('a para’s own record is not corrected by a second tap', () => {
    const log = [shown(reading.id, seconds(0)), started(reading.id, seconds(5), 'verbal', PARA)];
    expect(focusAt(log, seconds(6))).toMatchObject({ kind: 'started', correctable: false });
  });

  test('is the next mini-step once the window of its activity’s start has passed', () => {
    const log = [
      shown(reading.id, seconds(0)),
      started(reading.id, seconds(1), 'independent'),
      finished(reading.id, seconds(2)),
      shown(math.id, seconds(3)),
      started(math.id, seconds(4), 'independent'),
      shown(step(21), seconds(4), math.id),
    ];
    expect(focusAt(log, seconds(6))).toMatchObject({ kind: 'started', stepId: math.id, correctable: true });
    expect(focusAt(log, seconds(30))).toEqual({
      kind: 'to-start',
      stepId: step(21),
      parentStepId: math.id,
      shownAt: seconds(4),
    });
  });

  test('is nothing when the day is done or has no steps', () => {
    expect(promptFocus(progressOf([], []), [], seconds(0))).toBeUndefined();
    expect(promptRecord(undefined, 'verbal', seconds(0))).toBeUndefined();
  });
});

describe('undo', () => {
  test('takes back the last record within 10 seconds, and nothing after', () => {
    const last = note(seconds(10));
    const log = [shown(reading.id, seconds(0)), started(reading.id, seconds(2), 'verbal', PARA), last];
    expect(undoableRecord(log, seconds(10) + UNDO_WINDOW_MS)).toBe(last);
    expect(undoableRecord(log, seconds(10) + UNDO_WINDOW_MS + 1)).toBeUndefined();
  });

  test('skips voided records and the corrections themselves', () => {
    const prompt = started(reading.id, seconds(2), 'verbal', PARA);
    const mistake = note(seconds(4));
    const log = [shown(reading.id, seconds(0)), prompt, mistake, aVoid(mistake, seconds(5))];
    expect(undoableRecord(log, seconds(6))).toBe(prompt);
  });

  test('a record after the undo moves the day on; the correction itself and a showing do not', () => {
    const mistake = note(seconds(4));
    const log = [shown(reading.id, seconds(0)), mistake, aVoid(mistake, seconds(5))];
    expect(recordedSince(log, seconds(5))).toBe(false);
    expect(recordedSince([...log, shown(reading.id, seconds(6))], seconds(5))).toBe(false);
    expect(recordedSince([...log, started(reading.id, seconds(7), 'verbal', PARA)], seconds(5))).toBe(true);
  });

  test('a mini-step started and finished by the student’s Done leaves the para’s last record undoable', () => {
    const last = note(seconds(4));
    const ref = { stepId: step(21), parentStepId: math.id };
    const withDone = [
      shown(math.id, seconds(0)),
      started(math.id, seconds(2), 'independent'),
      last,
      anEvent(
        {
          type: 'step-started',
          studentId: ANA,
          actor: STUDENT,
          ...ref,
          prompt: 'independent',
          latencyMs: 0,
          untimed: true,
        },
        seconds(6),
      ),
      anEvent(
        { type: 'step-finished', studentId: ANA, actor: STUDENT, ...ref, durationMs: 4000 },
        seconds(6),
      ),
    ];
    expect(undoableRecord(withDone, seconds(7))).toBe(last);
    expect(recordedSince(withDone, seconds(5))).toBe(false);
  });

  test('leaves a start whose step has finished since', () => {
    const log = [
      shown(reading.id, seconds(0)),
      started(reading.id, seconds(2), 'verbal', PARA),
      finished(reading.id, seconds(5)),
    ];
    expect(undoableRecord(log, seconds(6))).toBeUndefined();
  });
});

describe('time delay', () => {
  test('counts down from the showing and is due at the end of the wait', () => {
    expect(delayLeft(seconds(0), 5, seconds(0))).toEqual({ seconds: 5, due: false });
    expect(delayLeft(seconds(0), 5, seconds(0) + 4001)).toEqual({ seconds: 1, due: false });
    expect(delayLeft(seconds(0), 5, seconds(5))).toEqual({ seconds: 0, due: true });
    expect(delayLeft(seconds(0), 5, seconds(60))).toEqual({ seconds: 0, due: true });
  });

  test('has no countdown without a wait or before the step is shown', () => {
    expect(delayLeft(seconds(0), 0, seconds(1))).toBeUndefined();
    expect(delayLeft(undefined, 5, seconds(1))).toBeUndefined();
  });
});

describe('prompt levels on the para’s buttons', () => {
  test('peer is offered once the teacher adds it; others until hidden', () => {
    expect(shownLevels(undefined)).not.toContain('peer');
    expect(shownLevels({ peer: { shown: true }, 'full-physical': { shown: false } })).toEqual([
      'independent',
      'peer',
      'gestural',
      'verbal',
      'model',
      'partial-physical',
    ]);
  });

  test('the most tapped get the largest buttons; among equals the plan’s and independent, then the least help', () => {
    const shown = shownLevels(undefined);
    expect(commonLevels(shown, { verbal: 9, model: 3, gestural: 3 })).toEqual(['verbal', 'gestural']);
    expect(commonLevels(shown, {})).toEqual(['independent', 'gestural']);
    expect(commonLevels(shown, {}, ['independent', 'verbal'])).toEqual(['independent', 'verbal']);
    expect(commonLevels(shown, { model: 4 }, ['independent', 'verbal'])).toEqual(['model', 'independent']);
  });
});
