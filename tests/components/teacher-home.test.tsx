import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { addStudent } from '../../src/db/repos/students';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { ReviewScreen } from '../../src/ui/teacher/review/review-screen';
import { TeacherHome } from '../../src/ui/teacher/teacher-home';

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  return endAdultSession;
});

async function addClass(names: readonly string[]) {
  for (const name of names) await addStudent(db, teacher, { name }, clock.now());
}

const renderHome = () =>
  render(() => (
    <MemoryRouter>
      <Route path="/" component={() => <TeacherHome session={teacher} />} />
    </MemoryRouter>
  ));

const classRows = () =>
  within(screen.getByRole('region', { name: 'Class today' }))
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.class-today-name')?.textContent);

test('a class of 30 is a row per student in class-list order, management folded away', async () => {
  await addClass(Array.from({ length: 30 }, (_, index) => `Student ${index + 1}`));
  renderHome();
  await screen.findByRole('region', { name: 'Class today' });
  await screen.findAllByText('Student 30');

  const rows = classRows();
  expect(rows).toHaveLength(30);
  expect(rows.slice(0, 3)).toEqual(['Student 1', 'Student 2', 'Student 3']);
  // Nobody's whole day is drawn until its row is opened.
  expect(screen.queryByRole('region', { name: /^Today for/ })).toBeNull();
  // Adding students and paras sits in a folded section.
  const manage = screen.getByText('Manage students and staff').closest('details');
  expect(manage?.open).toBe(false);
  expect(manage?.querySelector('#students-title')).not.toBeNull();
  expect(screen.getAllByRole('link', { name: 'Progress of Student 2' })[0]?.getAttribute('href')).toMatch(
    /^\/adult\/review\?student=[0-9A-HJKMNP-TV-Z]{26}$/,
  );
});

test('the search finds students by any part of the name, without minding accents or case', async () => {
  const user = userEvent.setup();
  await addClass(['José Núñez', 'Ana', 'Ben', 'Carla', 'Dev', 'Joselyn', 'Eva']);
  renderHome();
  await screen.findAllByText('Joselyn');

  await user.type(screen.getByRole('searchbox', { name: 'Find a student' }), 'JOSE');
  expect(classRows()).toEqual(['José Núñez', 'Joselyn']);
  expect(screen.getByText('2 students of 7 found')).toBeTruthy();

  await user.clear(screen.getByRole('searchbox', { name: 'Find a student' }));
  expect(classRows()).toHaveLength(7);
});

test('a row opens onto the student’s whole day', async () => {
  const user = userEvent.setup();
  await addClass(['Ana', 'Ben', 'Carla', 'Dev', 'Eva', 'Finn']);
  renderHome();
  await user.click(await screen.findByText('Carla'));
  expect(await screen.findByRole('region', { name: 'Today for Carla' })).toBeTruthy();
});

test('a class of five keeps each student’s day on the home itself', async () => {
  await addClass(['Ana', 'Ben', 'Carla', 'Dev', 'Eva']);
  renderHome();
  expect(await screen.findByRole('region', { name: 'Today for Eva' })).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Class today' })).toBeNull();
  expect(screen.queryByText('Manage students and staff')).toBeNull();
});

test('a row’s Progress link opens the review on that student; an id that is no student’s shows the first', async () => {
  await addClass(['Ana', 'Ben', 'Carla', 'Dev', 'Eva', 'Finn']);
  const ben = (await db.students.toArray()).find((student) => student.name === 'Ben');
  // jsdom has no constructed style sheets; the review's printed page margins need only a place.
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  // Nor does it scroll: the router scrolls to the top on following a link.
  window.scrollTo = () => undefined;
  if (!('replaceSync' in CSSStyleSheet.prototype))
    Object.defineProperty(CSSStyleSheet.prototype, 'replaceSync', { value: () => undefined });
  const reviewAt = (search: string) => {
    const history = createMemoryHistory();
    history.set({ value: `/adult/review${search}` });
    return render(() => (
      <MemoryRouter history={history}>
        <Route path="/adult/review" component={ReviewScreen} />
      </MemoryRouter>
    ));
  };
  const shown = reviewAt(`?student=${ben?.id}`);
  expect(await screen.findByRole('heading', { name: 'Progress report: Ben' })).toBeTruthy();
  shown.unmount();
  reviewAt('?student=not-an-id');
  expect(await screen.findByRole('heading', { name: 'Progress report: Ana' })).toBeTruthy();

  // The class overview below is found by name too, and a name there opens that student's report.
  const user = userEvent.setup();
  const overview = screen.getByRole('region', { name: 'Class overview' });
  await user.type(within(overview).getByRole('searchbox', { name: 'Find a student' }), 'FI');
  expect(
    within(overview)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('th')?.textContent),
  ).toEqual(['Finn']);
  await user.click(within(overview).getByRole('link', { name: 'Finn' }));
  expect(await screen.findByRole('heading', { name: 'Progress report: Finn' })).toBeTruthy();
});
