import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { recordPrompt } from '../../src/db/repos/para-records';
import { dayRollup } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import { voidedTargets } from '../../src/domain/corrections';
import type { AppEvent } from '../../src/domain/events';
import type { StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { StudentTap } from '../../src/domain/step-records';
import { schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

// Two writers at the same instant: two tabs, a double tap, or the para and the student. Each
// write decides inside its own transaction, so whichever commits first, one start counts.

const NOW = new Date(2026, 8, 7, 9, 0).getTime();
const seconds = (count: number) => NOW + count * 1000;
const DAY = schoolDayOf(NOW);
const reading = ulid<'step'>(NOW) as StepId;
const math = ulid<'step'>(NOW + 1) as StepId;
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

let db: AppDb;
let ana: StudentId;

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  ana = setup.student.id;
  const cardId = (await createCard(db, setup.session, { label: 'Work' }, NOW)).id;
  const items = [reading, math].map((id) => ({ id, cardId, miniSteps: [] }));
  await saveSchedule(db, setup.session, ana, { kind: 'day', day: DAY }, items, NOW);
  await tap({ kind: 'shown', stepIds: [reading], again: false }, seconds(0));
});

const tap = (what: StudentTap, at: number) => recordStudentSteps(db, ana, what, at);
const live = async () => {
  const events = await eventsOfStudentDay(db, ana, DAY);
  const voided = voidedTargets(events);
  return events.filter((event) => !voided.has(event.id) && event.type !== 'voided');
};
const ofType = (events: AppEvent[], type: AppEvent['type']) => events.filter((event) => event.type === type);

describe('one start per step under concurrent writes', () => {
  test('two student writes racing record one start, and the rollup counts one', async () => {
    const taken = await Promise.all([
      tap({ kind: 'start', stepId: reading }, seconds(3)),
      tap({ kind: 'start', stepId: reading }, seconds(3) + 30),
    ]);

    expect(taken.map((recorded) => recorded !== undefined).sort()).toEqual([false, true]);
    expect(ofType(await live(), 'step-started')).toHaveLength(1);
    // The one that recorded hands back the day's log as it is on disk, for the kiosk to show at once.
    expect(taken.find((recorded) => recorded !== undefined)).toEqual(await eventsOfStudentDay(db, ana, DAY));
    expect(await dayRollup(db, ana, DAY)).toMatchObject({ stepsStarted: 1, stepsShown: 1 });
  });

  test('a para prompt committed first: the student’s start that follows is refused', async () => {
    const prompt = recordPrompt(db, para, ana, 'verbal', seconds(3));
    const [recorded, taken] = await Promise.all([
      prompt,
      tap({ kind: 'start', stepId: reading }, seconds(3)),
    ]);

    // Whichever write commits first, the one start counting is the para's, with the student's latency.
    const starts = ofType(await live(), 'step-started');
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatchObject({ prompt: 'verbal', latencyMs: 3000, actor: { kind: 'staff' } });
    if (!taken) expect(starts).toEqual([recorded]);
    expect(await dayRollup(db, ana, DAY)).toMatchObject({
      stepsStarted: 1,
      startsByPrompt: { verbal: 1, independent: 0 },
    });
  });

  test('the student’s start committed first: the para’s prompt becomes that start’s prompt', async () => {
    await Promise.all([
      tap({ kind: 'start', stepId: reading }, seconds(3)),
      recordPrompt(db, para, ana, 'verbal', seconds(3)),
    ]);

    const starts = ofType(await live(), 'step-started');
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatchObject({ prompt: 'verbal', latencyMs: 3000, actor: { kind: 'staff' } });
    expect(await dayRollup(db, ana, DAY)).toMatchObject({
      stepsStarted: 1,
      startsByPrompt: { verbal: 1, independent: 0 },
    });
  });

  test('three tabs recording the step shown together record it once', async () => {
    await tap({ kind: 'start', stepId: reading }, seconds(2));
    await tap({ kind: 'done', stepId: reading }, seconds(20));
    await Promise.all(
      [0, 5, 11].map((offset) => tap({ kind: 'shown', stepIds: [math], again: false }, seconds(21) + offset)),
    );

    expect(ofType(await live(), 'step-shown')).toHaveLength(2);
    expect(await dayRollup(db, ana, DAY)).toMatchObject({ stepsShown: 2 });
  });

  test('a day of steps played by three tabs at once has as many starts as steps', async () => {
    for (const [index, stepId] of [reading, math].entries()) {
      const at = seconds(100 * index + 1);
      const all = (what: StudentTap, when: number) =>
        Promise.all([0, 7, 19].map((offset) => tap(what, when + offset)));
      await all({ kind: 'shown', stepIds: [stepId], again: false }, at);
      await all({ kind: 'start', stepId }, at + 2000);
      await all({ kind: 'done', stepId }, at + 60_000);
    }
    const events = await live();
    expect(ofType(events, 'step-started')).toHaveLength(2);
    expect(ofType(events, 'step-finished')).toHaveLength(2);
    expect(await dayRollup(db, ana, DAY)).toMatchObject({ stepsStarted: 2, stepsFinished: 2 });
  });
});
