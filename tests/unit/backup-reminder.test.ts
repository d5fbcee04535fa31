import { expect, test } from 'vitest';
import { backupOverdue, daysSince } from '../../src/domain/backup/reminder';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 8, 14, 9);

test('a tablet never backed up is reminded at once', () => {
  expect(backupOverdue(undefined, 7, NOW)).toBe(true);
});

test('the reminder comes once the last backup is as old as the teacher chose, not before', () => {
  expect(backupOverdue(NOW - 7 * DAY + 1, 7, NOW)).toBe(false);
  expect(backupOverdue(NOW - 7 * DAY, 7, NOW)).toBe(true);
  expect(backupOverdue(NOW - 2 * DAY, 1, NOW)).toBe(true);
  expect(daysSince(NOW - 7 * DAY - 5, NOW)).toBe(7);
});
