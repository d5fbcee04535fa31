import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { recordStaffResponse } from '../../src/db/repos/para-records';
import { dayRollup } from '../../src/db/repos/rollups';
import { recordRating } from '../../src/db/repos/scale-ratings';
import { listScales, scaleById } from '../../src/db/repos/scale-reads';
import { assignScale, saveScale } from '../../src/db/repos/scales';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { getStudent } from '../../src/db/repos/student-reads';
import { ratingsAwaitingResponse } from '../../src/domain/distress';
import type { ScaleLevel } from '../../src/domain/events';
import type { CardId, ScaleId, StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { type FivePointScale, type ScaleDraft, scaleDraft } from '../../src/domain/scales';
import { schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

const NOW = new Date(2026, 8, 7, 8, 0).getTime();
const minutes = (count: number) => NOW + count * 60_000;
const DAY = schoolDayOf(NOW);

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let breathe: CardId;
let squeeze: CardId;
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  if (!setup.student) throw new Error('setup makes the first student');
  ana = setup.student.id;
  breathe = (await createCard(db, teacher, { label: 'Take 5 breaths' }, NOW)).id;
  squeeze = (await createCard(db, teacher, { label: 'Squeeze the ball' }, NOW)).id;
});

const feelings = (): ScaleDraft =>
  scaleDraft('How am I feeling?', (level) => ({
    label: ['Calm', 'Okay', 'Worried', 'Upset', 'Very upset'][level - 1] ?? '',
    looksLike: `looks like ${level}`,
    staffResponse: `respond to ${level}`,
  }));
/** The day's ratings: giving a scale also logs, for the paras, what it asks of them. */
const ratingsOfDay = async () =>
  (await eventsOfStudentDay(db, ana, DAY)).filter((event) => event.type === 'scale-rated');
const withLevel4 = (draft: ScaleDraft, changes: Partial<FivePointScale['levels'][number]>): ScaleDraft => ({
  ...draft,
  levels: draft.levels.map((level) => (level.level === 4 ? { ...level, ...changes } : level)),
});

describe("the teacher's scales", () => {
  test('a teacher makes a scale, edits it, and it keeps its id and when it was made', async () => {
    const made = await saveScale(db, teacher, undefined, feelings(), NOW);
    expect(made).toMatchObject({ name: 'How am I feeling?', createdAt: NOW, updatedAt: NOW });
    expect(made.levels.map((level) => level.colour)).toEqual(['blue', 'green', 'yellow', 'orange', 'red']);

    const edited = withLevel4(feelings(), {
      strategies: [breathe, squeeze],
      staffResponse: 'Offer the break corner.',
      cardId: squeeze,
    });
    const saved = await saveScale(db, teacher, made.id, edited, minutes(1));
    expect(saved).toMatchObject({ id: made.id, createdAt: NOW, updatedAt: minutes(1) });
    expect((await scaleById(db, made.id))?.levels[3]).toEqual({
      level: 4,
      colour: 'orange',
      label: 'Upset',
      cardId: squeeze,
      looksLike: 'looks like 4',
      strategies: [breathe, squeeze],
      staffResponse: 'Offer the break corner.',
    });
    expect((await listScales(db)).map((scale) => scale.name)).toEqual(['How am I feeling?']);
  });

  test('a bad scale writes nothing', async () => {
    const missingCard = ulid<'card'>(NOW) as CardId;
    const refusals: [unknown, string][] = [
      [withLevel4(feelings(), { strategies: [missingCard] }), 'not-found'],
      [withLevel4(feelings(), { cardId: missingCard }), 'not-found'],
      [withLevel4(feelings(), { label: 'calm' }), 'scale-labels-same'],
      [{ ...feelings(), levels: feelings().levels.slice(1) }, 'invalid-input'],
      [{ name: 'Just a name' }, 'invalid-input'],
    ];
    for (const [input, code] of refusals)
      await expect(saveScale(db, teacher, undefined, input, NOW)).rejects.toMatchObject({ code });
    await expect(
      saveScale(db, teacher, ulid<'scale'>(NOW) as ScaleId, feelings(), NOW),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await listScales(db)).toEqual([]);
  });

  test('only a teacher makes scales or gives them to students', async () => {
    await expect(saveScale(db, para, undefined, feelings(), NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(saveScale(db, undefined, undefined, feelings(), NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    const scale = await saveScale(db, teacher, undefined, feelings(), NOW);
    await expect(
      assignScale(db, para, ana, { scaleId: scale.id, checkInAtStart: true }, NOW),
    ).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await listScales(db)).toHaveLength(1);
    expect((await getStudent(db, ana))?.scale).toBeUndefined();
  });

  test('a teacher gives a student a scale with a check-in as the day starts, changes it, takes it away', async () => {
    const scale = await saveScale(db, teacher, undefined, feelings(), NOW);
    await assignScale(db, teacher, ana, { scaleId: scale.id, checkInAtStart: true }, minutes(1));
    expect((await getStudent(db, ana))?.scale).toEqual({ scaleId: scale.id, checkInAtStart: true });

    await assignScale(db, teacher, ana, { scaleId: scale.id, checkInAtStart: false }, minutes(2));
    expect((await getStudent(db, ana))?.scale).toEqual({ scaleId: scale.id, checkInAtStart: false });

    const removed = await assignScale(db, teacher, ana, undefined, minutes(3));
    expect(removed).not.toHaveProperty('scale');
    expect(await getStudent(db, ana)).toMatchObject({ name: 'Ana', updatedAt: minutes(3) });
  });

  test('the teacher chooses which levels alert the para bar; the levels are distinct and in order', async () => {
    const scale = await saveScale(db, teacher, undefined, feelings(), NOW);
    const assignment = { scaleId: scale.id, checkInAtStart: true, alertLevels: [3, 4, 5] };
    await assignScale(db, teacher, ana, assignment, minutes(1));
    expect((await getStudent(db, ana))?.scale).toEqual(assignment);
    for (const alertLevels of [[5, 4], [4, 4], [6], [0]])
      await expect(
        assignScale(db, teacher, ana, { ...assignment, alertLevels }, minutes(2)),
      ).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await getStudent(db, ana))?.scale).toEqual(assignment);
  });

  test('a scale that does not exist, or a student who does not, is refused', async () => {
    const scale = await saveScale(db, teacher, undefined, feelings(), NOW);
    for (const [studentId, input, code] of [
      [ana, { scaleId: ulid<'scale'>(NOW), checkInAtStart: true }, 'not-found'],
      [ana, { scaleId: scale.id }, 'invalid-input'],
      [ana, { scaleId: scale.id, checkInAtStart: true, colour: 'red' }, 'invalid-input'],
      [ulid<'student'>(NOW) as StudentId, { scaleId: scale.id, checkInAtStart: true }, 'not-found'],
    ] as const)
      await expect(assignScale(db, teacher, studentId, input, NOW)).rejects.toMatchObject({ code });
    expect((await getStudent(db, ana))?.scale).toBeUndefined();
  });
});

describe('ratings', () => {
  let scale: FivePointScale;
  beforeEach(async () => {
    scale = await saveScale(db, teacher, undefined, feelings(), NOW);
    await assignScale(db, teacher, ana, { scaleId: scale.id, checkInAtStart: true }, NOW);
  });

  test('a rating is an event with its context, counted in the day rollup by level and part of the day', async () => {
    const event = await recordRating(
      db,
      ana,
      { scaleId: scale.id, level: 4, context: { kind: 'check-in' } },
      minutes(5),
    );
    expect(event).toMatchObject({
      type: 'scale-rated',
      studentId: ana,
      actor: { kind: 'student' },
      scaleId: scale.id,
      level: 4,
      context: { kind: 'check-in' },
      at: minutes(5),
      day: DAY,
    });
    await recordRating(
      db,
      ana,
      { scaleId: scale.id, level: 2, context: { kind: 'on-demand', askedBy: 'student' } },
      minutes(30),
    );
    const stored = await ratingsOfDay();
    expect(stored.map((each) => each.type === 'scale-rated' && [each.level, each.context.kind])).toEqual([
      [4, 'check-in'],
      [2, 'on-demand'],
    ]);
    // Both were made before 11:00: a 4 and a 2, in the morning.
    expect(await dayRollup(db, ana, DAY)).toMatchObject({
      ratings: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 },
      ratingsByPart: { morning: { count: 2, levelTotal: 6 }, midday: { count: 0, levelTotal: 0 } },
    });
  });

  test("a step's check-in names a step of today's schedule", async () => {
    const reading = ulid<'step'>(NOW) as StepId;
    const today = await saveSchedule(
      db,
      teacher,
      ana,
      { kind: 'day', day: DAY },
      [{ id: reading, cardId: breathe, miniSteps: [], checkIn: true }],
      NOW,
    );
    expect(today.items[0]?.checkIn).toBe(true);
    const event = await recordRating(
      db,
      ana,
      { scaleId: scale.id, level: 3, context: { kind: 'step', stepId: reading } },
      minutes(1),
    );
    expect(event).toMatchObject({ context: { kind: 'step', stepId: reading } });
    await expect(
      recordRating(
        db,
        ana,
        { scaleId: scale.id, level: 3, context: { kind: 'step', stepId: ulid<'step'>(NOW) as StepId } },
        minutes(2),
      ),
    ).rejects.toMatchObject({ code: 'state-changed' });
  });

  test('only on the scale the student was given, and only levels 1 to 5', async () => {
    const other = await saveScale(db, teacher, undefined, { ...feelings(), name: 'My voice' }, NOW);
    await expect(
      recordRating(db, ana, { scaleId: other.id, level: 1, context: { kind: 'check-in' } }, minutes(1)),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      recordRating(
        db,
        ana,
        // A level from outside the code, as a damaged tap might send it.
        JSON.parse(JSON.stringify({ scaleId: scale.id, level: 6, context: { kind: 'check-in' } })),
        minutes(1),
      ),
    ).rejects.toMatchObject({ code: 'invalid-event' });
    await assignScale(db, teacher, ana, undefined, minutes(2));
    await expect(
      recordRating(db, ana, { scaleId: scale.id, level: 1, context: { kind: 'check-in' } }, minutes(3)),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await ratingsOfDay()).toEqual([]);
  });
});

describe('what an adult did after an alert rating', () => {
  let scale: FivePointScale;
  beforeEach(async () => {
    scale = await saveScale(db, teacher, undefined, feelings(), NOW);
    await assignScale(db, teacher, ana, { scaleId: scale.id, checkInAtStart: false }, NOW);
  });
  const rate = (level: ScaleLevel, at: number) =>
    recordRating(
      db,
      ana,
      { scaleId: scale.id, level, context: { kind: 'on-demand', askedBy: 'student' } },
      at,
    );

  test('a para answers today’s alert ratings under their own name, and they stop waiting', async () => {
    const five = await rate(5, minutes(5));
    const events = async () => eventsOfStudentDay(db, ana, DAY);
    expect(ratingsAwaitingResponse(await events(), [4, 5])).toEqual([five]);

    const response = await recordStaffResponse(
      db,
      para,
      ana,
      { ratings: [five.id], response: 'other', note: '  Walked with him to the calm corner ' },
      minutes(6),
    );
    expect(response).toMatchObject({
      type: 'staff-responded',
      actor: { kind: 'staff', staffId: para.staffId },
      ratings: [five.id],
      response: 'other',
      note: 'Walked with him to the calm corner',
    });
    expect(ratingsAwaitingResponse(await events(), [4, 5])).toEqual([]);
  });

  test('only ratings of the student’s day, by an adult, with a known response; nothing written otherwise', async () => {
    const four = await rate(4, minutes(5));
    const before = await db.events.count();
    for (const [session, input, code] of [
      [undefined, { ratings: [four.id], response: 'planned' }, 'not-allowed'],
      [para, { ratings: [ulid<'event'>(NOW)], response: 'planned' }, 'state-changed'],
      [para, { ratings: [], response: 'planned' }, 'invalid-input'],
      [para, { ratings: [four.id], response: 'ignored' }, 'invalid-input'],
    ] as const)
      await expect(recordStaffResponse(db, session, ana, input, minutes(6))).rejects.toMatchObject({ code });
    expect(await db.events.count()).toBe(before);
  });
});
