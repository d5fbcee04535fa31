import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test, vi } from 'vitest';
import type { StudentId } from '../../src/domain/ids';
import type { Student } from '../../src/domain/people';
import { loadLocale } from '../../src/i18n';
import { StudentPicker } from '../../src/ui/student/student-picker';

beforeAll(() => loadLocale('en'));

const student = (id: string, name: string): Student => ({
  id: id as StudentId,
  name,
  locale: 'en',
  createdAt: 0,
  updatedAt: 0,
});

test('the class list is in the order a person reads it, whatever order the students come in', async () => {
  // As the kiosk's start reads them: in the order they were added.
  const students = [
    student('01K000000000000000000000S1', 'Student 10'),
    student('01K000000000000000000000S2', 'Óscar'),
    student('01K000000000000000000000S3', 'Student 2'),
    student('01K000000000000000000000S4', 'ana'),
  ];
  const onPick = vi.fn();
  render(() => <StudentPicker students={students} onPick={onPick} />);

  // The name under each picture, as the tiles read from the top.
  const names = screen.getAllByRole('button').map((button) => button.lastElementChild?.textContent);
  expect(names).toEqual(['ana', 'Óscar', 'Student 2', 'Student 10']);
  await userEvent.click(screen.getByRole('button', { name: 'Student 2' }));
  expect(onPick).toHaveBeenCalledWith('01K000000000000000000000S3');
});
