import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { addStudent } from '../../src/db/repos/students';
import { targetsOf } from '../../src/db/repos/target-reads';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { TARGET_QUESTION_MAX_LENGTH } from '../../src/domain/self-monitoring';
import { TargetForm } from '../../src/ui/teacher/self-checks/target-form';

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

test('a new self-check is saved with what the teacher chose, and the form starts again empty', async () => {
  const user = userEvent.setup();
  render(() => <TargetForm student={ana} />);
  const question = screen.getByLabelText('Question, in the student’s own words');
  await user.type(question, 'Was I working?');
  await user.click(screen.getByRole('radio', { name: 'A level from 1 to 5' }));
  await user.selectOptions(screen.getByLabelText('Ask every'), '120');
  // The question comes with a sound unless the teacher turns it off.
  expect(
    screen.getByRole('checkbox', { name: 'A soft sound, or a vibration, when it is time' }),
  ).toHaveProperty('checked', true);
  await user.click(screen.getByRole('radio', { name: 'Every 2nd time' }));
  await user.click(screen.getByRole('button', { name: 'Save the self-check' }));

  expect(await screen.findByText('Saved: “Was I working?” for Ana.')).toBeTruthy();
  expect(question).toHaveProperty('value', '');
  expect(await targetsOf(db, ana.id)).toMatchObject([
    {
      question: 'Was I working?',
      answer: 'scale',
      when: { kind: 'interval', seconds: 120 },
      sound: true,
      checks: 'every-2nd',
    },
  ]);
});

test('asking after steps needs a step: the form says so and saves nothing', async () => {
  const user = userEvent.setup();
  render(() => <TargetForm student={ana} />);
  await user.type(screen.getByLabelText('Question, in the student’s own words'), 'Did I use a calm voice?');
  await user.click(screen.getByRole('radio', { name: 'At the end of chosen steps' }));
  expect(screen.getByText('Ana has no steps yet. Steps are planned in Schedules.')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Save the self-check' }));

  expect(await screen.findByText('Choose at least one step to ask after.')).toBeTruthy();
  expect(await targetsOf(db, ana.id)).toEqual([]);
});

test('the question keeps to its limit, as the form is told by the domain', () => {
  render(() => <TargetForm student={ana} />);
  const question = screen.getByLabelText('Question, in the student’s own words');
  expect(question.getAttribute('maxlength')).toBe(String(TARGET_QUESTION_MAX_LENGTH));
});
