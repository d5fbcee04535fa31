import { render, screen } from '@solidjs/testing-library';
import { beforeAll, expect, test } from 'vitest';
import type { StudentId } from '../../src/domain/ids';
import type { KioskSnapshot } from '../../src/domain/kiosk-snapshot';
import type { SchoolDay } from '../../src/domain/time';
import { loadLocale } from '../../src/i18n';
import { SnapshotScreen } from '../../src/ui/student/snapshot-day';

// The kiosk's last screen, painted before the app has loaded: its control is there, in the
// student's words, and takes no tap.
const anasDay: KioskSnapshot = {
  version: 1,
  studentId: '01HZX0000000000000000000AN' as StudentId,
  day: '2026-12-04' as SchoolDay,
  locale: 'en',
  name: 'Ana',
  layout: 'list',
  steps: [
    { label: 'Arrival', status: 'finished' },
    { label: 'Bathroom', status: 'current' },
    { label: 'Lunch', status: 'upcoming' },
  ],
};

beforeAll(() => loadLocale('es'));

test('a step not yet started shows its Start, disabled', () => {
  render(() => <SnapshotScreen snapshot={{ ...anasDay, action: { tap: 'start' } }} />);
  expect((screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(true);
});

test('a started step shows the Done of its mini-step by name, disabled, in the student’s language', () => {
  const snapshot: KioskSnapshot = {
    ...anasDay,
    locale: 'es',
    steps: [{ label: 'Baño', status: 'current' }],
    action: { tap: 'done', miniStep: 'Lavar manos' },
  };
  render(() => <SnapshotScreen snapshot={snapshot} />);
  const done = screen.getByRole('button', { name: 'Terminé: Lavar manos' }) as HTMLButtonElement;
  expect(done.disabled).toBe(true);
  expect(screen.queryByRole('button', { name: 'Empezar' })).toBeNull();
});

test('a snapshot kept without a control shows none', () => {
  render(() => <SnapshotScreen snapshot={anasDay} />);
  expect(screen.queryByRole('button')).toBeNull();
});

test('now and next shows the count of finished steps, as the kiosk does below them', () => {
  const snapshot: KioskSnapshot = {
    ...anasDay,
    layout: 'now-next',
    steps: [
      { label: 'Bathroom', status: 'current' },
      { label: 'Lunch', status: 'upcoming' },
    ],
    finished: 2,
  };
  render(() => <SnapshotScreen snapshot={snapshot} />);
  expect(screen.getByText(/Finished: 2/)).toBeTruthy();
});
