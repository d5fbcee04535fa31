// What the teacher downloads: a student's (or the class's) records and daily summaries of a range,
// with the names the records' ids stand for. Exports are the teacher's alone, so these reads ask
// for the teacher's session.
import type { AppEvent } from '../../domain/events';
import type { StepId, StudentId } from '../../domain/ids';
import { countedOnly } from '../../domain/not-counted';
import type { AdultSession } from '../../domain/people';
import type { RecordNames } from '../../domain/review/csv';
import type { DayRange } from '../../domain/review/independence';
import type { DayRollup } from '../../domain/rollup';
import { dayBounds } from '../../domain/time';
import type { AppDb } from '../app-db';
import { requireRole } from './access';
import { eventsOfStudent } from './events';
import { spansOf } from './not-counted';
import { rollupsBetween } from './rollups';

/** The names of students, adults, cards, questions and the steps of the range's day schedules. */
async function namesFor(db: AppDb, studentIds: readonly StudentId[], range: DayRange): Promise<RecordNames> {
  const [students, staff, cards, targets, schedules] = await Promise.all([
    db.students.bulkGet([...studentIds]),
    db.staff.toArray(),
    db.cards.toArray(),
    db.targets
      .where('studentId')
      .anyOf([...studentIds])
      .toArray(),
    Promise.all(
      studentIds.map((id) =>
        db.schedules
          .where('[studentId+slot.day]')
          .between([id, range.from], [id, range.to], true, true)
          .toArray(),
      ),
    ).then((perStudent) => perStudent.flat()),
  ]);
  const studentNames = new Map(students.flatMap((student) => (student ? [[student.id, student.name]] : [])));
  const staffNames = new Map(staff.map((member) => [member.id, member.name]));
  const cardLabels = new Map(cards.map((card) => [card.id, card.label]));
  const questions = new Map(targets.map((target) => [target.id, target.question]));
  const steps = new Map<StepId, { activity: string; step: string }>();
  for (const schedule of schedules)
    for (const item of schedule.items) {
      const activity = cardLabels.get(item.cardId) ?? '';
      steps.set(item.id, { activity, step: activity });
      for (const mini of item.miniSteps)
        steps.set(mini.id, { activity, step: cardLabels.get(mini.cardId) ?? '' });
    }
  return {
    studentName: (id) => studentNames.get(id) ?? '',
    staffName: (id) => staffNames.get(id) ?? '',
    stepLabels: (id) => steps.get(id),
    question: (id) => questions.get(id),
    cardLabel: (id) => cardLabels.get(id),
  };
}

/** The students' events of the range, oldest first per student, and the names for them. */
export async function recordsForExport(
  db: AppDb,
  session: AdultSession | undefined,
  studentIds: readonly StudentId[],
  range: DayRange,
): Promise<{ events: AppEvent[]; names: RecordNames }> {
  requireRole(session, 'teacher');
  const { from } = dayBounds(range.from);
  const { to } = dayBounds(range.to);
  const events = (await Promise.all(studentIds.map((id) => eventsOfStudent(db, id, from, to)))).flat();
  return { events, names: await namesFor(db, studentIds, range) };
}

/** The students' day rollups of the range, without the days not counted. */
export async function dailySummariesForExport(
  db: AppDb,
  session: AdultSession | undefined,
  studentIds: readonly StudentId[],
  range: DayRange,
): Promise<DayRollup[]> {
  requireRole(session, 'teacher');
  const counted = async (id: StudentId) => {
    const [rollups, spans] = await Promise.all([rollupsBetween(db, id, range), spansOf(db, id)]);
    return countedOnly(rollups, spans);
  };
  return (await Promise.all(studentIds.map(counted))).flat();
}
