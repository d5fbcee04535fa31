import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudent } from '../../src/db/repos/events';
import { fidelityOfWeek } from '../../src/db/repos/fidelity';
import { markNotCounted } from '../../src/db/repos/not-counted';
import { observationsOfWeek, recordObservation } from '../../src/db/repos/observations';
import { acknowledgePlanChanges } from '../../src/db/repos/para-records';
import { planChangesToAcknowledge, planChangesWithReaders } from '../../src/db/repos/plan-changes';
import {
  acceptFadingStep,
  currentStages,
  fadingSuggestions,
  plansOfStudent,
  putOffFadingStep,
  removePlan,
  reviewPlans,
  savePlan,
  stagesOfDay,
} from '../../src/db/repos/plans';
import { recordEvent } from '../../src/db/repos/record-event';
import { saveSchedule } from '../../src/db/repos/schedules';
import { changeSetting, readSetting } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import type { PromptLevel } from '../../src/domain/events';
import type { CardId, StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { schoolDayOf } from '../../src/domain/time';
import { anEvent } from '../support/events';
import { freshDb } from '../support/fresh-db';

/** Monday 7 September 2026, 9:00, and the days after. */
const at = (date: number, minute = 0) => new Date(2026, 8, date, 9, minute).getTime();

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let math: CardId;
const para: AdultSession = { staffId: ulid<'staff'>(at(7)) as StaffId, role: 'para', name: 'Mr. Lee' };
const mathStep = ulid<'step'>(at(7)) as StepId;
/** Math comes twice in the day: a step has one start, so a day's second Math start is of this one. */
const mathAgain = ulid<'step'>(at(7)) as StepId;

const planInput = () => ({
  cardId: math,
  current: { prompt: 'verbal', delaySeconds: 5 },
  next: { prompt: 'gestural', delaySeconds: 8, note: '  ' },
  criterion: { percent: 80, days: 3 },
});

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(7),
  );
  teacher = setup.session;
  ana = setup.student.id;
  math = (await createCard(db, teacher, { label: 'Math' }, at(7))).id;
  await saveSchedule(
    db,
    teacher,
    ana,
    { kind: 'template', weekday: 1 },
    [
      { id: mathStep, cardId: math, miniSteps: [] },
      { id: mathAgain, cardId: math, miniSteps: [] },
    ],
    at(7),
  );
});

/** A start of Math on a day, as the kiosk or a para would record it. */
const startMath = (date: number, prompt: PromptLevel, minute = 0, stepId = mathStep) =>
  recordEvent(
    db,
    anEvent(
      {
        type: 'step-started',
        studentId: ana,
        actor: { kind: 'student' },
        stepId,
        prompt,
        latencyMs: 3000,
      },
      at(date, minute),
    ),
  );

describe('the teacher’s plan', () => {
  test('is saved per activity, a blank note dropped; paras read only what they do now', async () => {
    const plan = await savePlan(db, teacher, ana, planInput(), at(7));

    expect(plan).toMatchObject({
      studentId: ana,
      cardId: math,
      current: { prompt: 'verbal', delaySeconds: 5 },
      next: { prompt: 'gestural', delaySeconds: 8 },
      since: at(7),
    });
    expect(plan.next).not.toHaveProperty('note');
    expect(await currentStages(db, ana)).toEqual(new Map([[math, { prompt: 'verbal', delaySeconds: 5 }]]));
  });

  test('saved again keeps its data unless what the adults do now changes', async () => {
    const first = await savePlan(db, teacher, ana, planInput(), at(7));
    const criterionOnly = await savePlan(
      db,
      teacher,
      ana,
      { ...planInput(), criterion: { percent: 90, days: 2 } },
      at(8),
    );
    expect(criterionOnly).toMatchObject({ id: first.id, since: at(7), criterion: { percent: 90, days: 2 } });

    const newStage = await savePlan(
      db,
      teacher,
      ana,
      { ...planInput(), current: { prompt: 'verbal', delaySeconds: 3 } },
      at(9),
    );
    expect(newStage).toMatchObject({ id: first.id, since: at(9) });
    expect(await plansOfStudent(db, ana)).toHaveLength(1);
  });

  test('only a teacher makes, removes or reviews plans, within their limits', async () => {
    await expect(savePlan(db, para, ana, planInput(), at(7))).rejects.toMatchObject({ code: 'not-allowed' });
    const plan = await savePlan(db, teacher, ana, planInput(), at(7));
    await expect(removePlan(db, para, plan.id, at(9))).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(reviewPlans(db, para, ana)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(fadingSuggestions(db, para, schoolDayOf(at(8)))).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(acceptFadingStep(db, para, plan.id, at(8))).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(
      savePlan(db, teacher, ana, { ...planInput(), criterion: { percent: 120, days: 3 } }, at(7)),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      savePlan(db, teacher, ana, { ...planInput(), current: { prompt: 'verbal', delaySeconds: 61 } }, at(7)),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await plansOfStudent(db, ana)).toHaveLength(1);

    await removePlan(db, teacher, plan.id, at(9));
    expect(await plansOfStudent(db, ana)).toEqual([]);
  });
});

describe('a fading suggestion', () => {
  test('comes when the days meet the criterion; accepting it changes the plan and logs the evidence', async () => {
    const plan = await savePlan(db, teacher, ana, planInput(), at(7));
    await startMath(7, 'verbal');
    expect(await fadingSuggestions(db, teacher, schoolDayOf(at(10)))).toEqual([]);
    for (const date of [8, 9, 10]) await startMath(date, 'independent');

    const [suggestion] = await fadingSuggestions(db, teacher, schoolDayOf(at(10)));
    expect(suggestion?.evidence.map((day) => day.day)).toEqual(['2026-09-08', '2026-09-09', '2026-09-10']);

    const accepted = await acceptFadingStep(db, teacher, plan.id, at(10, 30));
    expect(accepted).toMatchObject({ current: { prompt: 'gestural', delaySeconds: 8 }, since: at(10, 30) });
    expect(accepted).not.toHaveProperty('next');
    expect(await currentStages(db, ana)).toEqual(new Map([[math, { prompt: 'gestural', delaySeconds: 8 }]]));
    const logged = (await eventsOfStudent(db, ana)).filter((event) => event.type === 'plan-advanced');
    expect(logged).toEqual([
      expect.objectContaining({
        planId: plan.id,
        cardId: math,
        from: { prompt: 'verbal', delaySeconds: 5 },
        to: { prompt: 'gestural', delaySeconds: 8 },
        evidence: suggestion?.evidence,
        actor: { kind: 'staff', staffId: teacher.staffId },
      }),
    ]);
    expect(await fadingSuggestions(db, teacher, schoolDayOf(at(10)))).toEqual([]);
  });

  test('answered "not yet", it waits a week and comes back if the data still meet the criterion', async () => {
    const plan = await savePlan(db, teacher, ana, planInput(), at(7));
    for (const date of [8, 9, 10]) await startMath(date, 'independent');
    const putOff = await putOffFadingStep(db, teacher, plan.id, schoolDayOf(at(10)), at(10, 30));
    expect(putOff).toMatchObject({ current: plan.current, next: plan.next, notYetUntil: '2026-09-17' });
    expect(await fadingSuggestions(db, teacher, schoolDayOf(at(16)))).toEqual([]);
    expect(await fadingSuggestions(db, teacher, schoolDayOf(at(17)))).toHaveLength(1);
    // Accepting it later starts the next stage afresh, without the old answer.
    expect(await acceptFadingStep(db, teacher, plan.id, at(17))).not.toHaveProperty('notYetUntil');
    await expect(putOffFadingStep(db, para, plan.id, schoolDayOf(at(17)), at(17))).rejects.toMatchObject({
      code: 'not-allowed',
    });
  });

  test('cannot be accepted before the data meet the criterion', async () => {
    const plan = await savePlan(db, teacher, ana, planInput(), at(7));
    await startMath(8, 'independent');
    await expect(acceptFadingStep(db, teacher, plan.id, at(8, 5))).rejects.toMatchObject({
      code: 'fading-not-due',
    });
    expect((await plansOfStudent(db, ana))[0]?.current).toEqual({ prompt: 'verbal', delaySeconds: 5 });
  });

  test('the review shows each plan’s days so far', async () => {
    await savePlan(db, teacher, ana, planInput(), at(7));
    await startMath(8, 'independent');
    await startMath(8, 'model', 30, mathAgain);
    const [review] = await reviewPlans(db, teacher, ana);
    expect(review?.evidence).toEqual([{ day: '2026-09-08', independent: 1, opportunities: 2 }]);
    expect(review).not.toHaveProperty('suggestion');
  });
});

test('the teacher names the prompt levels and adds peer; the setting is checked', async () => {
  await changeSetting(db, teacher, 'promptLevels', { peer: { shown: true }, verbal: { name: 'Tell' } });
  expect(await readSetting(db, 'promptLevels')).toEqual({ peer: { shown: true }, verbal: { name: 'Tell' } });
  await expect(changeSetting(db, para, 'promptLevels', {})).rejects.toMatchObject({ code: 'not-allowed' });
  await expect(
    changeSetting(db, teacher, 'promptLevels', { verbal: { name: 'x'.repeat(41) } }),
  ).rejects.toMatchObject({ code: 'invalid-input' });
});

describe('a change to what the adults do', () => {
  const planChanges = async () =>
    (await eventsOfStudent(db, ana, 0)).filter((event) => event.type === 'plan-changed');

  test('is logged under the teacher, with the stage before and after; the criterion alone is not', async () => {
    await savePlan(db, teacher, ana, planInput(), at(8));
    await savePlan(db, teacher, ana, { ...planInput(), criterion: { percent: 90, days: 3 } }, at(9));
    await savePlan(db, teacher, ana, planInput(), at(9, 5));
    await savePlan(
      db,
      teacher,
      ana,
      { ...planInput(), current: { prompt: 'gestural', delaySeconds: 5 } },
      at(10),
    );
    const changes = await planChanges();
    expect(changes.map((event) => [event.at, event.actor, event.change])).toEqual([
      [
        at(8),
        { kind: 'staff', staffId: teacher.staffId },
        { cardId: math, after: { prompt: 'verbal', delaySeconds: 5 }, changed: ['delaySeconds', 'prompt'] },
      ],
      [
        at(10),
        { kind: 'staff', staffId: teacher.staffId },
        {
          cardId: math,
          before: { prompt: 'verbal', delaySeconds: 5 },
          after: { prompt: 'gestural', delaySeconds: 5 },
          changed: ['prompt'],
        },
      ],
    ]);
  });

  test('a para cannot change a plan, so no change is logged', async () => {
    await expect(savePlan(db, para, ana, planInput(), at(8))).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await planChanges()).toEqual([]);
  });

  test('reaches the para until acknowledged, and the teacher sees who has acknowledged it', async () => {
    await savePlan(db, teacher, ana, planInput(), at(8));
    const [shown, ...older] = await planChangesToAcknowledge(db, para, ana);
    expect(older).toEqual([]);
    expect(shown?.change).toMatchObject({ after: { prompt: 'verbal', delaySeconds: 5 } });
    if (!shown) throw new Error('the change is shown');

    await acknowledgePlanChanges(db, para, ana, [shown.id], at(8, 30));
    expect(await planChangesToAcknowledge(db, para, ana)).toEqual([]);
    expect(await planChangesToAcknowledge(db, teacher, ana)).toEqual([shown]);
    expect(await planChangesWithReaders(db, teacher, ana)).toEqual([
      { change: shown, seenBy: [para.staffId] },
    ]);
    await expect(planChangesWithReaders(db, para, ana)).rejects.toMatchObject({ code: 'not-allowed' });
  });

  test('a change to the steps of a schedule the paras follow reaches them too; a first schedule does not', async () => {
    // The Monday schedule made in setup is the plan itself: nothing to tell.
    expect(await planChangesToAcknowledge(db, para, ana)).toEqual([]);
    const reading = (await createCard(db, teacher, { label: 'Reading' }, at(8))).id;
    const readingStep = ulid<'step'>(at(8)) as StepId;
    const monday = { kind: 'template', weekday: 1 } as const;
    await saveSchedule(
      db,
      teacher,
      ana,
      monday,
      [
        { id: readingStep, cardId: reading, miniSteps: [] },
        { id: mathStep, cardId: math, miniSteps: [] },
      ],
      at(8),
    );
    const [shown, ...others] = await planChangesToAcknowledge(db, para, ana);
    expect(others).toEqual([]);
    expect(shown?.change).toEqual({ slot: monday, added: [reading], removed: [math], reordered: false });
    // Saved again as it is: no change to tell.
    await saveSchedule(
      db,
      teacher,
      ana,
      monday,
      [
        { id: readingStep, cardId: reading, miniSteps: [] },
        { id: mathStep, cardId: math, miniSteps: [] },
      ],
      at(9),
    );
    expect(await planChangesToAcknowledge(db, para, ana)).toHaveLength(1);
  });

  test('an accepted fading step and a removed plan reach the para too, newest first', async () => {
    const plan = await savePlan(db, teacher, ana, planInput(), at(7));
    const [made] = await planChangesToAcknowledge(db, para, ana);
    if (!made) throw new Error('the new plan is shown');
    await acknowledgePlanChanges(db, para, ana, [made.id], at(7, 30));
    for (const date of [8, 9, 10]) await startMath(date, 'independent');
    await acceptFadingStep(db, teacher, plan.id, at(10, 30));
    await removePlan(db, teacher, plan.id, at(11));

    const changes = await planChangesToAcknowledge(db, para, ana);
    expect(changes.map(({ at: moment, change }) => [moment, change])).toEqual([
      [
        at(11),
        {
          cardId: math,
          before: { prompt: 'gestural', delaySeconds: 8 },
          changed: ['delaySeconds', 'prompt'],
        },
      ],
      [
        at(10, 30),
        {
          cardId: math,
          before: { prompt: 'verbal', delaySeconds: 5 },
          after: { prompt: 'gestural', delaySeconds: 8 },
          changed: ['delaySeconds', 'prompt'],
        },
      ],
    ]);
  });
});

test('fidelity of a week: a para’s prompt before the plan’s wait ran out is counted, by the plan then in force', async () => {
  await savePlan(db, teacher, ana, planInput(), at(7));
  // 7 September 2026 is a Monday: Math on the Monday schedule, planned "wait 5 s, then verbal".
  const prompt = (latencyMs: number, minute: number, level: PromptLevel = 'verbal') =>
    recordEvent(
      db,
      anEvent(
        {
          type: 'step-started',
          studentId: ana,
          actor: { kind: 'staff', staffId: para.staffId },
          stepId: minute < 30 ? mathStep : mathAgain,
          prompt: level,
          latencyMs,
        },
        at(7, minute),
      ),
    );
  await prompt(3000, 10);
  await prompt(5000, 40, 'model');
  expect(await fidelityOfWeek(db, teacher, ana, schoolDayOf(at(7)))).toEqual({
    adults: [{ staffId: para.staffId, measured: 2, early: 1, moreHelp: 1, unplanned: 0 }],
    alerts: { rated: 0, answered: 0 },
    checks: { asked: 0, answered: 0 },
  });
});

test('an observation names a known adult and marks at least one point; it is read back for its week', async () => {
  const before = await db.events.count();
  for (const [input, code] of [
    [{ observed: ulid<'staff'>(at(7)), marks: { waited: 'done' } }, 'not-found'],
    [{ observed: teacher.staffId, marks: {} }, 'invalid-input'],
    [{ observed: teacher.staffId, marks: { waited: 'maybe' } }, 'invalid-input'],
  ] as const)
    await expect(recordObservation(db, teacher, ana, input, at(7, 10))).rejects.toMatchObject({ code });
  expect(await db.events.count()).toBe(before);

  const made = await recordObservation(
    db,
    teacher,
    ana,
    { observed: teacher.staffId, marks: { waited: 'not-done' }, feedback: ' Wait the whole 5 s. ' },
    at(8, 10),
  );
  expect(made).toMatchObject({ type: 'observation-made', feedback: 'Wait the whole 5 s.' });
  expect(await observationsOfWeek(db, teacher, ana, schoolDayOf(at(7)))).toEqual([made]);
  expect(await observationsOfWeek(db, teacher, ana, schoolDayOf(at(14)))).toEqual([]);
});

describe('the delay of the day', () => {
  const growing = {
    prompt: 'verbal',
    delaySeconds: 2,
    delay: { kind: 'progressive', zeroDelayDays: 1, stepSeconds: 2, afterCorrect: 1, maxSeconds: 6 },
  };
  const secondsOn = async (date: number) =>
    (await stagesOfDay(db, ana, schoolDayOf(at(date)))).get(math)?.secondsToday;

  test('a stage without a schedule waits its seconds every day', async () => {
    await savePlan(db, teacher, ana, planInput(), at(7));
    await startMath(7, 'model');
    expect(await secondsOn(14)).toBe(5);
  });

  test('grows from the rollups of the days before: 0 s first, then a step per correct wait; a day not counted is skipped', async () => {
    // The day's own schedule is what the rollup counts each activity's starts from.
    for (const date of [7, 14, 21])
      await saveSchedule(
        db,
        teacher,
        ana,
        { kind: 'day', day: schoolDayOf(at(date)) },
        [{ id: mathStep, cardId: math, miniSteps: [] }],
        at(7),
      );
    await savePlan(db, teacher, ana, { ...planInput(), current: growing }, at(7));
    expect(await secondsOn(7)).toBe(0);
    await startMath(7, 'verbal');
    expect(await secondsOn(14)).toBe(2);
    // More help than the plan's prompt: not a correct wait.
    await startMath(14, 'model');
    expect(await secondsOn(21)).toBe(2);
    await startMath(21, 'gestural');
    expect(await secondsOn(28)).toBe(4);

    await markNotCounted(
      db,
      teacher,
      { studentId: ana, from: schoolDayOf(at(21)), to: schoolDayOf(at(21)), reason: 'absence' },
      at(22),
    );
    expect(await secondsOn(28)).toBe(2);
  });

  test('fidelity judges a para’s prompt against the delay of its day', async () => {
    for (const date of [7, 14, 21])
      await saveSchedule(
        db,
        teacher,
        ana,
        { kind: 'day', day: schoolDayOf(at(date)) },
        [{ id: mathStep, cardId: math, miniSteps: [] }],
        at(7),
      );
    await savePlan(db, teacher, ana, { ...planInput(), current: growing }, at(7));
    await startMath(7, 'verbal');
    await startMath(14, 'verbal');
    // The wait is 4 s on the 21st: a prompt after 3 s came before it ran out (the stage begins at 2 s).
    await recordEvent(
      db,
      anEvent(
        {
          type: 'step-started',
          studentId: ana,
          actor: { kind: 'staff', staffId: para.staffId },
          stepId: mathStep,
          prompt: 'verbal',
          latencyMs: 3000,
        },
        at(21),
      ),
    );
    const week = await fidelityOfWeek(db, teacher, ana, schoolDayOf(at(21)));
    expect(week.adults).toEqual([
      { staffId: para.staffId, measured: 1, early: 1, moreHelp: 0, unplanned: 0 },
    ]);
  });
});
