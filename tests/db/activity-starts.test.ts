import { expect, test } from 'vitest';
import { createCard } from '../../src/db/repos/cards';
import { takeBackRecord } from '../../src/db/repos/corrections';
import { recordEvent } from '../../src/db/repos/record-event';
import { countDaysByActivity, dayRollup, rebuildRollups } from '../../src/db/repos/rollups';
import { saveSchedule } from '../../src/db/repos/schedules';
import { addStudent } from '../../src/db/repos/students';
import { type StepId, ulid } from '../../src/domain/ids';
import { aStart } from '../support/events';
import { freshDb } from '../support/fresh-db';
import { NOW, PARA, TEACHER, TODAY } from '../support/self-checks';

test('a day’s rollup counts its starts per activity, mini-steps apart, follows a correction made days later and is rebuilt the same', async () => {
  const db = freshDb();
  const ana = (await addStudent(db, TEACHER, { name: 'Ana' }, NOW)).id;
  const math = (await createCard(db, TEACHER, { label: 'Math' }, NOW)).id;
  const pencil = (await createCard(db, TEACHER, { label: 'Get a pencil' }, NOW)).id;
  const [mathStep, pencilStep]: StepId[] = [ulid<'step'>(NOW), ulid<'step'>(NOW + 1)];
  await saveSchedule(
    db,
    TEACHER,
    ana,
    { kind: 'day', day: TODAY },
    [{ id: mathStep, cardId: math, miniSteps: [{ id: pencilStep, cardId: pencil }] }],
    NOW,
  );
  await recordEvent(db, aStart(ana, NOW + 60_000, 'verbal', mathStep));
  const wrong = await recordEvent(db, aStart(ana, NOW + 120_000, 'independent', pencilStep));

  expect((await dayRollup(db, ana, TODAY))?.activityStarts).toEqual({
    [math]: {
      starts: 1,
      independent: 0,
      mostHelp: 'verbal',
      miniSteps: { [pencil]: { starts: 1, independent: 1 } },
    },
  });

  // Two days later the mini-step's start is taken back: its day's counts follow.
  await takeBackRecord(db, TEACHER, { eventId: wrong.id, reason: 'Another student' }, NOW + 2 * 86_400_000);
  const corrected = await dayRollup(db, ana, TODAY);
  expect(corrected?.activityStarts).toEqual({ [math]: { starts: 1, independent: 0, mostHelp: 'verbal' } });
  expect(corrected?.support).toEqual({ [math]: { 'teacher-helps-start': 1 } });

  await rebuildRollups(db);
  expect(await dayRollup(db, ana, TODAY)).toEqual(corrected);
});

test('a day counted before rollups kept starts per activity is counted when the review asks, once; a para may not ask', async () => {
  const db = freshDb();
  const ana = (await addStudent(db, TEACHER, { name: 'Ana' }, NOW)).id;
  const math = (await createCard(db, TEACHER, { label: 'Math' }, NOW)).id;
  const mathStep = ulid<'step'>(NOW);
  await saveSchedule(
    db,
    TEACHER,
    ana,
    { kind: 'day', day: TODAY },
    [{ id: mathStep, cardId: math, miniSteps: [] }],
    NOW,
  );
  await recordEvent(db, aStart(ana, NOW + 60_000, 'independent', mathStep));
  const counted = await dayRollup(db, ana, TODAY);
  // The rollup as an older version wrote it: the same figures without the counts per activity.
  const { activityStarts: _kept, ...older } = counted ?? expect.unreachable('a rollup');
  await db.rollups.put(older);

  await expect(countDaysByActivity(db, PARA, ana)).rejects.toMatchObject({ code: 'not-allowed' });
  expect(await countDaysByActivity(db, TEACHER, ana)).toBe(1);
  expect(await dayRollup(db, ana, TODAY)).toEqual(counted);
  expect(await countDaysByActivity(db, TEACHER, ana)).toBe(0);

  // Counted before each activity kept the most help its starts needed (for the time delay).
  const { mostHelp: _most, ...withoutMostHelp } =
    counted?.activityStarts?.[math] ?? expect.unreachable('counts');
  await db.rollups.put({ ...older, activityStarts: { [math]: withoutMostHelp } });
  expect(await countDaysByActivity(db, TEACHER, ana)).toBe(1);
  expect(await dayRollup(db, ana, TODAY)).toEqual(counted);
});
