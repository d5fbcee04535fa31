// A tab whose database closed for good (another tab restored a backup, or a newer version took
// the database over) keeps no snapshot of its screen: the next load would paint the replaced data.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { closeForGood } from '../../src/db/closed-for-good';
import { keepKioskSnapshot, readKioskSnapshot } from '../../src/db/repos/kiosk-snapshot';
import type { StudentId } from '../../src/domain/ids';
import type { KioskSnapshot } from '../../src/domain/kiosk-snapshot';
import type { SchoolDay } from '../../src/domain/time';
import { stubLocalStorage } from '../support/fresh-db';

const DAY = '2026-09-07' as SchoolDay;
const ANA = '01HZX0000000000000000000AN' as StudentId;
const screenOf = (current: string): KioskSnapshot => ({
  version: 1,
  studentId: ANA,
  day: DAY,
  locale: 'en',
  name: 'Ana',
  layout: 'list',
  steps: [
    { label: current, status: 'current' },
    { label: 'Lunch', status: 'upcoming' },
  ],
});

beforeEach(() => {
  stubLocalStorage();
});
afterEach(() => vi.unstubAllGlobals());

test('the screen is kept until the database closes for good, and not after', () => {
  keepKioskSnapshot(screenOf('Reading'));
  expect(readKioskSnapshot({ day: DAY, studentId: ANA })?.steps[0]?.label).toBe('Reading');
  closeForGood();
  keepKioskSnapshot(screenOf('Math'));
  expect(readKioskSnapshot({ day: DAY, studentId: ANA })?.steps[0]?.label).toBe('Reading');
});
