import * as v from 'valibot';
import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { dayRollupFromLog, eventsOfStudentDay } from '../../src/db/repos/events';
import { dataSheetOf, enterPaperSheet, undoPaperSheet } from '../../src/db/repos/paper-sheets';
import { recordPrompt } from '../../src/db/repos/para-records';
import { savePlan } from '../../src/db/repos/plans';
import { dayRollup } from '../../src/db/repos/rollups';
import { scheduleFor } from '../../src/db/repos/schedule-reads';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { recordStudentSteps } from '../../src/db/repos/steps';
import { RECORD_SCHEMAS } from '../../src/domain/backup/record-schemas';
import type { CardId, StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { PAPER_UNDO_MS } from '../../src/domain/paper-sheet';
import type { AdultSession } from '../../src/domain/people';
import { dayBounds, type SchoolDay, schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

// Monday 7 September 2026 at 9:00; the sheets are entered the next day at 15:00.
const MONDAY_NINE = new Date(2026, 8, 7, 9, 0).getTime();
const MONDAY = schoolDayOf(MONDAY_NINE);
const TUESDAY = '2026-09-08' as SchoolDay;
const LATER = new Date(2026, 8, 8, 15, 0).getTime();
const reading = ulid<'step'>(MONDAY_NINE + 1) as StepId;
const math = ulid<'step'>(MONDAY_NINE + 2) as StepId;
const pencil = ulid<'step'>(MONDAY_NINE + 3) as StepId;
const para: AdultSession = { staffId: ulid<'staff'>(MONDAY_NINE) as StaffId, role: 'para', name: 'Mr. Lee' };

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let mathCard: CardId;
let readingCard: CardId;

beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    MONDAY_NINE,
  );
  teacher = setup.session;
  ana = setup.student.id;
  readingCard = (await createCard(db, teacher, { label: 'Reading' }, MONDAY_NINE)).id;
  mathCard = (await createCard(db, teacher, { label: 'Math' }, MONDAY_NINE)).id;
  const pencilCard = (await createCard(db, teacher, { label: 'Get pencil' }, MONDAY_NINE)).id;
  const items = [
    { id: reading, cardId: readingCard, miniSteps: [] },
    { id: math, cardId: mathCard, miniSteps: [{ id: pencil, cardId: pencilCard }] },
  ];
  await saveSchedule(db, teacher, ana, { kind: 'day', day: MONDAY }, items, MONDAY_NINE);
  // Tuesday's weekday template: the tablet was not used that day, so it has no copy of its own.
  await saveSchedule(db, teacher, ana, { kind: 'template', weekday: 2 }, items, MONDAY_NINE);
});

const live = async (day: SchoolDay) => {
  const events = await eventsOfStudentDay(db, ana, day);
  const voided = new Set(events.flatMap((event) => (event.type === 'voided' ? [event.target] : [])));
  return events.filter((event) => !voided.has(event.id) && event.type !== 'voided');
};

describe('the data sheet of a day', () => {
  test('the day’s steps in order, mini-steps under their part, with the plan’s time delay', async () => {
    await savePlan(
      db,
      teacher,
      ana,
      {
        cardId: mathCard,
        current: { prompt: 'verbal', delaySeconds: 5 },
        next: { prompt: 'gestural', delaySeconds: 10 },
        criterion: { percent: 80, days: 3 },
      },
      MONDAY_NINE,
    );
    const sheet = await dataSheetOf(db, ana, TUESDAY);
    expect(sheet.rows.map((row) => sheet.cards.get(row.cardId)?.label)).toEqual([
      'Reading',
      'Math',
      'Get pencil',
    ]);
    expect(sheet.rows[1]?.plan).toEqual({ prompt: 'verbal', delaySeconds: 5 });
  });
});

describe('entering a paper sheet', () => {
  const sheet = {
    day: MONDAY,
    entries: [
      { stepId: reading, prompt: 'independent', support: 'independent' },
      { stepId: math, prompt: 'verbal', support: 'teacher-helps-start' },
      { stepId: pencil, prompt: 'gestural' },
    ],
  };

  test('records the starts and supports on the sheet’s day, marked as from paper, and the rollup counts them', async () => {
    const entered = await enterPaperSheet(db, para, ana, sheet, LATER);
    expect(entered).toMatchObject({ starts: 3, supports: 2, skipped: [] });
    const events = await live(MONDAY);
    expect(events).toHaveLength(5);
    for (const event of events) {
      expect(event).toMatchObject({
        day: MONDAY,
        fromPaper: MONDAY,
        at: dayBounds(MONDAY).to,
        actor: { kind: 'staff', staffId: para.staffId },
      });
      // As a backup or the classroom's server would take it.
      expect(v.safeParse(RECORD_SCHEMAS.events, event).success).toBe(true);
    }
    expect(events.find((event) => event.type === 'step-started' && event.stepId === pencil)).toMatchObject({
      parentStepId: math,
    });
    const rollup = await dayRollup(db, ana, MONDAY);
    expect(rollup).toMatchObject({
      stepsStarted: 3,
      startsFromPaper: 3,
      startsByPrompt: { independent: 1, verbal: 1, gestural: 1 },
      latencyMsTotal: 0,
      support: { [readingCard]: { independent: 1 }, [mathCard]: { 'teacher-helps-start': 1 } },
    });
    expect(rollup).toEqual(await dayRollupFromLog(db, ana, MONDAY));
  });

  test('a step the tablet started keeps its one start; the sheet’s code for it is skipped and named', async () => {
    await recordStudentSteps(db, ana, { kind: 'shown', stepIds: [reading], again: false }, MONDAY_NINE);
    await recordPrompt(db, para, ana, 'model', MONDAY_NINE + 4000);

    const entered = await enterPaperSheet(db, para, ana, sheet, LATER);
    expect(entered).toMatchObject({ starts: 2, supports: 2, skipped: [{ stepId: reading, what: 'start' }] });
    const readingStarts = (await live(MONDAY)).filter(
      (event) => event.type === 'step-started' && event.stepId === reading,
    );
    expect(readingStarts).toEqual([expect.objectContaining({ prompt: 'model', latencyMs: 4000 })]);
    expect((await dayRollup(db, ana, MONDAY))?.stepsStarted).toBe(3);

    // Entered twice, the sheet adds nothing the second time.
    expect(await enterPaperSheet(db, para, ana, sheet, LATER + 1000)).toMatchObject({
      starts: 0,
      supports: 0,
    });
    expect(await dayRollup(db, ana, MONDAY)).toEqual(await dayRollupFromLog(db, ana, MONDAY));
  });

  test('a day the tablet was not used gets the copy of its weekday’s schedule the kiosk would have made', async () => {
    expect(await scheduleFor(db, ana, { kind: 'day', day: TUESDAY })).toBeUndefined();
    await enterPaperSheet(db, teacher, ana, { ...sheet, day: TUESDAY }, new Date(2026, 8, 9, 8).getTime());
    expect((await scheduleFor(db, ana, { kind: 'day', day: TUESDAY }))?.items.map((item) => item.id)).toEqual(
      [reading, math],
    );
    expect(await dayRollup(db, ana, TUESDAY)).toMatchObject({
      stepsStarted: 3,
      support: { [readingCard]: { independent: 1 }, [mathCard]: { 'teacher-helps-start': 1 } },
    });
  });

  test('today’s sheet is stamped now; a day to come, a step not in the day, or no adult writes nothing', async () => {
    await enterPaperSheet(
      db,
      para,
      ana,
      { day: MONDAY, entries: [{ stepId: reading, prompt: 'verbal' }] },
      MONDAY_NINE,
    );
    expect((await live(MONDAY))[0]).toMatchObject({ at: MONDAY_NINE, fromPaper: MONDAY });

    await expect(
      enterPaperSheet(db, para, ana, { ...sheet, day: TUESDAY }, MONDAY_NINE),
    ).rejects.toMatchObject({
      code: 'paper-sheet-future',
    });
    const stranger = ulid<'step'>(MONDAY_NINE) as StepId;
    await expect(
      enterPaperSheet(
        db,
        para,
        ana,
        {
          day: MONDAY,
          entries: [
            { stepId: math, prompt: 'verbal' },
            { stepId: stranger, prompt: 'verbal' },
          ],
        },
        LATER,
      ),
    ).rejects.toMatchObject({ code: 'state-changed' });
    await expect(enterPaperSheet(db, undefined, ana, sheet, LATER)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(
      enterPaperSheet(db, para, ana, { day: MONDAY, entries: [{ stepId: math, prompt: 'shouted' }] }, LATER),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await live(MONDAY)).toHaveLength(1);
  });

  test('a sheet just saved is taken back with corrections on its day; it can then be entered again', async () => {
    const entered = await enterPaperSheet(db, para, ana, sheet, LATER);
    await undoPaperSheet(db, para, ana, entered.recorded, LATER + 60_000);

    expect(await live(MONDAY)).toEqual([]);
    const all = await eventsOfStudentDay(db, ana, MONDAY);
    expect(all.filter((event) => event.type === 'voided')).toHaveLength(5);
    const rollup = await dayRollup(db, ana, MONDAY);
    expect(rollup).toMatchObject({ stepsStarted: 0, support: {} });
    expect(rollup).toEqual(await dayRollupFromLog(db, ana, MONDAY));
    expect(await enterPaperSheet(db, para, ana, sheet, LATER + 120_000)).toMatchObject({
      starts: 3,
      skipped: [],
    });
  });

  test('taking back is refused, writing nothing, once its time is past or for a record not from paper', async () => {
    await recordStudentSteps(db, ana, { kind: 'shown', stepIds: [reading], again: false }, MONDAY_NINE);
    const entered = await enterPaperSheet(db, para, ana, sheet, LATER);
    await expect(
      undoPaperSheet(db, para, ana, entered.recorded, LATER + PAPER_UNDO_MS + 1),
    ).rejects.toMatchObject({ code: 'undo-expired' });
    const shown = (await eventsOfStudentDay(db, ana, MONDAY)).find((event) => event.type === 'step-shown');
    await expect(
      undoPaperSheet(db, para, ana, [...entered.recorded, shown?.id], LATER + 2000),
    ).rejects.toMatchObject({ code: 'undo-expired' });
    expect(await live(MONDAY)).toHaveLength(6);
  });
});
