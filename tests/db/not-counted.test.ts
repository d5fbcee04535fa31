import * as v from 'valibot';
import { expect, test } from 'vitest';
import { markNotCounted, notCountedSpans, takeBackNotCounted } from '../../src/db/repos/not-counted';
import { recordEvent } from '../../src/db/repos/record-event';
import { dailySummariesForExport } from '../../src/db/repos/record-exports';
import { overviewRollups, reviewRollups } from '../../src/db/repos/review';
import { completeSetup } from '../../src/db/repos/setup';
import { RECORD_SCHEMAS } from '../../src/domain/backup/record-schemas';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { SchoolDay } from '../../src/domain/time';
import { aStart } from '../support/events';
import { freshDb } from '../support/fresh-db';

/** Monday 7 September 2026 and the days after, at 9:00. */
const at = (date: number, minute = 0) => new Date(2026, 8, date, 9, minute).getTime();
const days = (rollups: readonly { day: string }[]) => rollups.map((rollup) => rollup.day).sort();

test('the teacher marks a day as not counted: it leaves the review, the overview and the daily CSV, and counts again when taken back', async () => {
  const db = freshDb();
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(7),
  );
  const para: AdultSession = { staffId: ulid<'staff'>(at(7)) as StaffId, role: 'para', name: 'Mr. Lee' };
  for (const date of [7, 8, 9]) await recordEvent(db, aStart(student.id, at(date, 1)));
  const range = { from: '2026-09-01' as SchoolDay, to: '2026-09-30' as SchoolDay };
  const tuesday = {
    studentId: student.id,
    from: '2026-09-08',
    reason: 'fire-drill',
    note: '  Drill all morning ',
  };

  await expect(markNotCounted(db, para, { ...tuesday, to: '2026-09-08' }, at(10))).rejects.toMatchObject({
    code: 'not-allowed',
  });
  await expect(markNotCounted(db, teacher, { ...tuesday, to: '2026-09-07' }, at(10))).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await expect(
    markNotCounted(db, teacher, { ...tuesday, to: '2026-09-08', reason: 'holiday' }, at(10)),
  ).rejects.toMatchObject({ code: 'invalid-input' });
  const mark = await markNotCounted(db, teacher, { ...tuesday, to: '2026-09-08' }, at(10));

  expect(mark).toMatchObject({
    type: 'days-not-counted',
    note: 'Drill all morning',
    actor: { staffId: teacher.staffId },
  });
  // The mark travels in backups and sync by the shared event schema.
  expect(v.safeParse(RECORD_SCHEMAS.events, mark).success).toBe(true);
  expect(await notCountedSpans(db, teacher, student.id)).toEqual([
    { id: mark.id, from: '2026-09-08', to: '2026-09-08', reason: 'fire-drill', note: 'Drill all morning' },
  ]);
  const counted = ['2026-09-07', '2026-09-09'];
  expect(days(await reviewRollups(db, teacher, student.id)).filter((day) => day < '2026-09-10')).toEqual(
    counted,
  );
  expect(days(await overviewRollups(db, teacher, student.id))).toEqual(counted);
  expect(
    days(await dailySummariesForExport(db, teacher, [student.id], range)).filter((day) => day < '2026-09-10'),
  ).toEqual(counted);

  // Taken back with a reason: the mark stays in the log with its correction, and the day counts again.
  const again = { eventId: mark.id, reason: 'The drill was after lunch' };
  await expect(takeBackNotCounted(db, para, again, at(11))).rejects.toMatchObject({ code: 'not-allowed' });
  await expect(takeBackNotCounted(db, teacher, { ...again, reason: ' ' }, at(11))).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await takeBackNotCounted(db, teacher, again, at(11));
  expect(await notCountedSpans(db, teacher, student.id)).toEqual([]);
  expect(days(await overviewRollups(db, teacher, student.id))).toEqual([
    '2026-09-07',
    '2026-09-08',
    '2026-09-09',
  ]);
  expect(await db.events.get(mark.id)).toEqual(mark);
  expect(await db.events.where('target').equals(mark.id).toArray()).toMatchObject([
    { type: 'voided', reason: 'The drill was after lunch', actor: { staffId: teacher.staffId } },
  ]);
  await expect(takeBackNotCounted(db, teacher, again, at(11, 5))).rejects.toMatchObject({
    code: 'void-target-invalid',
  });
  // Only a mark is counted again here; a record is corrected in its own place.
  const start = (await db.events.where('type').equals('step-started').first())?.id;
  await expect(takeBackNotCounted(db, teacher, { ...again, eventId: start }, at(11))).rejects.toMatchObject({
    code: 'invalid-input',
  });
});
