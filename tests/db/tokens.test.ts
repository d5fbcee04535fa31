import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { saveBoard, setShownOptions } from '../../src/db/repos/boards';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { dayRollup } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import { getStudent } from '../../src/db/repos/student-reads';
import { chooseReinforcer, giveToken, setTokenPlan, startReward } from '../../src/db/repos/tokens';
import type { ChoiceBoard } from '../../src/domain/boards';
import type { AppEvent } from '../../src/domain/events';
import type { BoardId, OptionId, StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { StudentTap } from '../../src/domain/step-records';
import { schoolDayOf } from '../../src/domain/time';
import { type TokenPlan, tokenBoardState } from '../../src/domain/tokens';
import { freshDb } from '../support/fresh-db';

const NOW = new Date(2026, 8, 7, 9, 0).getTime();
const minutes = (count: number) => NOW + count * 60_000;
const DAY = schoolDayOf(NOW);

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let board: ChoiceBoard;
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  if (!setup.student) throw new Error('setup makes the first student');
  ana = setup.student.id;
  const options = [];
  for (const label of ['Lego', 'Swing', 'Music'])
    options.push({ cardId: (await createCard(db, teacher, { label }, NOW)).id });
  board = await saveBoard(db, teacher, undefined, { name: 'Working for', options }, NOW);
});

const planFor = (changes: Partial<TokenPlan> = {}): TokenPlan => ({
  spots: 3,
  fromSteps: true,
  reinforcerBoardId: board.id,
  rewardMinutes: 2,
  ...changes,
});
const stateAt = async (now: number) => {
  const plan = (await getStudent(db, ana))?.tokens;
  if (!plan) throw new Error('Ana has a token board');
  return tokenBoardState(plan, await eventsOfStudentDay(db, ana, DAY), now);
};
const ofType = (events: AppEvent[], type: AppEvent['type']) => events.filter((event) => event.type === type);
const firstOption = () => {
  const option = board.options[0];
  if (!option) throw new Error('the board has options');
  return option;
};

describe("the teacher's token plan", () => {
  test('a teacher gives a student a token board, changes it and takes it away', async () => {
    const saved = await setTokenPlan(db, teacher, ana, planFor(), NOW);
    expect(saved.tokens).toEqual(planFor());
    expect((await getStudent(db, ana))?.tokens).toEqual(planFor());

    await setTokenPlan(db, teacher, ana, { spots: 5, fromSteps: false, rewardMinutes: 10 }, minutes(1));
    expect((await getStudent(db, ana))?.tokens).toEqual({ spots: 5, fromSteps: false, rewardMinutes: 10 });

    const removed = await setTokenPlan(db, teacher, ana, undefined, minutes(2));
    expect(removed).not.toHaveProperty('tokens');
    expect(await getStudent(db, ana)).toMatchObject({ name: 'Ana', updatedAt: minutes(2) });
  });

  test('only a teacher sets it, within its limits and with a board that exists', async () => {
    await expect(setTokenPlan(db, para, ana, planFor(), NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(setTokenPlan(db, undefined, ana, planFor(), NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    for (const [wrong, code] of [
      [planFor({ spots: 0 }), 'invalid-input'],
      [planFor({ spots: 11 }), 'invalid-input'],
      [planFor({ spots: 2.5 }), 'invalid-input'],
      [planFor({ rewardMinutes: 0 }), 'invalid-input'],
      [planFor({ rewardMinutes: 61 }), 'invalid-input'],
      [planFor({ reinforcerBoardId: ulid<'board'>(NOW) as BoardId }), 'not-found'],
      [{ ...planFor(), colour: 'red' }, 'invalid-input'],
      [{ spots: 3 }, 'invalid-input'],
    ] as const) {
      await expect(setTokenPlan(db, teacher, ana, wrong, NOW)).rejects.toMatchObject({ code });
    }
    await expect(
      setTokenPlan(db, teacher, ulid<'student'>(NOW) as StudentId, planFor(), NOW),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await getStudent(db, ana))?.tokens).toBeUndefined();
  });
});

describe('the token board in use', () => {
  beforeEach(async () => {
    await setTokenPlan(db, teacher, ana, planFor(), NOW);
  });

  test('the student chooses what they work for from the options they are shown', async () => {
    const [lego, swing, music] = board.options.map((option) => option.id) as [OptionId, OptionId, OptionId];
    await setShownOptions(db, teacher, board.id, ana, [swing, lego], NOW);

    const event = await chooseReinforcer(db, ana, swing, minutes(1));

    expect(event).toMatchObject({
      type: 'reinforcer-chosen',
      actor: { kind: 'student' },
      boardId: board.id,
      optionId: swing,
      cardId: board.options[1]?.cardId,
    });
    await expect(chooseReinforcer(db, ana, music, minutes(2))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect((await stateAt(minutes(3))).workingFor).toEqual({
      optionId: swing,
      cardId: board.options[1]?.cardId,
    });
  });

  test('nothing can be chosen without a reinforcer board, nor without a token board', async () => {
    await setTokenPlan(db, teacher, ana, planFor({ reinforcerBoardId: undefined }), NOW);
    await expect(chooseReinforcer(db, ana, firstOption().id, minutes(1))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await setTokenPlan(db, teacher, ana, undefined, NOW);
    await expect(chooseReinforcer(db, ana, firstOption().id, minutes(1))).rejects.toMatchObject({
      code: 'state-changed',
    });
    expect(await db.events.where('type').noneOf(['support-changed']).count()).toBe(0);
  });

  test('an adult gives tokens with one tap each, until the board is full', async () => {
    for (const minute of [1, 2, 3]) {
      const event = await giveToken(db, para, ana, minutes(minute));
      expect(event).toMatchObject({ type: 'token-given', actor: { kind: 'staff', staffId: para.staffId } });
    }
    expect(await stateAt(minutes(4))).toMatchObject({ earned: 3, full: true });

    await expect(giveToken(db, teacher, ana, minutes(4))).rejects.toMatchObject({ code: 'state-changed' });
    expect((await dayRollup(db, ana, DAY))?.tokens).toBe(3);
  });

  test('a token needs a signed-in adult', async () => {
    await expect(giveToken(db, undefined, ana, minutes(1))).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await db.events.where('type').equals('token-given').count()).toBe(0);
  });

  test('a full board starts reward time with the reinforcer and the minutes; then it is empty again', async () => {
    await expect(startReward(db, undefined, ana, minutes(1))).rejects.toMatchObject({
      code: 'state-changed',
    });
    await chooseReinforcer(db, ana, firstOption().id, minutes(1));
    for (const minute of [2, 3, 4]) await giveToken(db, para, ana, minutes(minute));

    const reward = await startReward(db, undefined, ana, minutes(5));

    expect(reward).toMatchObject({
      type: 'reward-used',
      actor: { kind: 'student' },
      cardId: firstOption().cardId,
      minutes: 2,
    });
    expect(await stateAt(minutes(6))).toMatchObject({
      earned: 0,
      full: false,
      reward: { cardId: firstOption().cardId, endsAt: minutes(7) },
    });
    await expect(startReward(db, undefined, ana, minutes(6))).rejects.toMatchObject({
      code: 'state-changed',
    });
    await expect(giveToken(db, para, ana, minutes(6))).rejects.toMatchObject({ code: 'state-changed' });
    expect(await stateAt(minutes(7))).toEqual({ spots: 3, earned: 0, full: false });
    expect((await dayRollup(db, ana, DAY))?.rewards).toBe(1);
  });

  test('an adult can start reward time too, and is the one recorded', async () => {
    for (const minute of [1, 2, 3]) await giveToken(db, para, ana, minutes(minute));
    const reward = await startReward(db, para, ana, minutes(4));
    expect(reward).toMatchObject({ actor: { kind: 'staff', staffId: para.staffId }, minutes: 2 });
    expect(reward).not.toHaveProperty('cardId');
  });
});

describe('a token for each finished step', () => {
  const STEP = ulid<'step'>(NOW) as StepId;
  const MINI = ulid<'step'>(NOW + 1) as StepId;
  const LAST_MINI = ulid<'step'>(NOW + 2) as StepId;
  const MORE = [3, 4, 5].map((offset) => ulid<'step'>(NOW + offset) as StepId);
  const MORE_AT = (index: number) => {
    const id = MORE[index];
    if (!id) throw new Error('the day has that step');
    return id;
  };
  const tokensGiven = async () => ofType(await db.events.toArray(), 'token-given');
  const tap = (what: StudentTap, at: number) => recordStudentSteps(db, ana, what, at);

  beforeEach(async () => {
    const cardId = (await createCard(db, teacher, { label: 'Work' }, NOW)).id;
    const items = [
      { id: STEP, cardId, miniSteps: [] },
      {
        id: MORE[0],
        cardId,
        miniSteps: [
          { id: MINI, cardId },
          { id: LAST_MINI, cardId },
        ],
      },
      ...MORE.slice(1).map((id) => ({ id, cardId, miniSteps: [] })),
    ];
    await saveSchedule(db, teacher, ana, { kind: 'day', day: DAY }, items, NOW);
  });
  /** The student sees a step, starts it a second later and says it is done a minute later. */
  async function play(stepId: StepId, at: number) {
    await tap({ kind: 'shown', stepIds: [stepId], again: false }, at);
    await tap({ kind: 'start', stepId }, at + 1000);
    await tap({ kind: 'done', stepId }, at + 60_000);
  }

  test('finishing a step of the day earns one token, in the same tap', async () => {
    await setTokenPlan(db, teacher, ana, planFor(), NOW);
    await play(STEP, minutes(1));

    const [token] = await tokensGiven();
    expect(token).toMatchObject({ actor: { kind: 'student' }, stepId: STEP, at: minutes(2) });
    expect((await dayRollup(db, ana, DAY))?.tokens).toBe(1);
  });

  test('a step of a mini-schedule earns none; its last one finishes the activity, which earns one', async () => {
    await setTokenPlan(db, teacher, ana, planFor(), NOW);
    await play(STEP, minutes(1));
    await tap({ kind: 'shown', stepIds: [MORE_AT(0)], again: false }, minutes(3));
    await tap({ kind: 'start', stepId: MORE_AT(0) }, minutes(3) + 1000);
    await play(MINI, minutes(4));
    expect(await tokensGiven()).toHaveLength(1);

    await play(LAST_MINI, minutes(6));
    expect((await tokensGiven()).map((token) => token.type === 'token-given' && token.stepId)).toEqual([
      STEP,
      MORE_AT(0),
    ]);
  });

  test('no token when the plan gives none for steps, the board is full, or there is no token board', async () => {
    await play(STEP, minutes(1));
    await setTokenPlan(db, teacher, ana, planFor({ fromSteps: false }), NOW);
    await tap({ kind: 'shown', stepIds: [MORE_AT(0)], again: false }, minutes(3));
    await tap({ kind: 'start', stepId: MORE_AT(0) }, minutes(3) + 1000);
    await play(MINI, minutes(4));
    await play(LAST_MINI, minutes(6));
    expect(await tokensGiven()).toEqual([]);

    await setTokenPlan(db, teacher, ana, planFor({ spots: 1 }), NOW);
    await play(MORE_AT(1), minutes(8));
    await play(MORE_AT(2), minutes(10));
    expect(await tokensGiven()).toHaveLength(1);
    expect(ofType(await db.events.toArray(), 'step-finished')).toHaveLength(6);
  });

  test('a Done tapped twice, or from two tabs at once, finishes the step once and earns one token', async () => {
    await setTokenPlan(db, teacher, ana, planFor(), NOW);
    await tap({ kind: 'shown', stepIds: [STEP], again: false }, minutes(1));
    await tap({ kind: 'start', stepId: STEP }, minutes(1) + 1000);
    await Promise.all([
      tap({ kind: 'done', stepId: STEP }, minutes(2)),
      tap({ kind: 'done', stepId: STEP }, minutes(2) + 40),
    ]);

    expect(ofType(await db.events.toArray(), 'step-finished')).toHaveLength(1);
    expect(await tokensGiven()).toHaveLength(1);
    expect((await dayRollup(db, ana, DAY))?.tokens).toBe(1);
  });

  test('the step and its token land together or not at all', async () => {
    await setTokenPlan(db, teacher, ana, planFor(), NOW);
    const add = db.events.add.bind(db.events);
    vi.spyOn(db.events, 'add').mockImplementation((event, key) => {
      if (event.type === 'token-given') throw new Error('disk full');
      return add(event, key);
    });

    await tap({ kind: 'shown', stepIds: [STEP], again: false }, minutes(1));
    await tap({ kind: 'start', stepId: STEP }, minutes(1) + 1000);
    const before = await db.events.count();
    const rollupBefore = await dayRollup(db, ana, DAY);
    await expect(tap({ kind: 'done', stepId: STEP }, minutes(2))).rejects.toMatchObject({
      code: 'write-failed',
    });

    vi.restoreAllMocks();
    expect(await db.events.count()).toBe(before);
    expect(await dayRollup(db, ana, DAY)).toEqual(rollupBefore);
  });
});
