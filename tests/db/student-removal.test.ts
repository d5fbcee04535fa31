import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { saveBoard, setShownOptions } from '../../src/db/repos/boards';
import { createCard } from '../../src/db/repos/cards';
import { savePlan } from '../../src/db/repos/plans';
import { recordEvent } from '../../src/db/repos/record-event';
import { saveReviewPlan } from '../../src/db/repos/review';
import { saveSchedule } from '../../src/db/repos/schedules';
import { readSetting, writeSetting } from '../../src/db/repos/settings';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { addStudent, setStudentPhoto } from '../../src/db/repos/students';
import { saveTarget } from '../../src/db/repos/targets';
import type { BoardId, CardId, OptionId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { SchoolDay } from '../../src/domain/time';
import { aFinish, aShown, aStart, aVoid, morning } from '../support/events';
import { freshDb } from '../support/fresh-db';
import { NOW, PARA, TEACHER } from '../support/self-checks';
import { WAS_I_WORKING } from '../support/targets';

let db: AppDb;
let math: CardId;
let board: { id: BoardId; options: OptionId[] };

/** Every row of every table that names the student, by table: what "everything of theirs" means. */
async function rowsNaming(studentId: StudentId): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) {
    const rows: unknown[] = await table.toArray();
    counts[table.name] = rows.filter((row) => JSON.stringify(row).includes(studentId)).length;
  }
  return counts;
}

/** A student with a photo, a weekday and a day schedule, a plan, a target, a review plan, a board's options and a week of records. */
async function seedStudent(name: string): Promise<StudentId> {
  const student = await addStudent(db, TEACHER, { name }, NOW);
  await setStudentPhoto(
    db,
    TEACHER,
    student.id,
    new Blob([new Uint8Array([0xff, 0xd8, 0xff]), name], { type: 'image/jpeg' }),
    NOW,
  );
  const step = ulid<'step'>(NOW) as StepId;
  for (const slot of [
    { kind: 'template', weekday: 1 },
    { kind: 'day', day: '2026-09-01' as SchoolDay },
  ] as const) {
    await saveSchedule(db, TEACHER, student.id, slot, [{ id: step, cardId: math, miniSteps: [] }], NOW);
  }
  await savePlan(
    db,
    TEACHER,
    student.id,
    { cardId: math, current: { prompt: 'verbal', delaySeconds: 5 }, criterion: { percent: 80, days: 3 } },
    NOW,
  );
  await saveTarget(db, TEACHER, student.id, undefined, WAS_I_WORKING, NOW);
  await saveReviewPlan(db, TEACHER, student.id, { aimPercent: 80 });
  await setShownOptions(db, TEACHER, board.id, student.id, board.options.slice(0, 2), NOW);
  for (const date of [1, 2, 3]) {
    await recordEvent(db, aShown(student.id, morning(date)));
    const start = await recordEvent(db, aStart(student.id, morning(date, 1)));
    await recordEvent(db, aFinish(student.id, morning(date, 20)));
    if (date === 2) await recordEvent(db, aVoid(start, morning(date, 2)));
  }
  return student.id;
}

beforeEach(async () => {
  db = freshDb();
  math = (await createCard(db, TEACHER, { label: 'Math' }, NOW)).id;
  const cards = [math, (await createCard(db, TEACHER, { label: 'Swing' }, NOW)).id];
  const saved = await saveBoard(
    db,
    TEACHER,
    undefined,
    { name: 'Break', options: cards.map((cardId) => ({ cardId })) },
    NOW,
  );
  board = { id: saved.id, options: saved.options.map((option) => option.id) };
});

describe('deleting a student', () => {
  test('the tables it clears are every table there is (a new table must be thought about here)', () => {
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'boards',
      'cards',
      'deletions',
      'events',
      'media',
      'plans',
      'rollups',
      'scales',
      'schedules',
      'settings',
      'staff',
      'students',
      'targets',
    ]);
  });

  test('removes every row of theirs, photo included, and leaves every row of the other student and the class', async () => {
    const ana = await seedStudent('Ana');
    const ben = await seedStudent('Ben');
    await writeSetting(db, 'kioskStudentId', ana);
    const anaBefore = await rowsNaming(ana);
    const benBefore = await rowsNaming(ben);
    // Ana is in every kind of row a student can have (her plan's `plan-changed` among the events,
    // with the rollup of the day it was saved).
    expect(anaBefore).toMatchObject({
      students: 1,
      events: 11,
      rollups: 4,
      schedules: 2,
      plans: 1,
      targets: 1,
      media: 1,
      boards: 1,
      settings: 2,
    });
    const classroom = {
      cards: await db.cards.count(),
      boards: await db.boards.count(),
      scales: await db.scales.count(),
    };

    await expect(deleteStudent(db, TEACHER, ana, NOW)).resolves.toMatchObject({ name: 'Ana' });

    // Only the record of the deletion names her: what was deleted, when and by whom, nothing of hers.
    const { deletions, ...others } = await rowsNaming(ana);
    expect(Object.values(others).every((count) => count === 0)).toBe(true);
    expect(await db.deletions.toArray()).toEqual([
      { id: ana, kind: 'students', at: NOW, by: TEACHER.staffId },
    ]);
    expect(deletions).toBe(1);
    expect(await rowsNaming(ben)).toEqual(benBefore);
    expect(await db.students.count()).toBe(1);
    expect({
      cards: await db.cards.count(),
      boards: await db.boards.count(),
      scales: await db.scales.count(),
    }).toEqual(classroom);
    // The tablet that was set to Ana is a shared tablet again.
    expect(await readSetting(db, 'kioskStudentId')).toBeUndefined();
  });

  test('a para, or no adult, cannot delete a student, and nothing changes', async () => {
    const ana = await seedStudent('Ana');
    const before = await rowsNaming(ana);

    await expect(deleteStudent(db, PARA, ana, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(deleteStudent(db, undefined, ana, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await rowsNaming(ana)).toEqual(before);
  });

  test('a student who is not there is refused in words, and nothing changes', async () => {
    const ana = await seedStudent('Ana');
    const before = await rowsNaming(ana);

    await expect(deleteStudent(db, TEACHER, ulid<'student'>(NOW), NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await rowsNaming(ana)).toEqual(before);
  });
});
