import type { AppDb } from '../../src/db/app-db';
import { saveBoard } from '../../src/db/repos/boards';
import { createCard } from '../../src/db/repos/cards';
import { savePlan } from '../../src/db/repos/plans';
import { recordEvent } from '../../src/db/repos/record-event';
import { saveReviewPlan } from '../../src/db/repos/review';
import { saveScale } from '../../src/db/repos/scales';
import { saveSchedule } from '../../src/db/repos/schedules';
import { changeSetting, deviceIdOf } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff } from '../../src/db/repos/staff';
import { addStudent, setStudentPhoto } from '../../src/db/repos/students';
import { saveTarget } from '../../src/db/repos/targets';
import { SCALE_LEVELS } from '../../src/domain/events';
import { ulid } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { DEFAULT_COLOURS } from '../../src/domain/scales';
import { stampEvent } from '../../src/domain/stamp';
import { WAS_I_WORKING } from './targets';

const FIRST_BYTES: Readonly<Record<string, readonly number[]>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};
/** A picture: its type's first bytes (the picture gate reads the type from them), then `content`. */
export const picture = (content: string, type = 'image/png') =>
  new Blob([new Uint8Array(FIRST_BYTES[type] ?? []), content], { type });

/**
 * A classroom with a row in every table a backup holds: staff, students (one with a photo), cards
 * with and without pictures, a board, a scale, a schedule, a target, a plan, settings, and events.
 */
export async function seedClassroom(db: AppDb, now: number, prefix = '') {
  const { session: teacher, student: ana } = await completeSetup(
    db,
    { teacherName: `${prefix}Ms. Rivera`, pin: '2468', studentName: `${prefix}Ana` },
    now,
  );
  const classroom = await addClasswork(db, teacher, ana, now, prefix);
  await addStaff(db, teacher, { name: `${prefix}Mr. Lee`, role: 'para', pin: '1357' }, now);
  return { teacher, ana, ...classroom };
}

/** Students, cards, a schedule, a board, a scale, a target, a plan, settings and events of a teacher's. */
export async function addClasswork(db: AppDb, teacher: AdultSession, ana: Student, now: number, prefix = '') {
  const ben = await addStudent(db, teacher, { name: `${prefix}Ben` }, now);
  await setStudentPhoto(db, teacher, ana.id, picture(`${prefix}ana photo`, 'image/jpeg'), now);
  const reading = await createCard(
    db,
    teacher,
    { label: `${prefix}Reading`, picture: { blob: picture(`${prefix}book`), kind: 'photo' } },
    now,
  );
  const math = await createCard(db, teacher, { label: `${prefix}Math`, spokenText: 'Math time' }, now);
  const rest = await createCard(
    db,
    teacher,
    { label: `${prefix}Rest`, picture: { blob: picture('zz'), kind: 'symbol' } },
    now,
  );
  const board = await saveBoard(
    db,
    teacher,
    undefined,
    { name: `${prefix}Breaks`, options: [{ cardId: math.id }, { cardId: rest.id }] },
    now,
  );
  const scale = await saveScale(
    db,
    teacher,
    undefined,
    {
      name: `${prefix}Feelings`,
      levels: SCALE_LEVELS.map((level) => ({
        level,
        colour: DEFAULT_COLOURS[level],
        label: `Level ${level}`,
        looksLike: 'Looks like this',
        strategies: level === 5 ? [rest.id] : [],
        staffResponse: 'Stay calm',
      })),
    },
    now,
  );
  const step = ulid<'step'>(now);
  const nextStep = ulid<'step'>(now);
  const schedule = await saveSchedule(
    db,
    teacher,
    ana.id,
    { kind: 'template', weekday: 1 },
    [
      { id: step, cardId: reading.id, durationMinutes: 15, miniSteps: [] },
      { id: nextStep, cardId: math.id, miniSteps: [], boardId: board.id },
    ],
    now,
  );
  await saveTarget(db, teacher, ana.id, undefined, WAS_I_WORKING, now);
  await savePlan(
    db,
    teacher,
    ana.id,
    {
      cardId: reading.id,
      current: { prompt: 'verbal', delaySeconds: 5 },
      criterion: { percent: 80, days: 3 },
    },
    now,
  );
  await saveReviewPlan(db, teacher, ana.id, { aimPercent: 80 }, now);
  await changeSetting(db, teacher, 'promptLevels', { peer: { shown: true } }, now);
  await changeSetting(db, teacher, 'adultLocale', 'es', now);
  const deviceId = await deviceIdOf(db, now);
  for (const [minutes, studentId] of [
    [0, ana.id],
    [5, ana.id],
    [10, ben.id],
  ] as const) {
    await recordEvent(
      db,
      stampEvent(
        {
          type: 'step-started',
          studentId,
          actor: { kind: 'student' },
          // A step has one start: Ana's second start is of the next step.
          stepId: minutes === 5 ? nextStep : step,
          prompt: minutes === 0 ? 'independent' : 'verbal',
          latencyMs: 3000,
        },
        now + minutes * 60_000,
        deviceId,
      ),
    );
  }
  return { ben, reading, math, rest, board, scale, schedule };
}
