import { expect, test } from 'vitest';
import { createCard } from '../../src/db/repos/cards';
import { homeNoteOf, homeWeekOf } from '../../src/db/repos/home-notes';
import { recordEvent } from '../../src/db/repos/record-event';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { updateStudentSettings } from '../../src/db/repos/students';
import type { StaffId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { schoolDayOf } from '../../src/domain/time';
import { aStart } from '../support/events';
import { freshDb } from '../support/fresh-db';

/** Monday 7 September 2026, 9:00. */
const at = (minute = 0) => new Date(2026, 8, 7, 9, minute).getTime();

test('any adult drafts the day’s note from its records; the family’s language is the teacher’s setting', async () => {
  const db = freshDb();
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(),
  );
  const para: AdultSession = { staffId: ulid<'staff'>(at()) as StaffId, role: 'para', name: 'Mr. Lee' };
  const reading = await createCard(db, teacher, { label: 'Reading' }, at());
  const step = ulid<'step'>(at()) as StepId;
  await saveSchedule(
    db,
    teacher,
    student.id,
    { kind: 'day', day: schoolDayOf(at()) },
    [{ id: step, cardId: reading.id, miniSteps: [] }],
    at(),
  );
  await recordEvent(db, aStart(student.id, at(5), 'independent', step));

  const note = await homeNoteOf(db, para, student.id, schoolDayOf(at()));
  expect(note.draft).toMatchObject({ onTheirOwn: [reading.id], started: 1, independent: 1 });
  expect(note.cards.get(reading.id)?.label).toBe('Reading');
  await expect(homeNoteOf(db, undefined, student.id, schoolDayOf(at()))).rejects.toMatchObject({
    code: 'not-allowed',
  });

  const spanish = await updateStudentSettings(db, teacher, student.id, { familyLocale: 'es' }, at(10));
  expect(spanish).toMatchObject({ locale: 'en', familyLocale: 'es' });
  await expect(
    updateStudentSettings(db, teacher, student.id, { familyLocale: 'fr' }, at(11)),
  ).rejects.toMatchObject({
    code: 'invalid-input',
  });
  await expect(
    updateStudentSettings(db, para, student.id, { familyLocale: 'en' }, at(11)),
  ).rejects.toMatchObject({
    code: 'not-allowed',
  });
});

test('the week’s note puts each school day’s records together, Monday to Friday, for any adult', async () => {
  const db = freshDb();
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(),
  );
  const para: AdultSession = { staffId: ulid<'staff'>(at()) as StaffId, role: 'para', name: 'Mr. Lee' };
  const reading = await createCard(db, teacher, { label: 'Reading' }, at());
  const onDay = (daysLater: number, minute: number) => at(minute) + daysLater * 86_400_000;
  // Monday and Wednesday have Reading; Wednesday's start needed a prompt.
  for (const [daysLater, prompt] of [
    [0, 'independent'],
    [2, 'gestural'],
  ] as const) {
    const step = ulid<'step'>(onDay(daysLater, 1)) as StepId;
    await saveSchedule(
      db,
      teacher,
      student.id,
      { kind: 'day', day: schoolDayOf(onDay(daysLater, 0)) },
      [{ id: step, cardId: reading.id, miniSteps: [] }],
      onDay(daysLater, 1),
    );
    await recordEvent(db, aStart(student.id, onDay(daysLater, 5), prompt, step));
  }

  // Asked from Thursday, the week is still Monday to Friday.
  const { week, cards } = await homeWeekOf(db, para, student.id, schoolDayOf(onDay(3, 0)));
  expect(week.bars).toEqual([
    { day: '2026-09-07', started: 1, independent: 1 },
    { day: '2026-09-08', started: 0, independent: 0 },
    { day: '2026-09-09', started: 1, independent: 0 },
    { day: '2026-09-10', started: 0, independent: 0 },
    { day: '2026-09-11', started: 0, independent: 0 },
  ]);
  expect(week).toMatchObject({ started: 2, independent: 1, onTheirOwn: [reading.id] });
  expect(cards.get(reading.id)?.label).toBe('Reading');
  await expect(homeWeekOf(db, undefined, student.id, schoolDayOf(at()))).rejects.toMatchObject({
    code: 'not-allowed',
  });
});
