import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { dayRollupFromLog, eventsOfStudentDay } from '../../src/db/repos/events';
import { recordPrompt } from '../../src/db/repos/para-records';
import { dayRollup } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import type { AppEvent } from '../../src/domain/events';
import type { StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { timedStarts } from '../../src/domain/rollup';
import type { ScheduleItem } from '../../src/domain/schedule';
import { progressOf } from '../../src/domain/schedule-progress';
import { stepToFinish } from '../../src/domain/step-records';
import { schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

// The kiosk's Done on a mini-step records the mini-step's start with its finish, in the same
// write, unless an adult recorded one: every mini-step has one start, as when each had a Start.

const NOW = new Date(2026, 8, 7, 9, 0).getTime();
const seconds = (count: number) => NOW + count * 1000;
const DAY = schoolDayOf(NOW);
const washing = ulid<'step'>(NOW) as StepId;
const minis = [1, 2, 3].map((n) => ulid<'step'>(NOW + n) as StepId);
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

let db: AppDb;
let ana: StudentId;
let items: ScheduleItem[];

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  ana = setup.student.id;
  const cardId = (await createCard(db, setup.session, { label: 'Wash hands' }, NOW)).id;
  items = [{ id: washing, cardId, miniSteps: minis.map((id) => ({ id, cardId })) }];
  await saveSchedule(db, setup.session, ana, { kind: 'day', day: DAY }, items, NOW);
  await recordStudentSteps(db, ana, { kind: 'shown', stepIds: [washing], again: false }, seconds(0));
  await recordStudentSteps(db, ana, { kind: 'start', stepId: washing }, seconds(3));
});

/** A Done named after the step the screen shows, as up to date as the log, from two tabs at once. */
async function doneTap(at: number) {
  const stepId = stepToFinish(progressOf(items, await eventsOfStudentDay(db, ana, DAY)));
  if (!stepId) return;
  await Promise.all(
    [0, 7].map((offset) => recordStudentSteps(db, ana, { kind: 'done', stepId }, at + offset)),
  );
}

type StepRecord = Extract<AppEvent, { type: 'step-started' | 'step-finished' }>;
const isStepRecord = (event: AppEvent): event is StepRecord =>
  event.type === 'step-started' || event.type === 'step-finished';
const miniRecords = async (type: StepRecord['type']) =>
  (await eventsOfStudentDay(db, ana, DAY)).filter(
    (event): event is StepRecord =>
      isStepRecord(event) && event.type === type && event.parentStepId === washing,
  );

describe('a mini-step finished by one Done', () => {
  test('ten fast Done taps on three mini-steps give each one start and one finish', async () => {
    // 150 ms apart from just after the activity's Done settled: one mini-step per settle window.
    for (let tap = 0; tap < 10; tap++) await doneTap(seconds(3) + 600 + tap * 150);

    const starts = await miniRecords('step-started');
    expect(starts.map((event) => event.stepId)).toEqual(minis);
    expect(starts.every((event) => event.type === 'step-started' && event.untimed)).toBe(true);
    const finishes = await miniRecords('step-finished');
    expect(finishes.map((event) => event.stepId)).toEqual(minis);
    // One mini-step per settle window: the burst took a second and a half to finish the three.
    expect(finishes.map((event) => event.at - seconds(3))).toEqual([600, 1200, 1800]);
    // Each start was written before its finish.
    const log = (await eventsOfStudentDay(db, ana, DAY)).filter(isStepRecord);
    for (const mini of minis) {
      const kinds = log.filter((event) => event.stepId === mini).map((event) => event.type);
      expect(kinds).toEqual(['step-started', 'step-finished']);
    }
    const rollup = await dayRollup(db, ana, DAY);
    expect(rollup).toMatchObject({
      stepsStarted: 4,
      startsByPrompt: { independent: 4 },
      startsUntimed: 3,
      stepsFinished: 4,
      latencyMsTotal: 3000,
    });
    if (!rollup) throw new Error('no rollup');
    expect(timedStarts(rollup)).toBe(1);
    expect(await dayRollupFromLog(db, ana, DAY)).toEqual(rollup);
  });

  test('a mini-step the para prompted keeps the para’s start, and its Done adds none', async () => {
    // Past the undo window of the student's Start, so the prompt is for the mini-step on screen.
    const prompt = await recordPrompt(db, para, ana, 'gestural', seconds(20));
    expect(prompt).toMatchObject({ stepId: minis[0], parentStepId: washing });
    await doneTap(seconds(30));

    expect(await miniRecords('step-started')).toEqual([prompt]);
    expect((await miniRecords('step-finished')).map((event) => event.stepId)).toEqual([minis[0]]);
    expect(await dayRollup(db, ana, DAY)).toMatchObject({
      stepsStarted: 2,
      startsByPrompt: { independent: 1, gestural: 1 },
    });
    expect(await dayRollup(db, ana, DAY)).not.toHaveProperty('startsUntimed');
  });
});
