import { MemoryRouter, Route } from '@solidjs/router';
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { createCard } from '../../src/db/repos/cards';
import { scheduleToEdit } from '../../src/db/repos/schedules';
import { addStudent } from '../../src/db/repos/students';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import type { ScheduleSlot } from '../../src/domain/schedule';
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
function renderEditor(onDirtyChange: (dirty: boolean) => void = () => {}) {
  render(() => (
    <MemoryRouter>
      <Route
        path="/"
        component={() => (
          <ScheduleEditor student={ana} students={[ana]} slot={MONDAYS} onDirtyChange={onDirtyChange} />
        )}
      />
    </MemoryRouter>
  ));
}

async function addStep(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.selectOptions(await screen.findByLabelText('Card to add'), label);
  await user.click(screen.getByRole('button', { name: 'Add to the schedule' }));
}

const stepNames = () =>
  within(screen.getByRole('list', { name: 'Steps, in order' }))
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.step-label')?.textContent);

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
