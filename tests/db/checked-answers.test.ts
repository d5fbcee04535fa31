import { expect, test } from 'vitest';
import { checkedAnswers } from '../../src/db/repos/checked-answers';
import { recordEvent } from '../../src/db/repos/record-event';
import type { AppEvent, SelfCheckAnswer } from '../../src/domain/events';
import { type StaffId, type StudentId, type TargetId, ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { SchoolDay } from '../../src/domain/time';
import { ANA, anEvent, aVoid, BEN, morning } from '../support/events';
import { freshDb } from '../support/fresh-db';

const WORKING = ulid<'target'>(morning(1)) as TargetId;
const teacher: AdultSession = {
  staffId: ulid<'staff'>(morning(1)) as StaffId,
  role: 'teacher',
  name: 'Ms. Rivera',
};
const adult = { kind: 'staff' as const, staffId: teacher.staffId };

/** A student's answer, an adult's check of it and their comparison, as the para bar records them. */
function checkedPair(
  studentId: StudentId,
  date: number,
  minute: number,
  student: SelfCheckAnswer,
  checked: SelfCheckAnswer,
) {
  const answer = anEvent(
    {
      type: 'self-check-answered',
      studentId,
      actor: { kind: 'student' },
      targetId: WORKING,
      answer: student,
      prompt: { kind: 'interval', dueAt: morning(date, minute) },
      checkRequested: true,
    },
    morning(date, minute),
  );
  const check = anEvent(
    {
      type: 'adult-check',
      studentId,
      actor: adult,
      targetId: WORKING,
      answerEvent: answer.id,
      answer: checked,
    },
    morning(date, minute + 1),
  );
  const outcome = anEvent(
    {
      type: 'check-matched',
      studentId,
      actor: adult,
      answerEvent: answer.id,
      adultCheck: check.id,
      matched: student === checked,
    },
    morning(date, minute + 1),
  );
  return [answer, check, outcome] as const;
}

test('the checked answers of a student over the dates carry both ratings; a voided check and other students are left out', async () => {
  const db = freshDb();
  const agreed = checkedPair(ANA, 7, 0, 'yes', 'yes');
  const differed = checkedPair(ANA, 8, 0, 'yes', 'no');
  const voided = checkedPair(ANA, 8, 30, 'no', 'no');
  const before = checkedPair(ANA, 4, 0, 'no', 'no');
  const otherStudent = checkedPair(BEN, 7, 0, 'no', 'yes');
  const events: AppEvent[] = [
    ...agreed,
    ...differed,
    ...voided,
    ...before,
    ...otherStudent,
    aVoid(voided[1], morning(8, 40)),
  ];
  for (const event of events) await recordEvent(db, event);

  const range = { from: '2026-09-07' as SchoolDay, to: '2026-09-30' as SchoolDay };
  expect(await checkedAnswers(db, teacher, ANA, range)).toEqual([
    { targetId: WORKING, day: '2026-09-07', at: morning(7, 0), student: 'yes', adult: 'yes', matched: true },
    { targetId: WORKING, day: '2026-09-08', at: morning(8, 0), student: 'yes', adult: 'no', matched: false },
  ]);
  await expect(checkedAnswers(db, { ...teacher, role: 'para' }, ANA, range)).rejects.toMatchObject({
    code: 'not-allowed',
  });
});
