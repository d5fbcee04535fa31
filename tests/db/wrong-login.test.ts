import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { addNote } from '../../src/db/repos/para-records';
import { recordEvent } from '../../src/db/repos/record-event';
import { dayRollup } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import { voidWrongLogin } from '../../src/db/repos/wrong-login';
import type { AppEvent } from '../../src/domain/events';
import { type ScheduleId, type StepId, type StudentId, ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { stampEvent } from '../../src/domain/stamp';
import { schoolDayOf } from '../../src/domain/time';
import { NOT_ME_REASON, NOT_ME_WINDOW_MS } from '../../src/domain/wrong-login';
import { freshDb } from '../support/fresh-db';

const LOGIN = new Date(2026, 8, 7, 9, 0).getTime();
const seconds = (count: number) => LOGIN + count * 1000;
const DAY = schoolDayOf(LOGIN);

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let scheduleId: ScheduleId;
const reading = ulid<'step'>(LOGIN) as StepId;
const math = ulid<'step'>(LOGIN + 1) as StepId;

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    seconds(-3600),
  );
  teacher = setup.session;
  ana = setup.student.id;
  const items = [];
  for (const [id, label] of [
    [reading, 'Reading'],
    [math, 'Math'],
  ] as const)
    items.push({ id, cardId: (await createCard(db, teacher, { label }, LOGIN)).id, miniSteps: [] });
  scheduleId = (await saveSchedule(db, teacher, ana, { kind: 'day', day: DAY }, items, seconds(-3600))).id;
});

/** What the kiosk records for Ana: one step shown, started and finished at moments. */
async function studentTaps(stepId: StepId, shownAt: number) {
  await recordStudentSteps(db, ana, { kind: 'shown', stepIds: [stepId], again: false }, shownAt);
  await recordStudentSteps(db, ana, { kind: 'start', stepId }, shownAt + 2000);
  await recordStudentSteps(db, ana, { kind: 'done', stepId }, shownAt + 3000);
}

const voidedIds = (events: readonly AppEvent[]) =>
  new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])));

describe('"not me" after a wrong picture at the login', () => {
  test('voids, with its reason, what the student screen recorded since the login, and nothing else', async () => {
    await studentTaps(reading, seconds(-120));
    const before = await eventsOfStudentDay(db, ana, DAY);
    await studentTaps(math, seconds(5));
    const note = await addNote(db, teacher, ana, 'Came in calm', seconds(9));
    const otherTablet = await recordEvent(
      db,
      stampEvent(
        // Shown again there (after being covered), so it is a record of its own.
        {
          type: 'step-shown',
          studentId: ana,
          actor: { kind: 'student' },
          scheduleId,
          stepId: math,
          again: true,
        },
        seconds(10),
        ulid<'device'>(LOGIN),
      ),
    );
    const afterLogin = (await eventsOfStudentDay(db, ana, DAY)).filter(
      (event) => event.at >= LOGIN && event.actor.kind === 'student' && event.id !== otherTablet.id,
    );

    const count = await voidWrongLogin(db, ana, LOGIN, seconds(20));

    const events = await eventsOfStudentDay(db, ana, DAY);
    const voided = voidedIds(events);
    expect(count).toBe(3);
    expect([...voided].sort()).toEqual(afterLogin.map((event) => event.id).sort());
    for (const kept of [...before, note, otherTablet]) expect(voided.has(kept.id)).toBe(false);
    const corrections = events.filter((event) => event.type === 'voided');
    expect(corrections.map((event) => event.type === 'voided' && event.reason)).toEqual([
      NOT_ME_REASON,
      NOT_ME_REASON,
      NOT_ME_REASON,
    ]);
    expect(corrections.every((event) => event.deviceId === afterLogin[0]?.deviceId)).toBe(true);
    // The day's figures are Ana's own again: the one step before the login.
    expect((await dayRollup(db, ana, DAY))?.startsByPrompt).toMatchObject({ independent: 1 });
  });

  test('leaves a record an adult already undid as it is', async () => {
    await studentTaps(reading, seconds(5));
    const finish = (await eventsOfStudentDay(db, ana, DAY)).find((event) => event.type === 'step-finished');
    if (!finish) throw new Error('Math was finished');
    await recordEvent(
      db,
      stampEvent(
        {
          type: 'voided',
          studentId: ana,
          actor: { kind: 'staff', staffId: teacher.staffId },
          target: finish.id,
          reason: 'tapped by mistake',
        },
        seconds(9),
        finish.deviceId,
      ),
    );

    await expect(voidWrongLogin(db, ana, LOGIN, seconds(20))).resolves.toBe(2);
  });

  test('cannot erase a real day: a login older than a few minutes voids nothing', async () => {
    await studentTaps(reading, seconds(5));
    const stored = await db.events.count();

    await expect(voidWrongLogin(db, ana, LOGIN, LOGIN + NOT_ME_WINDOW_MS + 1)).resolves.toBe(0);

    expect(await db.events.count()).toBe(stored);
  });
});
