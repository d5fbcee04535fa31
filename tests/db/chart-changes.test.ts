import { expect, test } from 'vitest';
import { chartChanges } from '../../src/db/repos/chart-changes';
import { recordEvent } from '../../src/db/repos/record-event';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff } from '../../src/db/repos/staff';
import type { EventDraft } from '../../src/domain/events';
import type { CardId, PlanId, StaffId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { PlanStage } from '../../src/domain/plan-stage';
import type { SchoolDay } from '../../src/domain/time';
import { anEvent, aStart } from '../support/events';
import { freshDb } from '../support/fresh-db';

/** A day of September 2026 at 9:00. */
const at = (date: number) => new Date(2026, 8, date, 9).getTime();
const september = { from: '2026-09-07' as SchoolDay, to: '2026-09-30' as SchoolDay };
const card = ulid<'card'>(at(1)) as CardId;
const plan = ulid<'plan'>(at(1)) as PlanId;
const verbal: PlanStage = { prompt: 'verbal', delaySeconds: 3 };
const gestural: PlanStage = { prompt: 'gestural', delaySeconds: 5 };

function changes(studentId: StudentId, staffId: StaffId): [number, EventDraft][] {
  const actor = { kind: 'staff' as const, staffId };
  return [
    [
      2,
      {
        type: 'plan-advanced',
        studentId,
        actor,
        planId: plan,
        cardId: card,
        from: verbal,
        to: gestural,
        evidence: [],
      },
    ],
    [
      9,
      {
        type: 'schedule-changed',
        studentId,
        actor,
        change: { slot: { kind: 'template', weekday: 1 }, added: [card], removed: [], reordered: false },
      },
    ],
    [
      3,
      {
        type: 'support-changed',
        studentId,
        actor,
        change: { support: 'needs', before: [], after: ['slept'] },
      },
    ],
    [
      10,
      {
        type: 'support-changed',
        studentId,
        actor,
        change: { support: 'needs', before: ['slept'], after: [] },
      },
    ],
    [
      14,
      {
        type: 'plan-changed',
        studentId,
        actor,
        planId: plan,
        change: { cardId: card, before: gestural, after: verbal, changed: ['prompt'] },
      },
    ],
    [
      15,
      {
        type: 'plan-advanced',
        studentId,
        actor,
        planId: plan,
        cardId: card,
        from: verbal,
        to: gestural,
        evidence: [],
      },
    ],
    [
      31,
      {
        type: 'plan-advanced',
        studentId,
        actor,
        planId: plan,
        cardId: card,
        from: gestural,
        to: verbal,
        evidence: [],
      },
    ],
  ];
}

test('a chart reads the plan log from the start, the other changes and new adults within the dates, for its student only', async () => {
  const db = freshDb();
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(1),
  );
  const other = ulid<'student'>(at(1)) as StudentId;
  for (const [date, draft] of changes(student.id, teacher.staffId))
    await recordEvent(db, anEvent(draft, at(date)));
  for (const [date, draft] of changes(other, teacher.staffId).slice(0, 2))
    await recordEvent(db, anEvent(draft, at(date)));
  await recordEvent(db, aStart(student.id, at(8)));
  await addStaff(db, teacher, { name: 'Mr. Lee', role: 'para', pin: '1357' }, at(16));

  expect(await chartChanges(db, teacher, student.id, september)).toEqual([
    { day: '2026-09-02', kind: 'plan-advanced', step: 1 },
    { day: '2026-09-09', kind: 'schedule-changed' },
    { day: '2026-09-10', kind: 'support-changed' },
    { day: '2026-09-14', kind: 'plan-edited' },
    { day: '2026-09-15', kind: 'plan-advanced', step: 2 },
    { day: '2026-09-16', kind: 'new-adult', name: 'Mr. Lee' },
  ]);
  // The teacher added at setup, before the dates, is not new in them.
  const para: AdultSession = { staffId: ulid<'staff'>(at(1)) as StaffId, role: 'para', name: 'Mr. Lee' };
  await expect(chartChanges(db, para, student.id, september)).rejects.toMatchObject({ code: 'not-allowed' });
});
