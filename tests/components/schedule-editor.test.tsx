import { MemoryRouter, Route } from '@solidjs/router';
import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { saveBoard } from '../../src/db/repos/boards';
import { listCards } from '../../src/db/repos/card-reads';
import { createCard } from '../../src/db/repos/cards';
import { saveSchedule, scheduleToEdit } from '../../src/db/repos/schedules';
import { addStudent } from '../../src/db/repos/students';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { type ScheduleSlot, weekdayOf } from '../../src/domain/schedule';
import { dayAfter, schoolDayOf } from '../../src/domain/time';
import { ScheduleEditor } from '../../src/ui/teacher/schedules/schedule-editor';

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};
const MONDAYS: ScheduleSlot = { kind: 'template', weekday: 1 };
let ana: Student;

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  ana = await addStudent(db, teacher, { name: 'Ana' }, clock.now());
  for (const label of ['Arrival', 'Reading', 'Math']) await createCard(db, teacher, { label }, clock.now());
  return endAdultSession;
});

/** The editor as the Schedules screen shows it, inside the router it needs to hold unsaved steps. */
function renderEditor(onDirtyChange: (dirty: boolean) => void = () => {}, slot: ScheduleSlot = MONDAYS) {
  render(() => (
    <MemoryRouter>
      <Route
        path="/"
        component={() => (
          <ScheduleEditor student={ana} students={[ana]} slot={slot} onDirtyChange={onDirtyChange} />
        )}
      />
    </MemoryRouter>
  ));
}

async function addStep(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.selectOptions(await screen.findByLabelText('Card to add'), label);
  await user.click(screen.getByRole('button', { name: 'Add to the schedule' }));
}

// The steps themselves, not the steps inside them.
const stepNames = () =>
  [...screen.getByRole('list', { name: 'Steps, in order' }).querySelectorAll(':scope > li')].map(
    (row) => row.querySelector('.step-label')?.textContent,
  );

test('steps added, timed and reordered are saved as the teacher left them', async () => {
  const user = userEvent.setup();
  const dirtyChanges = vi.fn();
  renderEditor(dirtyChanges);
  expect(
    await screen.findByText('No steps yet. Choose a card below and add it to the schedule.'),
  ).toBeTruthy();
  await addStep(user, 'Arrival');
  await addStep(user, 'Reading');
  await addStep(user, 'Math');
  expect(screen.getByText('Unsaved changes')).toBeTruthy();
  expect(dirtyChanges).toHaveBeenLastCalledWith(true);

  await user.click(screen.getByRole('button', { name: 'Move Math up' }));
  expect(stepNames()).toEqual(['Arrival', 'Math', 'Reading']);
  const readingTimer = screen.getByRole('textbox', { name: 'Reading Timer (minutes)' });
  await user.type(readingTimer, '15');
  await user.tab();
  await user.click(screen.getByRole('button', { name: 'Save schedule' }));

  expect(await screen.findByText(/^Saved: Every Monday for Ana\.$/)).toBeTruthy();
  expect(screen.queryByText('Unsaved changes')).toBeNull();
  expect(dirtyChanges).toHaveBeenLastCalledWith(false);
  const saved = await scheduleToEdit(db, ana.id, MONDAYS);
  expect(saved.items.map((item) => item.durationMinutes)).toEqual([undefined, undefined, 15]);
});

test('a timer out of range is refused in words and leaves the step without one', async () => {
  const user = userEvent.setup();
  renderEditor();
  await addStep(user, 'Reading');
  const timer = screen.getByRole('textbox', { name: 'Reading Timer (minutes)' });
  await user.type(timer, '999');
  await user.tab();

  expect(screen.getByRole('alert').textContent).toBe(
    'A timer is a whole number of minutes from 1 to 240. Leave it empty for no timer.',
  );
  expect(timer.getAttribute('aria-invalid')).toBe('true');
  await user.click(screen.getByRole('button', { name: 'Save schedule' }));
  await screen.findByText(/^Saved:/);
  const [reading, ...others] = (await scheduleToEdit(db, ana.id, MONDAYS)).items;
  expect(others).toEqual([]);
  expect(reading?.durationMinutes).toBeUndefined();
});

test('a removed step is gone from what is saved', async () => {
  const user = userEvent.setup();
  renderEditor();
  await addStep(user, 'Arrival');
  await addStep(user, 'Reading');
  await user.click(screen.getByRole('button', { name: 'Remove Arrival' }));
  expect(stepNames()).toEqual(['Reading']);
  await user.click(screen.getByRole('button', { name: 'Save schedule' }));
  await screen.findByText(/^Saved:/);
  expect((await scheduleToEdit(db, ana.id, MONDAYS)).items).toHaveLength(1);
});

test('a coming day is planned on its own from its weekday, with a step marked as a change; the weekday stays', async () => {
  const user = userEvent.setup();
  // The first Monday more than a week ahead, planned from the Monday schedule.
  let day = dayAfter(schoolDayOf(clock.now()), 8);
  while (weekdayOf(day) !== 1) day = dayAfter(day, 1);
  const cards = await listCards(db);
  const idOf = (label: string) => cards.find((card) => card.label === label)?.id ?? '';
  await saveSchedule(
    db,
    teacher,
    ana.id,
    MONDAYS,
    ['Arrival', 'Math'].map((label, index) => ({
      id: `01K00000000000000000000ST${index}`,
      cardId: idOf(label),
      miniSteps: [],
    })),
    clock.now(),
  );
  const slot: ScheduleSlot = { kind: 'day', day };
  renderEditor(undefined, slot);
  expect(
    await screen.findByText(/starts from the Monday schedule\. Changes here are for that day only/),
  ).toBeTruthy();
  await user.click(await screen.findByRole('button', { name: 'More for Math' }));
  await user.click(screen.getByRole('checkbox', { name: 'Math A change' }));
  await user.click(screen.getByRole('button', { name: 'Save schedule' }));
  expect(await screen.findByText(/^Saved: .+ only for Ana\.$/)).toBeTruthy();

  expect((await scheduleToEdit(db, ana.id, slot)).items.map((item) => item.isChange)).toEqual([
    undefined,
    true,
  ]);
  expect((await scheduleToEdit(db, ana.id, MONDAYS)).items.every((item) => item.isChange === undefined)).toBe(
    true,
  );
});

test('a weekday schedule has no change to mark: changes belong to one day', async () => {
  const user = userEvent.setup();
  renderEditor();
  await addStep(user, 'Reading');
  await user.click(screen.getByRole('button', { name: 'More for Reading' }));
  expect(screen.getByRole('checkbox', { name: 'Reading Check-in with the scale' })).toBeTruthy();
  expect(screen.queryByRole('checkbox', { name: 'Reading A change' })).toBeNull();
});

test('copying adds after the steps here unless the teacher chooses to replace them, and names what it replaces', async () => {
  const user = userEvent.setup();
  const cards = await listCards(db);
  const arrival = cards.find((card) => card.label === 'Arrival')?.id ?? '';
  await saveSchedule(
    db,
    teacher,
    ana.id,
    MONDAYS,
    [{ id: '01K00000000000000000000ST9', cardId: arrival, miniSteps: [] }],
    clock.now(),
  );
  renderEditor(undefined, { kind: 'template', weekday: 2 });
  await addStep(user, 'Reading');
  await user.click(screen.getByText('Copy from another schedule'));
  await user.selectOptions(screen.getByLabelText('Copy from schedule'), 'Every Monday');
  expect(screen.getByRole('radio', { name: 'After the steps here' })).toHaveProperty('checked', true);
  await user.click(screen.getByRole('button', { name: 'Copy the steps here' }));
  // The copy reads the other schedule from the database before it changes the list.
  await waitFor(() => expect(stepNames()).toEqual(['Reading', 'Arrival']));

  await user.click(screen.getByRole('radio', { name: 'In place of the steps here' }));
  expect(screen.getByText('This replaces the 2 steps here: Reading, Arrival.')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Copy the steps here' }));
  await waitFor(() => expect(stepNames()).toEqual(['Arrival']));
});

test('one edit repeats on the weekdays chosen, saying first which of them lose their own steps', async () => {
  const user = userEvent.setup();
  const cards = await listCards(db);
  const math = cards.find((card) => card.label === 'Math')?.id ?? '';
  const WEDNESDAYS: ScheduleSlot = { kind: 'template', weekday: 3 };
  await saveSchedule(
    db,
    teacher,
    ana.id,
    WEDNESDAYS,
    [{ id: '01K00000000000000000000ST8', cardId: math, miniSteps: [] }],
    clock.now(),
  );
  renderEditor();
  await addStep(user, 'Arrival');
  await addStep(user, 'Reading');
  const repeat = screen.getByRole('group', { name: 'Also use these steps every' });
  for (const box of within(repeat).getAllByRole('checkbox')) expect(box).toHaveProperty('checked', false);
  await user.click(await within(repeat).findByRole('checkbox', { name: 'Wednesday (replaces its 1 step)' }));
  await user.click(within(repeat).getByRole('checkbox', { name: 'Friday' }));
  await user.click(screen.getByRole('button', { name: 'Save schedule' }));

  expect(
    await screen.findByText('Saved: Every Monday for Ana, and the same steps every Wednesday, Friday.'),
  ).toBeTruthy();
  const labels = async (weekday: 1 | 2 | 3 | 4 | 5) =>
    (await scheduleToEdit(db, ana.id, { kind: 'template', weekday })).items.map(
      (item) => cards.find((card) => card.id === item.cardId)?.label,
    );
  expect(await labels(1)).toEqual(['Arrival', 'Reading']);
  expect(await labels(3)).toEqual(['Arrival', 'Reading']);
  expect(await labels(5)).toEqual(['Arrival', 'Reading']);
  expect(await labels(2)).toEqual([]);
});

test('a step is one line; its other settings and mini-schedule open under More, and what is set is said while closed', async () => {
  const user = userEvent.setup();
  const cards = await listCards(db);
  await saveBoard(
    db,
    teacher,
    undefined,
    { name: 'Snacks', options: cards.slice(0, 2).map((card) => ({ cardId: card.id })) },
    clock.now(),
  );
  renderEditor();
  await addStep(user, 'Math');
  await addStep(user, 'Reading');
  const more = screen.getByRole('button', { name: 'More for Math' });
  expect(more.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByRole('checkbox', { name: 'Math Check-in with the scale' })).toBeNull();

  await user.click(more);
  expect(more.getAttribute('aria-expanded')).toBe('true');
  const panel = document.getElementById(more.getAttribute('aria-controls') ?? '');
  expect(panel?.contains(screen.getByRole('checkbox', { name: 'Math Check-in with the scale' }))).toBe(true);
  await user.click(screen.getByRole('checkbox', { name: 'Math Check-in with the scale' }));
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Math Choice board' }), 'Snacks');
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Math Student puts in order' }),
    'the next 2 steps',
  );
  await user.selectOptions(screen.getByLabelText('Card for a step inside Math'), 'Arrival');
  await user.click(screen.getByRole('button', { name: 'Add a step inside Math' }));
  await user.selectOptions(screen.getByLabelText('Card for a step inside Math'), 'Reading');
  await user.click(screen.getByRole('button', { name: 'Add a step inside Math' }));
  expect(screen.getByRole('heading', { name: 'Steps inside Math (2)' })).toBeTruthy();

  // Open follows the step, not its place in the list.
  await user.click(screen.getByRole('button', { name: 'Move Math down' }));
  expect(stepNames()).toEqual(['Reading', 'Math']);
  expect(screen.getByRole('button', { name: 'More for Math' }).getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByRole('button', { name: 'More for Reading' }).getAttribute('aria-expanded')).toBe(
    'false',
  );

  await user.click(screen.getByRole('button', { name: 'More for Math' }));
  expect(screen.queryByRole('list', { name: 'Steps inside Math' })).toBeNull();
  const math = screen
    .getAllByRole('listitem')
    .find((row) => row.querySelector('.step-label')?.textContent === 'Math');
  expect(math?.querySelector('.step-facts')?.textContent).toBe(
    'Inside: Arrival, Reading · Board: Snacks · Puts the next 2 steps in order · Check-in',
  );
});
