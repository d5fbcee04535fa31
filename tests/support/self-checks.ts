import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { saveSchedule } from '../../src/db/repos/schedules';
import { newStudent } from '../../src/db/repos/students';
import type { CardId, StaffId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { schoolDayOf } from '../../src/domain/time';

// Monday 7 September 2026, 10:00 in the test's time zone.
export const NOW = new Date(2026, 8, 7, 10, 0).getTime();
export const TODAY = schoolDayOf(NOW);
export const seconds = (count: number) => NOW + count * 1000;

export const TEACHER: AdultSession = {
  staffId: ulid<'staff'>(NOW) as StaffId,
  role: 'teacher',
  name: 'Ms. Rivera',
};
export const PARA: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

/** A student with today's schedule of two steps, and a card for the question's picture. */
export async function classroom(db: AppDb): Promise<{ ana: Student; working: CardId; steps: StepId[] }> {
  const ana = newStudent({ name: 'Ana' }, NOW);
  await db.students.add(ana);
  const working = (await createCard(db, TEACHER, { label: 'Working' }, NOW)).id;
  const steps = [ulid<'step'>(NOW) as StepId, ulid<'step'>(NOW) as StepId];
  await saveSchedule(
    db,
    TEACHER,
    ana.id,
    { kind: 'day', day: TODAY },
    steps.map((id) => ({ id, cardId: working, miniSteps: [] })),
    NOW,
  );
  return { ana, working, steps };
}
