// The student's self-check answers an adult checked, with both ratings, for the review's
// point-by-point chart. The rollups keep only counts, so this reads the comparisons by the event
// type index (a few a day at most), then the answers and checks they name and any corrections.
import type { AppEvent } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import { type DayRange, inRange } from '../../domain/review/independence';
import type { CheckedAnswer } from '../../domain/review/self-monitoring';
import { checkResults } from '../../domain/self-check-accuracy';
import type { AppDb } from '../app-db';
import { requireRole } from './access';

/** The range's checked answers of a student, oldest first; a voided answer, check or comparison is left out. */
export async function checkedAnswers(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  range: DayRange,
): Promise<CheckedAnswer[]> {
  requireRole(session, 'teacher');
  const outcomes = await db.events
    .where('type')
    .equals('check-matched')
    .filter((event: AppEvent) => event.studentId === studentId && inRange(event.day, range))
    .toArray();
  if (outcomes.length === 0) return [];
  const named = outcomes.flatMap((outcome) =>
    outcome.type === 'check-matched' ? [outcome.answerEvent, outcome.adultCheck] : [],
  );
  const linked = (await db.events.bulkGet(named)).filter((event) => event !== undefined);
  const corrections = await db.events
    .where('target')
    .anyOf([...outcomes, ...linked].map((event) => event.id))
    .toArray();
  return checkResults([...outcomes, ...linked, ...corrections]).map(({ answer, check, outcome }) => ({
    targetId: answer.targetId,
    day: answer.day,
    at: answer.at,
    student: answer.answer,
    adult: check.answer,
    matched: outcome.matched,
  }));
}
