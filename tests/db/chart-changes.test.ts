import { expect, test } from 'vitest';
import { chartChangesOf } from '../../src/db/repos/chart-changes';
import { completeSetup } from '../../src/db/repos/setup';
import { addStudent } from '../../src/db/repos/students';
import { setTokenPlan } from '../../src/db/repos/tokens';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';

const day = (date: number) => new Date(2026, 8, date, 15, 0).getTime();
const para: AdultSession = { staffId: ulid<'staff'>(day(1)) as StaffId, role: 'para', name: 'Mr. Lee' };

test("a student's changes of support come by day, the other students' left out; a para may not read them", async () => {
  const db = freshDb();
  const setup = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    day(1),
  );
  const teacher = setup.session;
  const ana = setup.student?.id ?? expect.unreachable('setup makes the first student');
  const ben = (await addStudent(db, teacher, { name: 'Ben' }, day(1))).id;
  const board = { spots: 5, fromSteps: true, rewardMinutes: 3 };
  await setTokenPlan(db, teacher, ana, board, day(8));
  await setTokenPlan(db, teacher, ben, board, day(9));
  await setTokenPlan(db, teacher, ana, { ...board, spots: 4 }, day(10));

  expect(await chartChangesOf(db, teacher, ana)).toEqual([
    { type: 'support-changed', day: '2026-09-08' },
    { type: 'support-changed', day: '2026-09-10' },
  ]);
  await expect(chartChangesOf(db, para, ana)).rejects.toMatchObject({ code: 'not-allowed' });
});
