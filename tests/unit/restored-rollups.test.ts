import { expect, test } from 'vitest';
import type { BackupRow } from '../../src/domain/backup/reader';
import { RestoredRollups } from '../../src/domain/backup/restored-rollups';
import type { AppEvent } from '../../src/domain/events';
import type { CardId, TargetId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { type DayRollup, rollupsFromEvents } from '../../src/domain/rollup';
import type { Schedule } from '../../src/domain/schedule';
import { schoolDayOf } from '../../src/domain/time';
import { ANA, anEvent, aShown, aStart, aVoid, BEN, morning, SCHEDULE, STEP } from '../support/events';

const ART = ulid<'card'>(Date.UTC(2026, 8, 1)) as CardId;
const TARGET = ulid<'target'>(Date.UTC(2026, 8, 1)) as TargetId;
const PARA = { kind: 'staff', staffId: ulid<'staff'>(Date.UTC(2026, 8, 1)) } as const;
const SEP_1 = schoolDayOf(morning(1));

// Two days of Ana's and one start of Ben's, with what makes a rollup more than a sum: a start
// voided later in the log, a self-check answer checked by an adult whose check is voided (its
// match goes with it), and a word on support counted against the day's schedule.
function log(): AppEvent[] {
  const mistaken = aStart(ANA, morning(1, 5));
  const answer = anEvent(
    {
      type: 'self-check-answered',
      studentId: ANA,
      actor: { kind: 'student' },
      targetId: TARGET,
      answer: 'yes',
      prompt: { kind: 'interval', dueAt: morning(1, 20) },
      checkRequested: true,
    },
    morning(1, 20),
  );
  const check = anEvent(
    {
      type: 'adult-check',
      studentId: ANA,
      actor: PARA,
      targetId: TARGET,
      answerEvent: answer.id,
      answer: 'no',
    },
    morning(1, 21),
  );
  return [
    aShown(ANA, morning(1, 0)),
    aStart(ANA, morning(1, 1), 'verbal'),
    mistaken,
    anEvent(
      { type: 'support-noted', studentId: ANA, actor: PARA, stepId: STEP, level: 'adult-throughout' },
      morning(1, 10),
    ),
    answer,
    check,
    anEvent(
      {
        type: 'check-matched',
        studentId: ANA,
        actor: PARA,
        answerEvent: answer.id,
        adultCheck: check.id,
        matched: false,
      },
      morning(1, 21),
    ),
    aStart(ANA, morning(2, 0)),
    aStart(BEN, morning(2, 1), 'gestural'),
    aVoid(mistaken, morning(2, 30)),
    aVoid(check, morning(2, 31)),
  ];
}

const daySchedule: Schedule = {
  id: SCHEDULE,
  studentId: ANA,
  slot: { kind: 'day', day: SEP_1 },
  items: [{ id: STEP, cardId: ART, miniSteps: [] }],
  createdAt: morning(1),
  updatedAt: morning(1),
};

const byKey = (rollups: DayRollup[]) =>
  [...rollups].sort((a, b) => `${a.studentId}${a.day}`.localeCompare(`${b.studentId}${b.day}`));

test('a restored file’s rollups, read twice chunk by chunk, are the log’s own figures', () => {
  const events = [...log()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const rows: BackupRow[] = [
    { t: 'schedules', v: daySchedule },
    ...events.map((event): BackupRow => ({ t: 'events', v: event })),
  ];
  // Chunks as a file cuts them: the corrections come in a later chunk than what they correct.
  const chunks = [rows.slice(0, 5), rows.slice(5)];
  const figures = new RestoredRollups();
  for (const chunk of chunks) figures.learn(chunk);
  for (const chunk of chunks) figures.add(chunk);

  const expected = rollupsFromEvents(events, (studentId, day) =>
    studentId === ANA && day === SEP_1 ? daySchedule.items : undefined,
  );
  expect(byKey(figures.rollups())).toEqual(byKey(expected));
  // What the corrections change is in them: one start on Sep 1, no match, and the support map.
  const [sep1] = byKey(figures.rollups()).filter((rollup) => rollup.studentId === ANA);
  expect(sep1).toMatchObject({
    stepsStarted: 1,
    selfChecks: { [TARGET]: { answers: 1, checks: 0, matches: 0 } },
  });
  expect(sep1?.support[ART]).toBeDefined();
});

test('every row is learnt before any is added', () => {
  const figures = new RestoredRollups();
  figures.add([]);
  expect(() => figures.learn([])).toThrow();
});
