import { beforeEach, describe, expect, test } from 'vitest';
import { appendEvents } from '../../bench/harness/append-events';
import type { AppDb } from '../../src/db/app-db';
import { eventsOfStudent } from '../../src/db/repos/events';
import { recordEvent } from '../../src/db/repos/record-event';
import { dayRollup, rebuildRollups } from '../../src/db/repos/rollups';
import { AppError } from '../../src/domain/errors';
import { type CardId, type ScaleId, type TargetId, ulid } from '../../src/domain/ids';
import { rollupsFromEvents } from '../../src/domain/rollup';
import { schoolDayOf } from '../../src/domain/time';
import {
  ANA,
  aFinish,
  anEvent,
  aShown,
  aStart,
  aVoid,
  BEN,
  morning,
  NEXT_STEP,
  SCHEDULE,
  STEP,
} from '../support/events';
import { freshDb } from '../support/fresh-db';

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

async function everything(db: AppDb) {
  return { events: await db.events.toArray(), rollups: await db.rollups.toArray() };
}

function sortRollups<T extends { studentId: string; day: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => `${a.studentId}${a.day}`.localeCompare(`${b.studentId}${b.day}`));
}

describe('recording an event', () => {
  test('appends it to the log and counts it in its day rollup', async () => {
    await recordEvent(db, aShown(ANA, morning(2)));
    await recordEvent(db, aStart(ANA, morning(2, 1), 'verbal'));
    await recordEvent(db, aFinish(ANA, morning(2, 11), 600_000));

    expect(await eventsOfStudent(db, ANA)).toHaveLength(3);
    expect(await dayRollup(db, ANA, schoolDayOf(morning(2)))).toMatchObject({
      stepsShown: 1,
      stepsStarted: 1,
      stepsFinished: 1,
      startsByPrompt: { verbal: 1, independent: 0 },
      latencyMsTotal: 4000,
      durationMsTotal: 600_000,
    });
  });

  test('accepts the steps of a mini-schedule and change cards, and counts them', async () => {
    const miniStart = { ...aStart(ANA, morning(2, 3)), parentStepId: STEP };
    await recordEvent(db, miniStart);
    await recordEvent(
      db,
      anEvent(
        {
          type: 'change-inserted',
          studentId: ANA,
          actor: { kind: 'staff', staffId: ulid<'staff'>(morning(2)) },
          scheduleId: SCHEDULE,
          stepId: STEP,
          cardId: ulid<'card'>(morning(2)),
        },
        morning(2, 4),
      ),
    );

    expect(await dayRollup(db, ANA, schoolDayOf(morning(2)))).toMatchObject({ stepsStarted: 1, changes: 1 });
  });

  test('writes the event and its rollup in one transaction: when the rollup fails, no event is left', async () => {
    await recordEvent(db, aStart(ANA, morning(2)));
    db.rollups.hook('updating', () => {
      throw new Error('disk error');
    });

    await expect(recordEvent(db, aStart(ANA, morning(2, 5), 'independent', NEXT_STEP))).rejects.toMatchObject(
      {
        code: 'write-failed',
      },
    );

    const { events, rollups } = await everything(db);
    expect(events).toHaveLength(1);
    expect(rollups[0]?.stepsStarted).toBe(1);
  });

  test('a full disk is reported as such and leaves the database unchanged', async () => {
    const before = await everything(db);
    db.events.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await expect(recordEvent(db, aStart(ANA, morning(2)))).rejects.toMatchObject({ code: 'storage-full' });
    expect(await everything(db)).toEqual(before);
  });

  test.each([
    ['not an object', 'step-started'],
    ['an unknown type', { ...aStart(ANA, morning(2)), type: 'step-teleported' }],
    ['an unknown prompt level', { ...aStart(ANA, morning(2)), prompt: 'telepathic' }],
    ['a missing student', { ...aStart(ANA, morning(2)), studentId: undefined }],
    ['an id that is not a ULID', { ...aStart(ANA, morning(2)), id: 'abc' }],
    ['a negative latency', { ...aStart(ANA, morning(2)), latencyMs: -5 }],
    ['a malformed day', { ...aStart(ANA, morning(2)), day: '2026-13-40' }],
    ['an extra field', { ...aStart(ANA, morning(2)), admin: true }],
    ['an empty note', { ...aStart(ANA, morning(2)), type: 'note', text: '   ' }],
  ])('refuses %s with a clear error and writes nothing', async (_, input) => {
    const error = await recordEvent(db, input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid-event' });
    expect((error as AppError).details).not.toBe('');
    expect(await everything(db)).toEqual({ events: [], rollups: [] });
  });

  test('refuses an event whose day is not the day of its moment, and writes nothing', async () => {
    // A screen left open from yesterday, its tap a second after midnight.
    const afterMidnight = new Date(2026, 8, 3, 0, 0, 1).getTime();
    const stale = { ...aStart(ANA, afterMidnight), day: '2026-09-02' };

    await expect(recordEvent(db, stale)).rejects.toMatchObject({ code: 'event-day-mismatch' });
    expect(await everything(db)).toEqual({ events: [], rollups: [] });
    await expect(recordEvent(db, aStart(ANA, afterMidnight))).resolves.toMatchObject({ day: '2026-09-03' });
  });

  test('a batch of another device keeps the day it stamped, in its own timezone', async () => {
    const afterMidnight = new Date(2026, 8, 3, 0, 0, 1).getTime();
    const elsewhere = { ...aStart(ANA, afterMidnight), day: '2026-09-02' };

    await appendEvents(db, [elsewhere]);

    expect(await db.events.toArray()).toEqual([elsewhere]);
  });
});

describe('corrections', () => {
  test('a voided event no longer counts, yet stays in the log', async () => {
    const start = await recordEvent(db, aStart(ANA, morning(2), 'independent'));
    await recordEvent(db, aVoid(start, morning(2, 1)));

    expect(await dayRollup(db, ANA, schoolDayOf(morning(2)))).toMatchObject({
      stepsStarted: 0,
      startsByPrompt: { independent: 0 },
      latencyMsTotal: 0,
    });
    expect((await db.events.toArray()).map((event) => event.type)).toEqual(['step-started', 'voided']);
  });

  test('voiding an event of an earlier day corrects that day', async () => {
    const start = await recordEvent(db, aStart(ANA, morning(2), 'gestural'));
    await recordEvent(db, aVoid(start, morning(3)));

    expect(await dayRollup(db, ANA, schoolDayOf(morning(2)))).toMatchObject({ stepsStarted: 0 });
    expect(await dayRollup(db, ANA, schoolDayOf(morning(3)))).toMatchObject({ stepsStarted: 0 });
  });

  test('refuses to void a missing event, the same event twice, or a correction', async () => {
    const start = await recordEvent(db, aStart(ANA, morning(2)));
    const voiding = await recordEvent(db, aVoid(start, morning(2, 1)));
    const before = await everything(db);

    const missing = aVoid({ ...start, id: aShown(ANA, morning(4)).id }, morning(4));
    await expect(recordEvent(db, missing)).rejects.toMatchObject({ code: 'void-target-missing' });
    await expect(recordEvent(db, aVoid(start, morning(2, 2)))).rejects.toMatchObject({
      code: 'void-target-invalid',
    });
    await expect(recordEvent(db, aVoid(voiding, morning(2, 3)))).rejects.toMatchObject({
      code: 'void-target-invalid',
    });
    expect(await everything(db)).toEqual(before);
  });

  test("refuses to void another student's event", async () => {
    const start = await recordEvent(db, aStart(ANA, morning(2)));
    const wrongStudent = { ...aVoid(start, morning(2, 1)), studentId: BEN };

    await expect(recordEvent(db, wrongStudent)).rejects.toMatchObject({ code: 'void-target-invalid' });
  });
});

describe('rebuilding rollups', () => {
  test('reproduces the incremental rollups exactly', async () => {
    for (const [studentId, day] of [
      [ANA, 2],
      [ANA, 3],
      [BEN, 2],
    ] as const) {
      await recordEvent(db, aShown(studentId, morning(day)));
      const start = await recordEvent(db, aStart(studentId, morning(day, 1), 'verbal'));
      await recordEvent(db, aFinish(studentId, morning(day, 9), 480_000));
      await recordEvent(db, aShown(studentId, morning(day, 10), NEXT_STEP));
      await recordEvent(db, aStart(studentId, morning(day, 11), 'independent', NEXT_STEP));
      if (day === 3) await recordEvent(db, aVoid(start, morning(4)));
    }
    const incremental = sortRollups(await db.rollups.toArray());

    await rebuildRollups(db);

    expect(sortRollups(await db.rollups.toArray())).toEqual(incremental);
    expect(sortRollups(rollupsFromEvents(await db.events.toArray()))).toEqual(incremental);
    expect(
      incremental.find((row) => row.studentId === ANA && row.day === schoolDayOf(morning(3))),
    ).toMatchObject({
      stepsStarted: 1,
      startsByPrompt: { verbal: 0, independent: 1 },
    });
  });
});

describe('the day figures of ratings, self-checks and support', () => {
  const adult = { kind: 'staff', staffId: ulid<'staff'>(morning(2)) } as const;
  const target = ulid<'target'>(morning(2)) as TargetId;
  const art = ulid<'card'>(morning(2)) as CardId;

  async function recordMorning() {
    // Ana's day schedule: one part, Art, the step the helpers start.
    await db.schedules.add({
      id: SCHEDULE,
      studentId: ANA,
      slot: { kind: 'day', day: schoolDayOf(morning(2)) },
      items: [{ id: STEP, cardId: art, miniSteps: [] }],
      createdAt: morning(2),
      updatedAt: morning(2),
    });
    await recordEvent(db, aStart(ANA, morning(2, 1), 'verbal'));
    const rating = (level: 2 | 5, minutes: number) =>
      recordEvent(
        db,
        anEvent(
          {
            type: 'scale-rated',
            studentId: ANA,
            actor: { kind: 'student' },
            scaleId: ulid<'scale'>(morning(2)) as ScaleId,
            level,
            context: { kind: 'check-in' },
          },
          morning(2, minutes),
        ),
      );
    await rating(5, 2);
    const mistaken = await rating(2, 3);
    const answer = await recordEvent(
      db,
      anEvent(
        {
          type: 'self-check-answered',
          studentId: ANA,
          actor: { kind: 'student' },
          targetId: target,
          answer: 'yes',
          prompt: { kind: 'interval', dueAt: morning(2, 4) },
          checkRequested: true,
        },
        morning(2, 4),
      ),
    );
    const check = await recordEvent(
      db,
      anEvent(
        {
          type: 'adult-check',
          studentId: ANA,
          actor: adult,
          targetId: target,
          answerEvent: answer.id,
          answer: 'yes',
        },
        morning(2, 5),
      ),
    );
    await recordEvent(
      db,
      anEvent(
        {
          type: 'check-matched',
          studentId: ANA,
          actor: adult,
          answerEvent: answer.id,
          adultCheck: check.id,
          matched: true,
        },
        morning(2, 5),
      ),
    );
    const word = await recordEvent(
      db,
      anEvent(
        { type: 'support-noted', studentId: ANA, actor: adult, stepId: STEP, level: 'adult-throughout' },
        morning(2, 6),
      ),
    );
    return { mistaken, check, word };
  }

  test('are counted as they are recorded, and corrections take them back', async () => {
    const { mistaken, check, word } = await recordMorning();
    const day = schoolDayOf(morning(2));
    expect(await dayRollup(db, ANA, day)).toMatchObject({
      ratings: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
      ratingsByPart: { morning: { count: 2, levelTotal: 7 } },
      selfChecks: { [target]: { answers: 1, yes: 1, yesNo: 1, checks: 1, matches: 1 } },
      // The para's word wins over the verbal prompt.
      support: { [art]: { 'adult-throughout': 1 } },
    });

    await recordEvent(db, aVoid(mistaken, morning(2, 7)));
    await recordEvent(db, aVoid(check, morning(2, 8)));
    await recordEvent(db, aVoid(word, morning(2, 9)));

    expect(await dayRollup(db, ANA, day)).toMatchObject({
      ratings: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 },
      ratingsByPart: { morning: { count: 1, levelTotal: 5 } },
      // The check is voided, and its match with it.
      selfChecks: { [target]: { answers: 1, yes: 1, yesNo: 1, checks: 0, matches: 0 } },
      // Without the word, the verbal prompt at the start tells it: the teacher helped start.
      support: { [art]: { 'teacher-helps-start': 1 } },
    });
  });

  test('a rebuild from the log gives the same figures', async () => {
    const { check } = await recordMorning();
    await recordEvent(db, aVoid(check, morning(2, 8)));
    const incremental = sortRollups(await db.rollups.toArray());

    await rebuildRollups(db);

    expect(sortRollups(await db.rollups.toArray())).toEqual(incremental);
  });
});

describe("the bench's batch writer", () => {
  /** Two days of two students, with a correction of an event in the batch and one of the log. */
  async function aBatch(db: AppDb) {
    const earlier = await recordEvent(db, aStart(ANA, morning(1), 'verbal'));
    const start = aStart(ANA, morning(2, 1), 'gestural');
    return [
      aShown(ANA, morning(2)),
      start,
      aFinish(ANA, morning(2, 9), 480_000),
      aVoid(start, morning(2, 10)),
      aVoid(earlier, morning(2, 11)),
      aShown(BEN, morning(3)),
      aStart(BEN, morning(3, 1), 'independent'),
    ];
  }

  test('gives the same log and rollups as recording the events one by one', async () => {
    const oneByOne = freshDb();
    for (const event of await aBatch(oneByOne)) await recordEvent(oneByOne, event);

    const added = await appendEvents(db, await aBatch(db));

    expect(added).toHaveLength(7);
    expect((await db.events.toArray()).map((event) => event.type)).toEqual(
      (await oneByOne.events.toArray()).map((event) => event.type),
    );
    const rollups = sortRollups(await db.rollups.toArray());
    expect(rollups.map(({ studentId: _, ...figures }) => figures)).toEqual(
      sortRollups(await oneByOne.rollups.toArray()).map(({ studentId: _, ...figures }) => figures),
    );
    expect(rollups.find((row) => row.day === schoolDayOf(morning(2)))).toMatchObject({
      stepsShown: 1,
      stepsStarted: 0,
      stepsFinished: 1,
    });
    expect(rollups.find((row) => row.day === schoolDayOf(morning(1)))).toMatchObject({ stepsStarted: 0 });
    await rebuildRollups(db);
    expect(sortRollups(await db.rollups.toArray())).toEqual(rollups);
  });

  test.each([
    [
      'an invalid event',
      (batch: unknown[]) => [...batch, { ...aStart(ANA, morning(4)), prompt: 'telepathic' }],
    ],
    [
      'a correction of an event that is not there',
      (batch: unknown[]) => [...batch, aVoid(aShown(ANA, morning(5)), morning(5))],
    ],
    ['the same event twice', (batch: unknown[]) => [...batch, batch[0]]],
  ])('refuses a batch with %s and writes none of it', async (_, spoil) => {
    const batch = await aBatch(db);
    const before = await everything(db);

    await expect(appendEvents(db, spoil(batch))).rejects.toBeInstanceOf(AppError);
    expect(await everything(db)).toEqual(before);
  });
});
