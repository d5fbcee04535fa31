import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { adultSession, endAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { needsSetup } from '../../src/db/repos/setup-state';
import { listStudents } from '../../src/db/repos/student-reads';
import { type SetupNavigation, SetupScreen } from '../../src/ui/setup/setup-screen';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  return endAdultSession;
});

function renderSetup() {
  const navigation = { toPrivacy: vi.fn(), toAdultArea: vi.fn() } satisfies SetupNavigation;
  render(() => <SetupScreen navigation={navigation} />);
  return navigation;
}

async function fillIn(pinAgain: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Your name'), 'Ms. Rivera');
  await user.type(screen.getByLabelText('Teacher PIN (4 to 8 digits)'), '2468');
  await user.type(screen.getByLabelText('Type the PIN again'), pinAgain);
  await user.type(screen.getByLabelText('First student’s name'), 'Ana');
  await user.click(screen.getByRole('button', { name: 'Finish setup' }));
}

// Setup hashes the PIN and the recovery code (PBKDF2, on purpose slow): seconds on a busy machine.
const HASHING_MS = 20_000;

test('setup writes the teacher and the first student, signs the teacher in, then leads to the adult area', {
  timeout: 2 * HASHING_MS,
}, async () => {
  const navigation = renderSetup();
  await fillIn('2468');

  await vi.waitFor(() => expect(navigation.toAdultArea).toHaveBeenCalledOnce(), { timeout: HASHING_MS });
  expect(await needsSetup(db)).toBe(false);
  expect((await listStudents(db)).map((student) => student.name)).toEqual(['Ana']);
  expect(adultSession()).toMatchObject({ role: 'teacher', name: 'Ms. Rivera' });
});

test('PINs that differ write nothing and stay on setup', async () => {
  const navigation = renderSetup();
  await fillIn('2469');

  expect((await screen.findByRole('alert')).textContent).toBe(
    'The two PINs are not the same. Type them again.',
  );
  expect(await needsSetup(db)).toBe(true);
  expect(navigation.toAdultArea).not.toHaveBeenCalled();
});

test('the privacy link leads through the navigation setup is given', async () => {
  const navigation = renderSetup();
  await userEvent.click(
    screen.getByRole('link', { name: 'Privacy: what this app keeps, and how to delete it' }),
  );

  expect(navigation.toPrivacy).toHaveBeenCalledOnce();
});
