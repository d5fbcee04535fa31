import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { planChangesToAcknowledge } from '../../src/db/repos/plan-changes';
import { assignScale, saveScale } from '../../src/db/repos/scales';
import { completeSetup } from '../../src/db/repos/setup';
import { addStudent, updateStudentSettings } from '../../src/db/repos/students';
import { setTokenPlan } from '../../src/db/repos/tokens';
import type { StaffId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { type ScaleDraft, scaleDraft } from '../../src/domain/scales';
import { stampEvent } from '../../src/domain/stamp';
import { DEVICE } from '../support/events';
import { freshDb } from '../support/fresh-db';

const NOW = new Date(2026, 8, 7, 8, 0).getTime();
const minutes = (count: number) => NOW + count * 60_000;
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  if (!setup.student) throw new Error('setup makes the first student');
  ana = setup.student.id;
});

const feelings = (response4 = 'Walk together'): ScaleDraft =>
  scaleDraft('How am I feeling?', (level) => ({
    label: `Level ${level}`,
    looksLike: `looks like ${level}`,
    staffResponse: level === 4 ? response4 : `respond to ${level}`,
  }));

/** What the para is told for a student, oldest first. */
const toldOf = async (studentId: StudentId) =>
  (await planChangesToAcknowledge(db, para, studentId)).map((recorded) => recorded.change).reverse();

test('a token board given, changed and taken away is told to the paras each time; the same terms again are not', async () => {
  const board = { spots: 5, fromSteps: true, rewardMinutes: 3 };
  await setTokenPlan(db, teacher, ana, board, minutes(1));
  await setTokenPlan(db, teacher, ana, board, minutes(2));
  await setTokenPlan(db, teacher, ana, { ...board, spots: 4 }, minutes(3));
  await setTokenPlan(db, teacher, ana, undefined, minutes(4));
  expect(await toldOf(ana)).toEqual([
    { support: 'tokens', after: board },
    { support: 'tokens', before: board, after: { ...board, spots: 4 } },
    { support: 'tokens', before: { ...board, spots: 4 } },
  ]);
  const [latest] = await db.events.where('type').equals('support-changed').reverse().sortBy('at');
  expect(latest?.actor).toEqual({ kind: 'staff', staffId: teacher.staffId });
});

test('a scale given tells its alert levels and responses; editing a response tells only the students who rate with it', async () => {
  const scale = await saveScale(db, teacher, undefined, feelings(), minutes(1));
  const ben = (await addStudent(db, teacher, { name: 'Ben' }, minutes(1))).id;
  await assignScale(db, teacher, ana, { scaleId: scale.id, checkInAtStart: false }, minutes(2));
  // Made in one write, at one moment: the alert levels and each level's response, in no set order.
  const onGiving = await toldOf(ana);
  expect(onGiving).toHaveLength(6);
  expect(onGiving).toContainEqual({ support: 'alert-levels', before: [], after: [4, 5] });
  expect(onGiving).toContainEqual({
    support: 'staff-response',
    level: 4,
    before: '',
    after: 'Walk together',
  });

  await assignScale(
    db,
    teacher,
    ana,
    { scaleId: scale.id, checkInAtStart: true, alertLevels: [3, 4, 5] },
    minutes(3),
  );
  await saveScale(db, teacher, scale.id, feelings('Quiet corner'), minutes(4));
  expect((await toldOf(ana)).slice(6)).toEqual([
    { support: 'alert-levels', before: [4, 5], after: [3, 4, 5] },
    { support: 'staff-response', level: 4, before: 'Walk together', after: 'Quiet corner' },
  ]);
  expect(await toldOf(ben)).toEqual([]);
});

test('the check-in’s items changed are told, the same items again are not; a para can change none of these supports, and nothing is logged', async () => {
  await updateStudentSettings(db, teacher, ana, { needsCheckIn: ['slept', 'ate'] }, minutes(1));
  await updateStudentSettings(db, teacher, ana, { needsCheckIn: ['slept', 'ate'] }, minutes(2));
  expect(await toldOf(ana)).toEqual([{ support: 'needs', before: [], after: ['slept', 'ate'] }]);

  const refused = { code: 'not-allowed' };
  await expect(
    setTokenPlan(db, para, ana, { spots: 3, fromSteps: true, rewardMinutes: 2 }, minutes(3)),
  ).rejects.toMatchObject(refused);
  await expect(updateStudentSettings(db, para, ana, { needsCheckIn: [] }, minutes(3))).rejects.toMatchObject(
    refused,
  );
  expect(await db.events.where('type').equals('support-changed').count()).toBe(1);
});

test('changes recorded at one moment come in the order they were recorded, whatever their kind', async () => {
  const at = minutes(5);
  const actor = { kind: 'staff', staffId: teacher.staffId } as const;
  // Recorded first, though schedule changes are read before support changes.
  const support = stampEvent(
    {
      type: 'support-changed',
      studentId: ana,
      actor,
      change: { support: 'tokens', after: { spots: 5, fromSteps: true, rewardMinutes: 3 } },
    },
    at,
    DEVICE,
  );
  const schedule = stampEvent(
    {
      type: 'schedule-changed',
      studentId: ana,
      actor,
      change: { slot: { kind: 'template', weekday: 1 }, added: [], removed: [], reordered: true },
    },
    at,
    DEVICE,
  );
  await db.events.bulkAdd([support, schedule]);
  expect((await planChangesToAcknowledge(db, para, ana)).map((recorded) => recorded.id)).toEqual([
    support.id,
    schedule.id,
  ]);
});
