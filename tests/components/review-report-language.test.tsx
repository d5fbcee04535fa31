import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { addStudent, updateStudentSettings } from '../../src/db/repos/students';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { ReviewScreen } from '../../src/ui/teacher/review/review-screen';

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};
let ben: Student;

// jsdom has no constructed style sheets; the report's page margins are made with one.
beforeAll(() => {
  if (!('adoptedStyleSheets' in document)) {
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
  }
  if (!('replaceSync' in CSSStyleSheet.prototype)) {
    Object.defineProperty(CSSStyleSheet.prototype, 'replaceSync', { value: () => undefined });
  }
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  await addStudent(db, teacher, { name: 'Ana' }, clock.now());
  ben = await addStudent(db, teacher, { name: 'Ben' }, clock.now());
  await updateStudentSettings(db, teacher, ben.id, { familyLocale: 'es' }, clock.now());
  return endAdultSession;
});

function renderReview(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path });
  return render(() => (
    <MemoryRouter history={history}>
      <Route path="/adult/review" component={ReviewScreen} />
    </MemoryRouter>
  ));
}

const report = () => screen.getByRole('article');

test('the review opens on the student its address names', async () => {
  renderReview(`/adult/review?student=${ben.id}`);
  expect(await screen.findByRole('heading', { name: 'Progress report: Ben' })).toBeTruthy();
  expect(screen.getByLabelText('Student')).toHaveProperty('value', ben.id);
});

test('an address naming no student here opens on the first', async () => {
  renderReview('/adult/review?student=01K0000000000000000000000X');
  expect(await screen.findByRole('heading', { name: 'Progress report: Ana' })).toBeTruthy();
});

test("the report prints in the family's language while the screen stays in the adult's", async () => {
  const user = userEvent.setup();
  renderReview(`/adult/review?student=${ben.id}`);
  await screen.findByRole('heading', { name: 'Progress report: Ben' });
  const printIn = screen.getByLabelText('Print in');
  // The adult's language first; the family's is named as theirs.
  expect(printIn).toHaveProperty('value', 'en');
  expect(within(printIn).getByRole('option', { name: 'Español (the family’s language)' })).toBeTruthy();
  expect(document.title).toMatch(/^Progress report, Ben, /);

  await user.selectOptions(printIn, 'es');
  expect(within(report()).getByRole('heading', { name: 'Informe de progreso: Ben' })).toBeTruthy();
  expect(report().getAttribute('lang')).toBe('es');
  expect(report().textContent).toContain('preparado por Ms Lee');
  // Dates in Spanish: the month's name as Spanish writes it, in the report and the document title.
  const spanishMonth = new Intl.DateTimeFormat('es', { month: 'short' }).format(clock.now());
  expect(report().textContent).toContain(spanishMonth);
  expect(document.title).toMatch(/^Informe de progreso, Ben, /);
  expect(document.title).toContain(spanishMonth);
  // The screen around the report keeps the adult's words.
  expect(screen.getByRole('heading', { level: 1, name: 'Progress' })).toBeTruthy();
  expect(screen.getByLabelText('Print in')).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Class overview' })).toBeTruthy();

  await user.selectOptions(printIn, 'en');
  expect(within(report()).getByRole('heading', { name: 'Progress report: Ben' })).toBeTruthy();
});
