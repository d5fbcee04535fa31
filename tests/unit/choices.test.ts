import { describe, expect, test } from 'vitest';
import {
  choiceOnStep,
  latestChoice,
  openedBoard,
  orderToChoose,
  reorderSteps,
} from '../../src/domain/choices';
import type { AppEvent } from '../../src/domain/events';
import type { StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { ScheduleItem } from '../../src/domain/schedule';
import { progressOf } from '../../src/domain/schedule-progress';
import { ANA, anEvent, aVoid, morning, SCHEDULE } from '../support/events';

const zeros = () => new Uint8Array(16);
const id = (n: number) => ulid<'step'>(Date.UTC(2026, 1, n), zeros) as StepId;
const card = (n: number) => ulid<'card'>(Date.UTC(2026, 0, n), zeros);
const item = (n: number, extra: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id: id(n),
  cardId: card(n),
  miniSteps: [],
  ...extra,
});
const student = { kind: 'student' } as const;
const board = ulid<'board'>(Date.UTC(2026, 0, 1), zeros);
const option = (n: number) => ulid<'option'>(Date.UTC(2026, 0, n), zeros);

const started = (n: number, at: number) =>
  anEvent(
    {
      type: 'step-started',
      studentId: ANA,
      actor: student,
      stepId: id(n),
      prompt: 'independent',
      latencyMs: 0,
    },
    at,
  );
const finished = (n: number, at: number) =>
  anEvent({ type: 'step-finished', studentId: ANA, actor: student, stepId: id(n), durationMs: 0 }, at);
const chose = (n: number, stepN: number, at: number) =>
  anEvent(
    {
      type: 'choice-made',
      studentId: ANA,
      actor: student,
      boardId: board,
      optionId: option(n),
      cardId: card(n),
      stepId: id(stepN),
    },
    at,
  );
const ordered = (ns: number[], at: number) =>
  anEvent(
    { type: 'order-chosen', studentId: ANA, actor: student, scheduleId: SCHEDULE, stepIds: ns.map(id) },
    at,
  );

describe('a choice on a step', () => {
  test('is the latest choice made on that step, not another step’s', () => {
    const events = [chose(1, 2, morning(7)), chose(3, 2, morning(7, 1)), chose(4, 5, morning(7, 2))];

    expect(choiceOnStep(events, id(2))?.optionId).toBe(option(3));
    expect(choiceOnStep(events, id(9))).toBeUndefined();
  });

  test('a voided choice no longer counts', () => {
    const first = chose(1, 2, morning(7));
    const second = chose(3, 2, morning(7, 1));

    expect(choiceOnStep([first, second, aVoid(second, morning(7, 2))], id(2))?.optionId).toBe(option(1));
  });
});

describe('choosing the order of the next steps', () => {
  const items = [item(1, { chooseOrderOf: 3 }), item(2), item(3), item(4), item(5)];

  test('offers the next steps not yet begun, as many as the teacher set', () => {
    const offered = orderToChoose(progressOf(items, []), []);

    expect(offered?.map((entry) => entry.item.id)).toEqual([id(2), id(3), id(4)]);
  });

  test('is not offered on a step without it, near the end of the day, or once chosen', () => {
    const events: AppEvent[] = [started(1, morning(7)), finished(1, morning(7, 1))];
    expect(orderToChoose(progressOf(items, events), events)).toBeUndefined();

    const nearEnd = [item(1, { chooseOrderOf: 3 }), item(2)];
    expect(orderToChoose(progressOf(nearEnd, []), [])).toBeUndefined();

    const chosen = [ordered([4, 2, 3], morning(7))];
    expect(
      orderToChoose(progressOf(reorderSteps(items, [id(4), id(2), id(3)]), chosen), chosen),
    ).toBeUndefined();
  });

  test('a voided order can be chosen again', () => {
    const order = ordered([4, 2, 3], morning(7));
    const events = [order, aVoid(order, morning(7, 1))];

    expect(orderToChoose(progressOf(items, events), events)).toHaveLength(3);
  });

  test('the chosen steps take the places they had, in the new order; the others stay', () => {
    const reordered = reorderSteps(items, [id(4), id(2), id(3)]);

    expect(reordered.map((entry) => entry.id)).toEqual([id(1), id(4), id(2), id(3), id(5)]);
    expect(reorderSteps(items, [id(5), id(2)]).map((entry) => entry.id)).toEqual([
      id(1),
      id(5),
      id(3),
      id(4),
      id(2),
    ]);
  });
});

describe('a board an adult opened', () => {
  const teacher = { kind: 'staff', staffId: ulid<'staff'>(Date.UTC(2026, 0, 1), zeros) } as const;
  const opened = (at: number) =>
    anEvent({ type: 'board-opened', studentId: ANA, actor: teacher, boardId: board }, at);
  const closed = (opening: AppEvent, at: number) =>
    anEvent({ type: 'board-closed', studentId: ANA, actor: teacher, opening: opening.id }, at);
  const choseOn = (opening: AppEvent, n: number, at: number) =>
    anEvent(
      {
        type: 'choice-made',
        studentId: ANA,
        actor: student,
        boardId: board,
        optionId: option(n),
        cardId: card(n),
        opening: opening.id,
      },
      at,
    );

  test('stays open until the student chooses or an adult closes it', () => {
    const first = opened(morning(9));
    expect(openedBoard([first])).toBe(first);
    expect(openedBoard([first, choseOn(first, 2, morning(10))])).toBeUndefined();
    expect(openedBoard([first, closed(first, morning(10))])).toBeUndefined();
  });

  test('a later opening replaces an earlier one, and closing the earlier one leaves the later open', () => {
    const first = opened(morning(9));
    const second = opened(morning(10));
    expect(openedBoard([first, second, closed(first, morning(11))])).toBe(second);
  });

  test('a voided opening is not open, and a voided close reopens it', () => {
    const first = opened(morning(9));
    const close = closed(first, morning(10));
    expect(openedBoard([first, aVoid(first, morning(10))])).toBeUndefined();
    expect(openedBoard([first, close, aVoid(close, morning(11))])).toBe(first);
  });

  test('the latest choice of the day is read from any board, without voided ones', () => {
    const first = opened(morning(9));
    const onStep = chose(1, 1, morning(8));
    const onOpened = choseOn(first, 2, morning(10));
    expect(latestChoice([onStep, first, onOpened])).toBe(onOpened);
    expect(latestChoice([onStep, first, onOpened, aVoid(onOpened, morning(11))])).toBe(onStep);
    expect(latestChoice([first])).toBeUndefined();
  });
});
