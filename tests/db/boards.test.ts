import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { boardById } from '../../src/db/repos/board-reads';
import { saveBoard, setShownOptions } from '../../src/db/repos/boards';
import { createCard } from '../../src/db/repos/cards';
import { chooseOrder, closeBoard, openBoard, recordChoice } from '../../src/db/repos/choices';
import { scheduleFor } from '../../src/db/repos/schedule-reads';
import { saveSchedule } from '../../src/db/repos/schedules';
import { completeSetup } from '../../src/db/repos/setup';
import { optionsFor } from '../../src/domain/boards';
import type { BoardId, CardId, OptionId, StaffId, StepId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import type { ScheduleItem } from '../../src/domain/schedule';
import { schoolDayOf } from '../../src/domain/time';
import { freshDb } from '../support/fresh-db';

const NOW = new Date(2026, 8, 7, 9, 0).getTime();

let db: AppDb;
let teacher: AdultSession;
let ana: StudentId;
let cards: CardId[];
beforeEach(async () => {
  db = freshDb();
  const setup = await completeSetup(db, { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' }, NOW);
  teacher = setup.session;
  if (!setup.student) throw new Error('setup makes the first student');
  ana = setup.student.id;
  cards = [];
  for (const label of ['Lego', 'Swing', 'Music', 'Puzzle'])
    cards.push((await createCard(db, teacher, { label }, NOW)).id);
});

const options = (...cardIds: CardId[]) => cardIds.map((cardId) => ({ cardId }));
const para: AdultSession = { staffId: ulid<'staff'>(NOW) as StaffId, role: 'para', name: 'Mr. Lee' };

describe('choice boards', () => {
  test('a teacher makes a board; editing it keeps the ids of the options that stay', async () => {
    const board = await saveBoard(
      db,
      teacher,
      undefined,
      { name: ' Break ', options: options(...cards) },
      NOW,
    );
    expect(board).toMatchObject({ name: 'Break', shown: {}, createdAt: NOW });
    expect(board.options.map((option) => option.cardId)).toEqual(cards);

    const [lego, , music] = board.options;
    const edited = await saveBoard(
      db,
      teacher,
      board.id,
      { name: 'Break time', options: [music, lego] },
      NOW + 1,
    );

    expect(edited.id).toBe(board.id);
    expect(edited.options).toEqual([music, lego]);
    expect(await db.boards.count()).toBe(1);
  });

  test('a board needs two options, known cards and a teacher; nothing is written otherwise', async () => {
    const refused: [() => Promise<unknown>, string][] = [
      [
        () => saveBoard(db, teacher, undefined, { name: 'One', options: options(cards[0] as CardId) }, NOW),
        'invalid-input',
      ],
      [
        () => saveBoard(db, teacher, undefined, { name: '', options: options(...cards) }, NOW),
        'invalid-input',
      ],
      [
        () =>
          saveBoard(
            db,
            teacher,
            undefined,
            { name: 'Ghost', options: options(ulid<'card'>(NOW) as CardId, ...cards) },
            NOW,
          ),
        'not-found',
      ],
      [
        () =>
          saveBoard(
            db,
            teacher,
            ulid<'board'>(NOW) as BoardId,
            { name: 'Lost', options: options(...cards) },
            NOW,
          ),
        'not-found',
      ],
    ];
    for (const [save, code] of refused) await expect(save()).rejects.toMatchObject({ code });
    await expect(
      saveBoard(db, para, undefined, { name: 'Break', options: options(...cards) }, NOW),
    ).rejects.toMatchObject({
      code: 'not-allowed',
    });
    expect(await db.boards.count()).toBe(0);
  });

  test('each student sees the options the teacher chose for them, in that order', async () => {
    const board = await saveBoard(db, teacher, undefined, { name: 'Break', options: options(...cards) }, NOW);
    const [lego, swing, music] = board.options.map((option) => option.id) as [OptionId, OptionId, OptionId];

    const narrowed = await setShownOptions(db, teacher, board.id, ana, [music, lego], NOW);
    expect(optionsFor(narrowed, ana).map((option) => option.id)).toEqual([music, lego]);

    await expect(setShownOptions(db, teacher, board.id, ana, [music], NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(setShownOptions(db, teacher, board.id, ana, [music, music], NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(setShownOptions(db, para, board.id, ana, [swing, lego], NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    expect((await boardById(db, board.id))?.shown).toEqual({ [ana]: [music, lego] });

    // An option taken off the board leaves the student's list; too few left shows them all again.
    const withoutMusic = board.options.filter((option) => option.id !== music);
    const edited = await saveBoard(db, teacher, board.id, { name: 'Break', options: withoutMusic }, NOW);
    expect(edited.shown).toEqual({});
    expect(optionsFor(edited, ana)).toEqual(withoutMusic);
  });
});

describe('the student choosing', () => {
  test('a choice is stored with its card, board and step, and counted in the day', async () => {
    const board = await saveBoard(db, teacher, undefined, { name: 'Break', options: options(...cards) }, NOW);
    const option = board.options[1];
    if (!option) throw new Error('the board has options');
    const stepId = ulid<'step'>(NOW) as StepId;

    const event = await recordChoice(db, ana, { boardId: board.id, optionId: option.id, stepId }, NOW);

    expect(event).toMatchObject({
      type: 'choice-made',
      studentId: ana,
      actor: { kind: 'student' },
      boardId: board.id,
      optionId: option.id,
      cardId: option.cardId,
      stepId,
      at: NOW,
    });
    expect(await db.events.toArray()).toEqual([event]);
    expect((await db.rollups.toArray())[0]?.choices).toBe(1);
  });

  test('an option the student was not shown cannot be chosen, and nothing is written', async () => {
    const board = await saveBoard(db, teacher, undefined, { name: 'Break', options: options(...cards) }, NOW);
    const [lego, swing, music] = board.options.map((option) => option.id) as [OptionId, OptionId, OptionId];
    await setShownOptions(db, teacher, board.id, ana, [lego, swing], NOW);

    await expect(recordChoice(db, ana, { boardId: board.id, optionId: music }, NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await db.events.count()).toBe(0);
  });
});

describe("a board an adult opens on the student's screen", () => {
  test('the choice on it is recorded with the opening, and closes it', async () => {
    const board = await saveBoard(db, teacher, undefined, { name: 'Break', options: options(...cards) }, NOW);
    const option = board.options[0];
    if (!option) throw new Error('the board has options');
    const opening = await openBoard(db, para, ana, board.id, NOW);
    expect(opening).toMatchObject({ type: 'board-opened', actor: { kind: 'staff', staffId: para.staffId } });

    const choice = await recordChoice(
      db,
      ana,
      { boardId: board.id, optionId: option.id, opening: opening.id },
      NOW + 1,
    );

    expect(choice).toMatchObject({ type: 'choice-made', opening: opening.id, cardId: option.cardId });
    // Chosen once: the same opening cannot take a second choice, nor be closed.
    await expect(
      recordChoice(db, ana, { boardId: board.id, optionId: option.id, opening: opening.id }, NOW + 2),
    ).rejects.toMatchObject({ code: 'state-changed' });
    await expect(closeBoard(db, para, ana, opening.id, NOW + 2)).rejects.toMatchObject({
      code: 'state-changed',
    });
    expect(await db.events.count()).toBe(2);
    expect((await db.rollups.toArray())[0]?.choices).toBe(1);
  });

  test('an adult closes it without a choice; then nothing can be chosen on it', async () => {
    const board = await saveBoard(db, teacher, undefined, { name: 'Break', options: options(...cards) }, NOW);
    const option = board.options[0];
    if (!option) throw new Error('the board has options');
    const opening = await openBoard(db, teacher, ana, board.id, NOW);
    await closeBoard(db, teacher, ana, opening.id, NOW + 1);

    await expect(
      recordChoice(db, ana, { boardId: board.id, optionId: option.id, opening: opening.id }, NOW + 2),
    ).rejects.toMatchObject({ code: 'state-changed' });
    expect((await db.events.toArray()).map((event) => event.type)).toEqual(['board-opened', 'board-closed']);
  });

  test('only an adult opens or closes a board, and only a board that exists', async () => {
    const board = await saveBoard(db, teacher, undefined, { name: 'Break', options: options(...cards) }, NOW);
    await expect(openBoard(db, undefined, ana, board.id, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(openBoard(db, teacher, ana, ulid<'board'>(NOW) as BoardId, NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    const opening = await openBoard(db, teacher, ana, board.id, NOW);
    await expect(closeBoard(db, undefined, ana, opening.id, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    expect(await db.events.count()).toBe(1);
  });
});

describe('the student ordering the next steps', () => {
  test('the schedule takes the chosen order and the choice is recorded, together', async () => {
    const day = schoolDayOf(NOW);
    const steps = cards.map(
      (cardId): ScheduleItem => ({ id: ulid<'step'>(NOW) as StepId, cardId, miniSteps: [] }),
    );
    const [first, second, third, fourth] = steps as [ScheduleItem, ScheduleItem, ScheduleItem, ScheduleItem];
    await saveSchedule(
      db,
      teacher,
      ana,
      { kind: 'day', day },
      [{ ...first, chooseOrderOf: 2 }, second, third, fourth],
      NOW,
    );

    await expect(chooseOrder(db, ana, day, [third.id, fourth.id], NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(chooseOrder(db, ana, day, [third.id, third.id], NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await db.events.count()).toBe(0);

    const reordered = await chooseOrder(db, ana, day, [third.id, second.id], NOW);

    expect(reordered.items.map((item) => item.id)).toEqual([first.id, third.id, second.id, fourth.id]);
    expect((await scheduleFor(db, ana, { kind: 'day', day }))?.items).toEqual(reordered.items);
    expect(await db.events.toArray()).toMatchObject([
      { type: 'order-chosen', stepIds: [third.id, second.id] },
    ]);
    // Chosen once: the same order is not on offer again.
    await expect(chooseOrder(db, ana, day, [second.id, third.id], NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
