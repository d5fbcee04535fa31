import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import {
  addNote,
  endWait,
  recordNeeds,
  recordPrompt,
  recordSupport,
  startWait,
  undoRecord,
} from '../../src/db/repos/para-records';
import { dayRollup } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import { updateStudentSettings } from '../../src/db/repos/students';
import type { AppEvent } from '../../src/domain/events';
import type { StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { Schedule } from '../../src/domain/schedule';
import { progressOf, startTap } from '../../src/domain/schedule-progress';
import { schoolDayOf } from '../../src/domain/time';
import { currentWait } from '../../src/domain/waiting';
import { freshDb } from '../support/fresh-db';

const NOW = new Date(2026, 8, 7, 9, 0).getTime();
const seconds = (count: number) => NOW + count * 1000;
const DAY = schoolDayOf(NOW);

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let schedule: Schedule;
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };
const reading = ulid<'step'>(NOW) as StepId;
const math = ulid<'step'>(NOW + 1) as StepId;

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  ana = setup.student.id;
  const items = [];
  for (const [id, label] of [
    [reading, 'Reading'],
    [math, 'Math'],
  ] as const)
    items.push({ id, cardId: (await createCard(db, teacher, { label }, NOW)).id, miniSteps: [] });
  schedule = await saveSchedule(db, teacher, ana, { kind: 'day', day: DAY }, items, NOW);
  await show(seconds(0));
});

/** What the kiosk records when its screen shows the current step. */
async function show(at: number) {
  await recordStudentSteps(db, ana, { kind: 'shown', stepIds: [reading], again: false }, at);
}
const today = () => eventsOfStudentDay(db, ana, DAY);
const live = (events: AppEvent[]) => {
  const voided = new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])));
  return events.filter((event) => !voided.has(event.id) && event.type !== 'voided');
};
const starts = async () =>
  live(await today()).flatMap((event) => (event.type === 'step-started' ? [event] : []));

describe('a prompt tap', () => {
  test('records the step’s start after that prompt, by the adult, with its latency', async () => {
    const start = await recordPrompt(db, para, ana, 'verbal', seconds(6));

    expect(start).toMatchObject({
      type: 'step-started',
      stepId: reading,
      prompt: 'verbal',
      latencyMs: 6000,
      actor: { kind: 'staff', staffId: para.staffId },
    });
    expect((await dayRollup(db, ana, DAY))?.startsByPrompt).toMatchObject({ verbal: 1, independent: 0 });
  });

  test('corrects the student’s start of a moment ago, and keeps the student’s latency', async () => {
    await recordStudentSteps(db, ana, { kind: 'start', stepId: reading }, seconds(4));

    await recordPrompt(db, para, ana, 'gestural', seconds(7));

    expect((await starts()).map((start) => [start.prompt, start.latencyMs])).toEqual([['gestural', 4000]]);
    expect((await dayRollup(db, ana, DAY))?.startsByPrompt).toMatchObject({ gestural: 1, independent: 0 });
  });

  test('of the level already recorded changes nothing', async () => {
    const first = await recordPrompt(db, para, ana, 'verbal', seconds(2));
    await expect(recordPrompt(db, para, ana, 'verbal', seconds(3))).resolves.toEqual(first);
    expect(await today()).toHaveLength(2);
  });

  test('with no step waiting for a start is refused in words, and nothing is written', async () => {
    await recordPrompt(db, para, ana, 'verbal', seconds(2));
    await expect(recordPrompt(db, para, ana, 'model', seconds(20))).rejects.toMatchObject({
      code: 'no-step-to-record',
    });
    expect(await today()).toHaveLength(2);
  });

  test('needs a signed-in adult and a level of the hierarchy', async () => {
    await expect(recordPrompt(db, undefined, ana, 'verbal', seconds(2))).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(recordPrompt(db, para, ana, 'shouting', seconds(2))).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});

describe('support, notes and undo', () => {
  test('a para records the support a part of today took, and a note', async () => {
    await recordSupport(db, para, ana, { stepId: reading, level: 'teacher-helps-start' }, seconds(3));
    await addNote(db, para, ana, '  Needed a break  ', seconds(4));

    expect(live(await today()).map((event) => event.type)).toEqual(['step-shown', 'support-noted', 'note']);
    expect(live(await today())[2]).toMatchObject({ text: 'Needed a break' });
    await expect(
      recordSupport(db, para, ana, { stepId: ulid<'step'>(NOW), level: 'independent' }, seconds(5)),
    ).rejects.toMatchObject({ code: 'state-changed' });
    await expect(addNote(db, para, ana, '   ', seconds(5))).rejects.toMatchObject({ code: 'invalid-input' });
  });

  test('undo voids the last record within 10 seconds: nothing is deleted, and the step waits again', async () => {
    const start = await recordPrompt(db, para, ana, 'model', seconds(5));
    await undoRecord(db, para, ana, start.id, seconds(14));

    const events = await today();
    expect(events.map((event) => event.type)).toEqual(['step-shown', 'step-started', 'voided']);
    expect(events[2]).toMatchObject({ target: start.id, actor: { kind: 'staff', staffId: para.staffId } });
    expect(await starts()).toEqual([]);
    expect((await dayRollup(db, ana, DAY))?.stepsStarted).toBe(0);
    expect(startTap(progressOf(schedule.items, events), seconds(16))).toMatchObject({
      prompt: 'independent',
    });
  });

  test('undo is refused after 10 seconds, and for a record that is no longer the last', async () => {
    const start = await recordPrompt(db, para, ana, 'model', seconds(5));
    await expect(undoRecord(db, para, ana, start.id, seconds(16))).rejects.toMatchObject({
      code: 'undo-expired',
    });
    await addNote(db, para, ana, 'Calm', seconds(6));
    await expect(undoRecord(db, para, ana, start.id, seconds(7))).rejects.toMatchObject({
      code: 'undo-expired',
    });
    expect((await today()).filter((event) => event.type === 'voided')).toEqual([]);
  });

  test('the teacher records beside the kiosk the same way', async () => {
    await expect(recordPrompt(db, teacher, ana, 'gestural', seconds(2))).resolves.toMatchObject({
      actor: { kind: 'staff', staffId: teacher.staffId },
    });
  });
});

describe('a wait', () => {
  test('a para starts a wait, ends it early, and only the wait still running can be ended', async () => {
    const wait = await startWait(db, para, ana, 60, NOW);
    expect(wait).toMatchObject({
      type: 'wait-started',
      seconds: 60,
      actor: { kind: 'staff', staffId: para.staffId },
    });
    expect(currentWait(await eventsOfStudentDay(db, ana, DAY), seconds(10))?.id).toBe(wait.id);
    await endWait(db, para, ana, wait.id, seconds(10));
    expect(currentWait(await eventsOfStudentDay(db, ana, DAY), seconds(11))).toBeUndefined();
    await expect(endWait(db, para, ana, wait.id, seconds(12))).rejects.toMatchObject({
      code: 'state-changed',
    });
  });

  test('no session, or a length outside 10 s to 30 min, writes nothing', async () => {
    const before = await db.events.count();
    for (const [session, length, code] of [
      [undefined, 60, 'not-allowed'],
      [para, 5, 'invalid-input'],
      [para, 31 * 60, 'invalid-input'],
      [para, 1.5, 'invalid-input'],
    ] as const)
      await expect(startWait(db, session, ana, length, NOW)).rejects.toMatchObject({ code });
    expect(await db.events.count()).toBe(before);
  });
});

describe('the start-of-day needs check-in', () => {
  test('the teacher chooses the items; a para answers them, and only them, under their own name', async () => {
    await updateStudentSettings(db, teacher, ana, { needsCheckIn: ['slept', 'medication'] }, NOW);
    const noted = await recordNeeds(
      db,
      para,
      ana,
      { answers: { slept: 'no', medication: 'yes' }, fromFamily: true, note: ' Up at 4 ' },
      seconds(5),
    );
    expect(noted).toMatchObject({
      type: 'needs-noted',
      actor: { kind: 'staff', staffId: para.staffId },
      answers: { slept: 'no', medication: 'yes' },
      fromFamily: true,
      note: 'Up at 4',
    });
    const before = await db.events.count();
    for (const [session, answers, code] of [
      [para, { ate: 'yes' }, 'invalid-input'],
      [para, {}, 'invalid-input'],
      [undefined, { slept: 'yes' }, 'not-allowed'],
    ] as const)
      await expect(
        recordNeeds(db, session, ana, { answers, fromFamily: false }, seconds(6)),
      ).rejects.toMatchObject({ code });
    expect(await db.events.count()).toBe(before);
  });

  test('the items are the known ones, each once, in order; only a teacher sets them', async () => {
    for (const needsCheckIn of [['ate', 'slept'], ['slept', 'slept'], ['mood']])
      await expect(updateStudentSettings(db, teacher, ana, { needsCheckIn }, NOW)).rejects.toMatchObject({
        code: 'invalid-input',
      });
    await expect(updateStudentSettings(db, para, ana, { needsCheckIn: ['ate'] }, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
  });
});
