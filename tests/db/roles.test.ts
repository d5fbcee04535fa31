// Roles are enforced where data is written and exported, not only by which buttons a screen shows:
// each teacher-only function refuses a para's session (and no session) and changes nothing.
import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { agreementOfRange } from '../../src/db/repos/agreement';
import { exportBoard, importBoards } from '../../src/db/repos/board-files';
import { saveBoard, setShownOptions } from '../../src/db/repos/boards';
import { createCard, updateCard } from '../../src/db/repos/cards';
import { wipeDevice } from '../../src/db/repos/device-wipe';
import { fidelityOfWeek } from '../../src/db/repos/fidelity';
import { markNotCounted, notCountedSpans, takeBackNotCounted } from '../../src/db/repos/not-counted';
import { observationsOfWeek, recordObservation } from '../../src/db/repos/observations';
import { acknowledgePlanChanges, addNote, recordObservedStart } from '../../src/db/repos/para-records';
import {
  acceptFadingStep,
  fadingSuggestions,
  putOffFadingStep,
  removePlan,
  reviewPlans,
  savePlan,
} from '../../src/db/repos/plans';
import { recordEvent } from '../../src/db/repos/record-event';
import { dailySummariesForExport, recordsForExport } from '../../src/db/repos/record-exports';
import { makeRecoveryCode } from '../../src/db/repos/recovery-code';
import {
  overviewRollups,
  reviewPlanOf,
  reviewRollups,
  saveReportingPeriods,
  saveReviewPlan,
  setProgressView,
} from '../../src/db/repos/review';
import { assignScale, saveScale } from '../../src/db/repos/scales';
import { saveSchedule } from '../../src/db/repos/schedules';
import { changeSetting } from '../../src/db/repos/settings';
import { addStaff } from '../../src/db/repos/staff';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { addStudent, setStudentPhoto, updateStudentSettings } from '../../src/db/repos/students';
import { saveTarget, setTargetActive } from '../../src/db/repos/targets';
import { setTokenPlan } from '../../src/db/repos/tokens';
import type {
  BoardId,
  CardId,
  EventId,
  OptionId,
  PlanId,
  StepId,
  StudentId,
  TargetId,
} from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { parseBoardFile } from '../../src/domain/obf/obf-import';
import type { AdultSession } from '../../src/domain/people';
import { scaleDraft } from '../../src/domain/scales';
import { mondayOf, type SchoolDay, schoolDayOf } from '../../src/domain/time';
import { aStart, morning } from '../support/events';
import { freshDb } from '../support/fresh-db';
import { fixture } from '../support/obf-files';
import { NOW, PARA, TEACHER, TODAY } from '../support/self-checks';
import { WAS_I_WORKING } from '../support/targets';

let db: AppDb;
let ana: StudentId;
let card: CardId;
let board: BoardId;
let options: OptionId[];
let target: TargetId;
let plan: PlanId;
let notCounted: EventId;
const range = { from: '2026-09-01' as SchoolDay, to: '2026-09-30' as SchoolDay };

beforeEach(async () => {
  db = freshDb();
  ana = (await addStudent(db, TEACHER, { name: 'Ana' }, NOW)).id;
  // The para the teacher observes, as a stored row (its PIN is not what these tests are about).
  await db.staff.put({
    id: PARA.staffId,
    name: PARA.name,
    role: 'para',
    pin: { hash: '', salt: '', iterations: 1 },
    createdAt: NOW,
    updatedAt: NOW,
  });
  card = (await createCard(db, TEACHER, { label: 'Math' }, NOW)).id;
  const step = ulid<'step'>(NOW) as StepId;
  await saveSchedule(
    db,
    TEACHER,
    ana,
    { kind: 'day', day: TODAY },
    [{ id: step, cardId: card, miniSteps: [] }],
    NOW,
  );
  const saved = await saveBoard(
    db,
    TEACHER,
    undefined,
    { name: 'Break', options: [{ cardId: card }, { cardId: card }] },
    NOW,
  );
  board = saved.id;
  options = saved.options.map((option) => option.id);
  target = (await saveTarget(db, TEACHER, ana, undefined, WAS_I_WORKING, NOW)).id;
  plan = (
    await savePlan(
      db,
      TEACHER,
      ana,
      { cardId: card, current: { prompt: 'verbal', delaySeconds: 5 }, criterion: { percent: 80, days: 3 } },
      NOW,
    )
  ).id;
  await recordEvent(db, aStart(ana, morning(2)));
  notCounted = (
    await markNotCounted(db, TEACHER, { studentId: ana, from: TODAY, to: TODAY, reason: 'absence' }, NOW)
  ).id;
});

/** Everything in the database, to compare before and after. */
async function everything(): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return JSON.stringify(tables);
}

type TeacherOnly = [name: string, call: (session: AdultSession | undefined) => Promise<unknown>];

const TEACHER_ONLY: TeacherOnly[] = [
  // Students and staff
  ['addStudent', (s) => addStudent(db, s, { name: 'Ben' }, NOW)],
  ['updateStudentSettings', (s) => updateStudentSettings(db, s, ana, { locale: 'es' }, NOW)],
  [
    'setStudentPhoto',
    (s) =>
      setStudentPhoto(
        db,
        s,
        ana,
        new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
        NOW,
      ),
  ],
  ['deleteStudent', (s) => deleteStudent(db, s, ana, NOW)],
  ['addStaff', (s) => addStaff(db, s, { name: 'Other', role: 'teacher', pin: '9999' }, NOW)],
  // Settings that change the plan or the tablet
  ['changeSetting kioskStudentId', (s) => changeSetting(db, s, 'kioskStudentId', ana)],
  ['changeSetting promptLevels', (s) => changeSetting(db, s, 'promptLevels', { verbal: { shown: false } })],
  ['changeSetting adultLocale', (s) => changeSetting(db, s, 'adultLocale', 'es')],
  ['changeSetting adultIdleMinutes', (s) => changeSetting(db, s, 'adultIdleMinutes', 5)],
  ['makeRecoveryCode', (s) => makeRecoveryCode(db, s)],
  // Erasing the tablet (the recovery code is the other way, see recovery-code.test.ts)
  ['wipeDevice', (s) => wipeDevice(db, { session: s })],
  // Cards, boards, scales
  ['createCard', (s) => createCard(db, s, { label: 'Art' }, NOW)],
  ['updateCard', (s) => updateCard(db, s, card, { label: 'Maths' }, NOW)],
  [
    'saveBoard',
    (s) => saveBoard(db, s, board, { name: 'Snack', options: [{ cardId: card }, { cardId: card }] }, NOW),
  ],
  ['setShownOptions', (s) => setShownOptions(db, s, board, ana, options, NOW)],
  ['importBoards', (s) => importBoards(db, s, parseBoardFile(fixture('simple.obf'), 'simple.obf'), NOW)],
  [
    'saveScale',
    (s) =>
      saveScale(
        db,
        s,
        undefined,
        scaleDraft('Feelings', (level) => ({
          label: `Level ${level}`,
          looksLike: 'Calm',
          staffResponse: 'Praise',
        })),
        NOW,
      ),
  ],
  ['assignScale', (s) => assignScale(db, s, ana, undefined, NOW)],
  // Schedules, targets, tokens, plans
  ['saveSchedule', (s) => saveSchedule(db, s, ana, { kind: 'day', day: TODAY }, [], NOW)],
  [
    'saveTarget',
    (s) =>
      saveTarget(
        db,
        s,
        ana,
        target,
        { question: 'Calm?', answer: 'yes-no', when: { kind: 'interval', seconds: 60 }, checks: 'every' },
        NOW,
      ),
  ],
  ['setTargetActive', (s) => setTargetActive(db, s, target, false, NOW)],
  ['setTokenPlan', (s) => setTokenPlan(db, s, ana, undefined, NOW)],
  [
    'savePlan',
    (s) =>
      savePlan(
        db,
        s,
        ana,
        { cardId: card, current: { prompt: 'model', delaySeconds: 0 }, criterion: { percent: 80, days: 3 } },
        NOW,
      ),
  ],
  ['removePlan', (s) => removePlan(db, s, plan, NOW)],
  ['acceptFadingStep', (s) => acceptFadingStep(db, s, plan, NOW)],
  ['reviewPlans', (s) => reviewPlans(db, s, ana)],
  ['fadingSuggestions', (s) => fadingSuggestions(db, s, schoolDayOf(NOW))],
  ['putOffFadingStep', (s) => putOffFadingStep(db, s, plan, schoolDayOf(NOW), NOW)],
  // Review, report and exports
  ['saveReviewPlan', (s) => saveReviewPlan(db, s, ana, { aimPercent: 90 })],
  [
    'saveReportingPeriods',
    (s) =>
      saveReportingPeriods(db, s, [
        { name: 'Fall', from: '2026-09-01', to: '2026-11-30' },
        { name: 'Winter', from: '2026-12-01', to: '2027-02-28' },
        { name: 'Spring', from: '2027-03-01', to: '2027-06-15' },
      ]),
  ],
  ['setProgressView', (s) => setProgressView(db, s, ana, 'bar', NOW)],
  ['reviewPlanOf', (s) => reviewPlanOf(db, s, ana)],
  ['reviewRollups', (s) => reviewRollups(db, s, ana)],
  ['fidelityOfWeek', (s) => fidelityOfWeek(db, s, ana, mondayOf(TODAY))],
  ['observationsOfWeek', (s) => observationsOfWeek(db, s, ana, mondayOf(TODAY))],
  [
    'recordObservation',
    (s) => recordObservation(db, s, ana, { observed: PARA.staffId, marks: { waited: 'done' } }, NOW),
  ],
  ['overviewRollups', (s) => overviewRollups(db, s, ana)],
  ['recordsForExport', (s) => recordsForExport(db, s, [ana], range)],
  ['dailySummariesForExport', (s) => dailySummariesForExport(db, s, [ana], range)],
  ['exportBoard', (s) => exportBoard(db, s, board)],
  // Days not counted
  [
    'markNotCounted',
    (s) =>
      markNotCounted(db, s, { studentId: ana, from: range.from, to: range.to, reason: 'fire-drill' }, NOW),
  ],
  [
    'takeBackNotCounted',
    (s) => takeBackNotCounted(db, s, { eventId: notCounted, reason: 'She was here' }, NOW),
  ],
  ['notCountedSpans', (s) => notCountedSpans(db, s, ana)],
  ['agreementOfRange', (s) => agreementOfRange(db, s, ana, range)],
];

describe('teacher-only functions', () => {
  test.each(TEACHER_ONLY)('%s refuses a para and no session, and changes nothing', async (_, call) => {
    const before = await everything();

    await expect(call(PARA)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(call(undefined)).rejects.toMatchObject({ code: 'not-allowed' });

    expect(await everything()).toBe(before);
  });

  test.each(TEACHER_ONLY)(
    '%s is open to the teacher (the refusal above is about the role)',
    async (name, call) => {
      // acceptFadingStep needs data that meet the criterion; its refusal is then about the data.
      const result = call(TEACHER);
      if (name === 'acceptFadingStep') await expect(result).rejects.toMatchObject({ code: 'fading-not-due' });
      else await expect(result).resolves.not.toThrow();
    },
  );
});

test('a para records: a note is saved with the para as the one who wrote it', async () => {
  const note = await addNote(db, PARA, ana, 'Calm after lunch', NOW);

  expect(note).toMatchObject({ type: 'note', actor: { kind: 'staff', staffId: PARA.staffId } });
  expect(await db.events.get(note.id)).toEqual(note);
});

test('a para records: an acknowledgement of plan changes is saved under the para’s own identity', async () => {
  const change = ulid<'event'>(NOW);
  const seen = await acknowledgePlanChanges(db, PARA, ana, [change], NOW);

  expect(seen).toMatchObject({
    type: 'plan-changes-seen',
    actor: { kind: 'staff', staffId: PARA.staffId },
    seen: [change],
  });
  expect(await db.events.get(seen.id)).toEqual(seen);
  await expect(acknowledgePlanChanges(db, undefined, ana, [change], NOW)).rejects.toMatchObject({
    code: 'not-allowed',
  });
});

test('a para records as second observer: saved under the para’s own identity, for the step on screen', async () => {
  const observed = await recordObservedStart(db, PARA, ana, 'gestural', NOW);

  expect(observed).toMatchObject({
    type: 'observer-recorded',
    actor: { kind: 'staff', staffId: PARA.staffId },
    prompt: 'gestural',
  });
  expect(await db.events.get(observed.id)).toEqual(observed);
  await expect(recordObservedStart(db, undefined, ana, 'gestural', NOW)).rejects.toMatchObject({
    code: 'not-allowed',
  });
});
