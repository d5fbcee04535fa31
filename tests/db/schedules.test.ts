import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { createCard } from '../../src/db/repos/cards';
import { recordEvent } from '../../src/db/repos/record-event';
import { dayRollup } from '../../src/db/repos/rollups';
import { ensureDaySchedule, plannedDaySchedule, scheduleFor } from '../../src/db/repos/schedule-reads';
import { insertChangeCard, saveSchedule, scheduleToEdit } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import type { CardId, StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { ScheduleItem } from '../../src/domain/schedule';
import { stampEvent } from '../../src/domain/stamp';
import { schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

// Monday 7 September 2026, 07:30 in the test's time zone.
const NOW = new Date(2026, 8, 7, 7, 30).getTime();
const TODAY = schoolDayOf(NOW);
const MONDAY = { kind: 'template', weekday: 1 } as const;

let db: AppDb;
let teacher: AdultSession;
let studentId: StudentId;
let reading: CardId;
let math: CardId;
beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  if (!setup.student) throw new Error('setup makes the first student');
  studentId = setup.student.id;
  reading = (await createCard(db, teacher, { label: 'Reading' }, NOW)).id;
  math = (await createCard(db, teacher, { label: 'Math' }, NOW)).id;
});

const step = (cardId: CardId, extra: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id: ulid<'step'>(NOW) as StepId,
  cardId,
  miniSteps: [],
  ...extra,
});

describe('saving schedules', () => {
  test('a weekday template is saved with timers and mini-steps, and saved again in place', async () => {
    const items = [
      step(reading, { durationMinutes: 15 }),
      step(math, { miniSteps: [{ id: ulid<'step'>(NOW), cardId: reading }] }),
    ];
    const first = await saveSchedule(db, teacher, studentId, MONDAY, items, NOW);
    const reordered = [items[1], items[0]];
    const second = await saveSchedule(db, teacher, studentId, MONDAY, reordered, NOW + 1000);

    expect(second.id).toBe(first.id);
    expect(second.updatedAt).toBe(NOW + 1000);
    expect(await db.schedules.count()).toBe(1);
    expect((await scheduleFor(db, studentId, MONDAY))?.items).toEqual(reordered);
  });

  test('editing today never changes the template', async () => {
    const template = [step(reading), step(math)];
    await saveSchedule(db, teacher, studentId, MONDAY, template, NOW);
    const today = await scheduleToEdit(db, studentId, { kind: 'day', day: TODAY });
    expect(today).toEqual({ items: template, fromTemplate: true });

    await saveSchedule(db, teacher, studentId, { kind: 'day', day: TODAY }, today.items.slice(1), NOW);

    expect((await scheduleFor(db, studentId, MONDAY))?.items).toEqual(template);
    expect(await scheduleToEdit(db, studentId, { kind: 'day', day: TODAY })).toEqual({
      items: template.slice(1),
      fromTemplate: false,
    });
  });

  test('the kiosk copies the template with the same step ids, as the editor showed it', async () => {
    const template = [step(reading), step(math)];
    await saveSchedule(db, teacher, studentId, MONDAY, template, NOW);
    const shown = await scheduleToEdit(db, studentId, { kind: 'day', day: TODAY });

    expect((await ensureDaySchedule(db, studentId, TODAY, NOW))?.items).toEqual(shown.items);
  });

  test('the kiosk makes the day’s copy once; later starts of the day only read it', async () => {
    await saveSchedule(db, teacher, studentId, MONDAY, [step(reading)], NOW);
    const made = await ensureDaySchedule(db, studentId, TODAY, NOW);
    const transactions = vi.spyOn(db, 'transaction');

    expect(await ensureDaySchedule(db, studentId, TODAY, NOW + 60_000)).toEqual(made);
    expect(transactions).not.toHaveBeenCalled();
    expect(await db.schedules.where({ studentId }).count()).toBe(2);
  });

  test('a para cannot save a schedule, and nothing is written', async () => {
    const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

    await expect(saveSchedule(db, para, studentId, MONDAY, [step(reading)], NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(saveSchedule(db, undefined, studentId, MONDAY, [step(reading)], NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    expect(await db.schedules.count()).toBe(0);
  });

  test('steps with unknown cards, bad timers or a bad slot are refused, and nothing is written', async () => {
    const unknownCard = ulid<'card'>(NOW) as CardId;
    const refused: [() => Promise<unknown>, string][] = [
      [() => saveSchedule(db, teacher, studentId, MONDAY, [step(unknownCard)], NOW), 'not-found'],
      [
        () => saveSchedule(db, teacher, studentId, MONDAY, [step(reading, { durationMinutes: 0 })], NOW),
        'invalid-input',
      ],
      [
        () => saveSchedule(db, teacher, studentId, MONDAY, [{ id: 'not-an-id', cardId: reading }], NOW),
        'invalid-input',
      ],
      [
        () => saveSchedule(db, teacher, studentId, { kind: 'template', weekday: 6 }, [step(reading)], NOW),
        'invalid-input',
      ],
      [
        () => saveSchedule(db, teacher, ulid<'student'>(NOW) as StudentId, MONDAY, [step(reading)], NOW),
        'not-found',
      ],
      // Repeating on other weekdays: only from a weekday, only onto weekdays, and all or none.
      [
        () => saveSchedule(db, teacher, studentId, { kind: 'day', day: TODAY }, [step(reading)], NOW, [3]),
        'invalid-input',
      ],
      [() => saveSchedule(db, teacher, studentId, MONDAY, [step(reading)], NOW, [6]), 'invalid-input'],
      [() => saveSchedule(db, teacher, studentId, MONDAY, [step(unknownCard)], NOW, [3, 5]), 'not-found'],
    ];

    for (const [save, code] of refused) await expect(save()).rejects.toMatchObject({ code });
    expect(await db.schedules.count()).toBe(0);
  });
});

test("changing a day's schedule after it began counts the day's support map again", async () => {
  const first = step(reading);
  const today = { kind: 'day', day: TODAY } as const;
  await saveSchedule(db, teacher, studentId, today, [first], NOW);
  await recordEvent(
    db,
    stampEvent(
      {
        type: 'step-started',
        studentId,
        actor: { kind: 'student' },
        stepId: first.id,
        prompt: 'independent',
        latencyMs: 1000,
      },
      NOW + 60_000,
      ulid<'device'>(NOW),
    ),
  );
  expect((await dayRollup(db, studentId, TODAY))?.support).toEqual({ [reading]: { independent: 1 } });

  // The teacher says the part was Math, not Reading: the same step, another card.
  await saveSchedule(db, teacher, studentId, today, [{ ...first, cardId: math }], NOW + 120_000);

  expect((await dayRollup(db, studentId, TODAY))?.support).toEqual({ [math]: { independent: 1 } });
});

describe('the day the adults see before the kiosk has opened it', () => {
  test('is the weekday template, read without writing a copy', async () => {
    const template = await saveSchedule(db, teacher, studentId, MONDAY, [step(reading), step(math)], NOW);

    expect((await plannedDaySchedule(db, studentId, TODAY))?.items).toEqual(template.items);
    expect(await scheduleFor(db, studentId, { kind: 'day', day: TODAY })).toBeUndefined();
    // A Sunday has no template.
    expect(await plannedDaySchedule(db, studentId, schoolDayOf(NOW - 86_400_000))).toBeUndefined();
  });

  test('takes a change card into a copy of the template, not into an empty day', async () => {
    const template = await saveSchedule(db, teacher, studentId, MONDAY, [step(reading), step(math)], NOW);

    await insertChangeCard(db, teacher, studentId, TODAY, math, NOW + 1000);

    const day = await scheduleFor(db, studentId, { kind: 'day', day: TODAY });
    expect(day?.items).toHaveLength(3);
    expect(day?.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(template.items.map((item) => item.id)),
    );
  });
});
