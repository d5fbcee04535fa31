import { expect, test } from 'vitest';
import { agreementOfRange } from '../../src/db/repos/agreement';
import { createCard } from '../../src/db/repos/cards';
import { recordObservedStart } from '../../src/db/repos/para-records';
import { recordEvent } from '../../src/db/repos/record-event';
import { dayRollup } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import type { StaffId, StepId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { dayAfter, schoolDayOf } from '../../src/domain/time';
import { aFinish, aStart } from '../support/events';
import { freshDb } from '../support/fresh-db';

/** Monday 7 September 2026, 9:00 and some minutes. */
const at = (minute: number) => new Date(2026, 8, 7, 9, minute).getTime();
const DAY = schoolDayOf(at(0));

test('a second observer’s records are compared with the day’s, step by step, and never count in its figures', async () => {
  const db = freshDb();
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    at(0),
  );
  const lee: AdultSession = { staffId: ulid<'staff'>(at(0)) as StaffId, role: 'para', name: 'Mr. Lee' };
  const [reading, math] = [
    await createCard(db, teacher, { label: 'Reading' }, at(0)),
    await createCard(db, teacher, { label: 'Math' }, at(0)),
  ];
  const [first, second] = [ulid<'step'>(at(0)) as StepId, ulid<'step'>(at(0)) as StepId];
  await saveSchedule(
    db,
    teacher,
    student.id,
    { kind: 'day', day: DAY },
    [
      { id: first, cardId: reading.id, miniSteps: [] },
      { id: second, cardId: math.id, miniSteps: [] },
    ],
    at(0),
  );

  // Reading: the observer first taps gestural, then changes it to verbal, as the para recorded.
  expect(await recordObservedStart(db, teacher, student.id, 'gestural', at(1))).toMatchObject({
    stepId: first,
  });
  await recordEvent(db, aStart(student.id, at(2), 'verbal', first));
  expect(await recordObservedStart(db, teacher, student.id, 'verbal', at(3))).toMatchObject({
    stepId: first,
  });
  await recordEvent(db, aFinish(student.id, at(10), 60_000, first));
  // Math: the observer sees a gestural prompt where the day's record says independent.
  expect(await recordObservedStart(db, teacher, student.id, 'gestural', at(11))).toMatchObject({
    stepId: second,
  });
  await recordEvent(db, aStart(student.id, at(11), 'independent', second));

  const agreement = await agreementOfRange(db, teacher, student.id, { from: DAY, to: dayAfter(DAY, 4) });
  expect(agreement).toEqual({
    sessions: [
      {
        day: DAY,
        observer: teacher.staffId,
        agreements: 1,
        disagreements: 1,
        onlyObserver: 0,
        onlyPrimary: 0,
        percent: 50,
        flagged: true,
      },
    ],
    daysWithData: 1,
    daysObserved: 1,
    share: 1,
    belowNorm: false,
  });
  expect(await dayRollup(db, student.id, DAY)).toMatchObject({
    stepsStarted: 2,
    startsByPrompt: { verbal: 1, independent: 1, gestural: 0 },
  });
  await expect(agreementOfRange(db, lee, student.id, { from: DAY, to: DAY })).rejects.toMatchObject({
    code: 'not-allowed',
  });
});
