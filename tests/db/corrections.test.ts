import { expect, test } from 'vitest';
import { recordsOfDay, takeBackRecord } from '../../src/db/repos/corrections';
import { eventsOfStudent } from '../../src/db/repos/events';
import { recordEvent } from '../../src/db/repos/record-event';
import { dayRollup } from '../../src/db/repos/rollups';
import { completeSetup } from '../../src/db/repos/setup';
import type { StaffId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { schoolDayOf } from '../../src/domain/time';
import { aShown, aStart, NEXT_STEP, STEP } from '../support/events';
import { freshDb } from '../support/fresh-db';

/** Monday 7 September 2026 and the days after, at 9:00. */
const at = (date: number, minute = 0) => new Date(2026, 8, date, 9, minute).getTime();

test('the teacher takes back a record of an earlier day with a reason: it leaves the figures and stays in the log', async () => {
  const db = freshDb();
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(7),
  );
  const para: AdultSession = { staffId: ulid<'staff'>(at(7)) as StaffId, role: 'para', name: 'Mr. Lee' };
  const monday = schoolDayOf(at(7));
  const shown = await recordEvent(db, aShown(student.id, at(7, 1)));
  const wrong = await recordEvent(db, aStart(student.id, at(7, 2), 'independent', STEP));
  await recordEvent(db, aStart(student.id, at(7, 3), 'verbal', NEXT_STEP));
  expect(await dayRollup(db, student.id, monday)).toMatchObject({ stepsStarted: 2 });

  // Two days later, long after the para's undo.
  const reason = { eventId: wrong.id, reason: '  Recorded for the wrong student  ' };
  await expect(takeBackRecord(db, para, reason, at(9))).rejects.toMatchObject({ code: 'not-allowed' });
  await expect(takeBackRecord(db, teacher, { ...reason, reason: '   ' }, at(9))).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await expect(takeBackRecord(db, teacher, { ...reason, eventId: shown.id }, at(9))).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await takeBackRecord(db, teacher, reason, at(9));

  expect(await dayRollup(db, student.id, monday)).toMatchObject({
    stepsStarted: 1,
    startsByPrompt: expect.objectContaining({ independent: 0, verbal: 1 }),
  });
  const { records } = await recordsOfDay(db, teacher, student.id, monday);
  expect(records.map((record) => [record.event.type, record.takenBack?.reason])).toEqual([
    ['step-started', 'Recorded for the wrong student'],
    ['step-started', undefined],
  ]);
  const log = await eventsOfStudent(db, student.id);
  expect(log.find((event) => event.id === wrong.id)).toEqual(wrong);
  expect(log.find((event) => event.type === 'voided')).toMatchObject({
    target: wrong.id,
    actor: { kind: 'staff', staffId: teacher.staffId },
    day: schoolDayOf(at(9)),
  });
  // Once taken back, it cannot be taken back again; a para cannot read the day's records.
  await expect(takeBackRecord(db, teacher, reason, at(9, 5))).rejects.toMatchObject({
    code: 'void-target-invalid',
  });
  await expect(recordsOfDay(db, para, student.id, monday)).rejects.toMatchObject({ code: 'not-allowed' });
});
