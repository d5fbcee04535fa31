import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { recordEvent } from '../../src/db/repos/record-event';
import {
  overviewRollups,
  reportingPeriods,
  reviewPlanOf,
  saveReportingPeriods,
  saveReviewPlan,
  setProgressView,
} from '../../src/db/repos/review';
import { rollupsBetween, rollupsOfStudent } from '../../src/db/repos/rollups';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff, signIn } from '../../src/db/repos/staff';
import { getStudent } from '../../src/db/repos/student-reads';
import type { StudentId } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { OVERVIEW_DAYS, overviewFigures } from '../../src/domain/review/independence';
import type { SchoolDay } from '../../src/domain/time';
import { aShown, aStart, BEN, morning } from '../support/events';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const day = (text: string) => text as SchoolDay;

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

test('rollups of a range: both ends included, other days and students left out', async () => {
  for (const date of [1, 2, 3, 4]) await recordEvent(db, aStart(ana, morning(date)));
  await recordEvent(db, aStart(BEN, morning(2)));

  const rollups = await rollupsBetween(db, ana, { from: day('2026-09-02'), to: day('2026-09-03') });

  expect(rollups.map((rollup) => [rollup.studentId, rollup.day])).toEqual([
    [ana, '2026-09-02'],
    [ana, '2026-09-03'],
  ]);
});

test('the class overview reads the newest days with starts only, and their figures are the year’s', async () => {
  // Sep 1–14: a start a day, independent from Sep 8; Sep 15 shows a step that is never started.
  for (let date = 1; date <= 14; date++)
    await recordEvent(db, aStart(ana, morning(date), date >= 8 ? 'independent' : 'verbal'));
  await recordEvent(db, aShown(ana, morning(15)));
  await recordEvent(db, aStart(BEN, morning(16)));

  const read = await overviewRollups(db, teacher, ana);

  expect(OVERVIEW_DAYS).toBe(10);
  expect(read.map((rollup) => rollup.day)).toEqual(
    [14, 13, 12, 11, 10, 9, 8, 7, 6, 5].map((date) => `2026-09-${String(date).padStart(2, '0')}`),
  );
  expect(overviewFigures(read)).toEqual({ latest: 0.7, trend: 'up' });
  expect(overviewFigures(read)).toEqual(overviewFigures(await rollupsOfStudent(db, ana)));
});

describe('review plan', () => {
  test('a teacher sets baseline, trial and aim; they read back as saved', async () => {
    const plan = {
      baseline: { from: day('2026-09-01'), to: day('2026-09-12') },
      trial: { from: day('2026-10-01'), to: day('2026-11-08') },
      aimPercent: 80,
    };
    await saveReviewPlan(db, teacher, ana, plan);
    expect(await reviewPlanOf(db, teacher, ana)).toEqual(plan);
  });

  test('a range that ends before it starts, an aim over 100% or a goal day in the baseline is refused and nothing is written', async () => {
    await expect(
      saveReviewPlan(db, teacher, ana, { baseline: { from: day('2026-09-12'), to: day('2026-09-01') } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(saveReviewPlan(db, teacher, ana, { aimPercent: 120 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    // The aim is reached after the baseline, not during it: the goal day is the baseline's last at most.
    const baseline = { from: day('2026-09-01'), to: day('2026-09-12') };
    await expect(
      saveReviewPlan(db, teacher, ana, { baseline, aimPercent: 80, goalDay: day('2026-09-12') }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await reviewPlanOf(db, teacher, ana)).toEqual({});
    await saveReviewPlan(db, teacher, ana, { baseline, aimPercent: 80, goalDay: day('2026-09-13') });
    expect(await reviewPlanOf(db, teacher, ana)).toMatchObject({ goalDay: '2026-09-13' });
  });

  test('a para cannot change it; a stored plan that does not fit reads as none', async () => {
    const para = await addStaff(db, teacher, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
    await expect(saveReviewPlan(db, await signIn(db, para.id, '1357', NOW), ana, {})).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await db.settings.put({ key: `reviewPlan:${ana}`, value: { aimPercent: 'lots' } });
    expect(await reviewPlanOf(db, teacher, ana)).toEqual({});
  });
});

describe('reporting periods', () => {
  const term = (name: string, from: string, to: string) => ({ name, from: day(from), to: day(to) });

  test('three or four periods in order are kept', async () => {
    const periods = [
      term('Fall', '2026-09-01', '2026-11-30'),
      term('Winter', '2026-12-01', '2027-03-15'),
      term('Spring', '2027-03-16', '2027-06-20'),
    ];
    await saveReportingPeriods(db, teacher, periods);
    expect(await reportingPeriods(db)).toEqual(periods);
  });

  test.each([
    ['two periods', [term('A', '2026-09-01', '2026-12-01'), term('B', '2026-12-02', '2027-06-01')]],
    [
      'overlapping periods',
      [
        term('A', '2026-09-01', '2026-12-01'),
        term('B', '2026-11-01', '2027-03-01'),
        term('C', '2027-03-02', '2027-06-01'),
      ],
    ],
  ])('%s are refused and nothing is written', async (_, periods) => {
    await expect(saveReportingPeriods(db, teacher, periods)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await reportingPeriods(db)).toEqual([]);
  });
});

test('a teacher shows a student their progress as stars, then not at all; a para cannot', async () => {
  expect(await setProgressView(db, teacher, ana, 'stars', NOW + 1)).toMatchObject({ progressView: 'stars' });
  const hidden = await setProgressView(db, teacher, ana, undefined, NOW + 2);
  expect(hidden).not.toHaveProperty('progressView');
  expect(await getStudent(db, ana)).toEqual(hidden);

  const para = await addStaff(db, teacher, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
  await expect(
    setProgressView(db, await signIn(db, para.id, '1357', NOW), ana, 'bar', NOW),
  ).rejects.toMatchObject({
    code: 'not-allowed',
  });
  await expect(setProgressView(db, teacher, ana, 'confetti', NOW)).rejects.toMatchObject({
    code: 'invalid-input',
  });
  expect(await getStudent(db, ana)).toEqual(hidden);
});
