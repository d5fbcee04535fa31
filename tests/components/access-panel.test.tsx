import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { getStudent } from '../../src/db/repos/student-reads';
import { addStudent } from '../../src/db/repos/students';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { AccessPanel } from '../../src/ui/teacher/schedules/access-panel';

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};
let ana: Student;

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  ana = await addStudent(db, teacher, { name: 'Ana' }, clock.now());
  return endAdultSession;
});

test('a student starts on touch; the teacher sets two switches with their own keys and speech', async () => {
  const user = userEvent.setup();
  render(() => <AccessPanel student={ana} />);
  expect(screen.getByRole('radio', { name: 'Touch' })).toHaveProperty('checked', true);
  expect(screen.queryByLabelText('Key that selects')).toBeNull();

  await user.click(screen.getByRole('radio', { name: /^Two switches/ }));
  await user.selectOptions(screen.getByLabelText(/^Key that moves the highlight/), '1');
  await user.selectOptions(screen.getByLabelText('Key that selects'), '2');
  await user.click(screen.getByRole('checkbox', { name: /Say the name of each control/ }));
  await user.click(screen.getByRole('button', { name: 'Save access' }));

  expect(await screen.findByText('Saved. Ana’s screen uses it right away.')).toBeTruthy();
  expect((await getStudent(db, ana.id))?.access).toEqual({
    mode: 'two-switch',
    scanMs: 2000,
    dwellMs: 1000,
    moveKey: '1',
    selectKey: '2',
    speakHighlight: true,
  });
});

test('scan and dwell times are the teacher’s, in seconds', async () => {
  const user = userEvent.setup();
  render(() => <AccessPanel student={ana} />);
  await user.click(screen.getByRole('radio', { name: /^One switch/ }));
  await user.selectOptions(screen.getByLabelText('Time on each control'), '3500');
  await user.click(screen.getByRole('radio', { name: /^Dwell/ }));
  expect(screen.queryByLabelText('Time on each control')).toBeNull();
  await user.selectOptions(screen.getByLabelText('Time to hold still'), '2500');
  await user.click(screen.getByRole('button', { name: 'Save access' }));

  expect(await screen.findByText('Saved. Ana’s screen uses it right away.')).toBeTruthy();
  expect((await getStudent(db, ana.id))?.access).toMatchObject({
    mode: 'dwell',
    scanMs: 3500,
    dwellMs: 2500,
  });
});

test('two switches on one key are refused in words, and nothing is stored', async () => {
  const user = userEvent.setup();
  render(() => <AccessPanel student={ana} />);
  await user.click(screen.getByRole('radio', { name: /^Two switches/ }));
  await user.selectOptions(screen.getByLabelText(/^Key that moves the highlight/), 'Enter');
  await user.click(screen.getByRole('button', { name: 'Save access' }));

  expect(
    await screen.findByText(
      'Two switches need two different keys: one moves, one selects. Nothing was saved.',
    ),
  ).toBeTruthy();
  expect((await getStudent(db, ana.id))?.access).toBeUndefined();
});
