import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { newStudent } from '../../src/db/repos/students';
import { activeTargetsOf, targetsOf } from '../../src/db/repos/target-reads';
import { saveTarget, setTargetActive } from '../../src/db/repos/targets';
import type { CardId, StepId, TargetId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { Student } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';
import { classroom, NOW, PARA, seconds, TEACHER } from '../support/self-checks';

let db: AppDb;
let ana: Student;
let working: CardId;
let steps: StepId[];
beforeEach(async () => {
  db = freshDb();
  ({ ana, working, steps } = await classroom(db));
});

const everyMinute = {
  question: '  Was I working?  ',
  cardId: undefined as CardId | undefined,
  answer: 'yes-no',
  when: { kind: 'interval', seconds: 60 },
  checks: 'every',
};

describe("the teacher's targets", () => {
  test('a teacher defines a target; it is asked at once, and saved again in place', async () => {
    const saved = await saveTarget(db, TEACHER, ana.id, undefined, { ...everyMinute, cardId: working }, NOW);
    expect(saved).toMatchObject({
      studentId: ana.id,
      question: 'Was I working?',
      cardId: working,
      answer: 'yes-no',
      when: { kind: 'interval', seconds: 60 },
      checks: 'every',
      active: true,
      createdAt: NOW,
    });
    // The cue is on unless turned off, and "off" is kept as such.
    expect(saved.sound).toBe(true);
    const quiet = await saveTarget(
      db,
      TEACHER,
      ana.id,
      saved.id,
      { ...everyMinute, sound: false },
      seconds(1),
    );
    expect(quiet.sound).toBe(false);

    const edited = await saveTarget(
      db,
      TEACHER,
      ana.id,
      saved.id,
      {
        question: 'Did I use a calm voice?',
        answer: 'scale',
        when: { kind: 'after-steps', stepIds: [steps[1], steps[1]] },
        sound: true,
        checks: 'random-1-in-4',
        tokenOnMatch: true,
      },
      seconds(5),
    );
    expect(edited).toMatchObject({
      id: saved.id,
      answer: 'scale',
      when: { kind: 'after-steps', stepIds: [steps[1]] },
      sound: true,
      tokenOnMatch: true,
      createdAt: NOW,
      updatedAt: seconds(5),
    });
    expect(edited).not.toHaveProperty('cardId');
    expect(await targetsOf(db, ana.id)).toEqual([edited]);
  });

  test('an interval question kept to some activities names each once; what is no card is refused; the countdown is the teacher’s choice', async () => {
    const saved = await saveTarget(
      db,
      TEACHER,
      ana.id,
      undefined,
      {
        ...everyMinute,
        when: { kind: 'interval', seconds: 60, during: [working, working] },
        countdown: true,
      },
      NOW,
    );
    expect(saved).toMatchObject({
      when: { kind: 'interval', seconds: 60, during: [working] },
      countdown: true,
    });
    const allDay = await saveTarget(db, TEACHER, ana.id, saved.id, everyMinute, seconds(1));
    expect(allDay.when).toEqual({ kind: 'interval', seconds: 60 });
    expect(allDay.countdown).toBe(false);
    await expect(
      saveTarget(
        db,
        TEACHER,
        ana.id,
        saved.id,
        { ...everyMinute, when: { kind: 'interval', seconds: 60, during: [ulid<'card'>(NOW)] } },
        seconds(2),
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await targetsOf(db, ana.id)).toEqual([allDay]);
  });

  test('a stopped target is kept, but the kiosk no longer asks it; it can be asked again', async () => {
    const saved = await saveTarget(db, TEACHER, ana.id, undefined, everyMinute, NOW);
    await setTargetActive(db, TEACHER, saved.id, false, seconds(1));
    expect(await activeTargetsOf(db, ana.id)).toEqual([]);
    expect(await targetsOf(db, ana.id)).toHaveLength(1);
    // Editing a stopped target does not start it again.
    await saveTarget(db, TEACHER, ana.id, saved.id, everyMinute, seconds(2));
    expect(await activeTargetsOf(db, ana.id)).toEqual([]);
    await setTargetActive(db, TEACHER, saved.id, true, seconds(3));
    expect(await activeTargetsOf(db, ana.id)).toHaveLength(1);
  });

  test('only a teacher defines or stops targets', async () => {
    await expect(saveTarget(db, PARA, ana.id, undefined, everyMinute, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(saveTarget(db, undefined, ana.id, undefined, everyMinute, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    const saved = await saveTarget(db, TEACHER, ana.id, undefined, everyMinute, NOW);
    await expect(setTargetActive(db, PARA, saved.id, false, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    expect(await activeTargetsOf(db, ana.id)).toHaveLength(1);
  });

  test.each([
    ['an empty question', { question: '   ' }],
    ['an interval under 30 s', { when: { kind: 'interval', seconds: 29 } }],
    ['an interval over 15 min', { when: { kind: 'interval', seconds: 901 } }],
    ['no steps to ask after', { when: { kind: 'after-steps', stepIds: [] } }],
    ['an unknown answer type', { answer: 'maybe' }],
    ['an unknown check schedule', { checks: 'sometimes' }],
    ['an unknown field', { colour: 'red' }],
  ])('%s is refused and nothing is written', async (_, change) => {
    await expect(
      saveTarget(db, TEACHER, ana.id, undefined, { ...everyMinute, ...change }, NOW),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await db.targets.count()).toBe(0);
  });

  test('the picture must be a card, the steps must be on the student’s schedules, the target must be theirs', async () => {
    const missingCard = { ...everyMinute, cardId: ulid<'card'>(NOW) };
    await expect(saveTarget(db, TEACHER, ana.id, undefined, missingCard, NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const otherStep = { ...everyMinute, when: { kind: 'after-steps', stepIds: [ulid<'step'>(NOW)] } };
    await expect(saveTarget(db, TEACHER, ana.id, undefined, otherStep, NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const unknown = ulid<'target'>(NOW) as TargetId;
    await expect(saveTarget(db, TEACHER, ana.id, unknown, everyMinute, NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    const ben = newStudent({ name: 'Ben' }, NOW);
    await db.students.add(ben);
    const saved = await saveTarget(db, TEACHER, ana.id, undefined, everyMinute, NOW);
    await expect(saveTarget(db, TEACHER, ben.id, saved.id, everyMinute, NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await targetsOf(db, ana.id)).toEqual([saved]);
  });
});
