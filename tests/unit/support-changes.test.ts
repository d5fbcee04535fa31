import { describe, expect, test } from 'vitest';
import { ulid } from '../../src/domain/ids';
import {
  composeAlertChange,
  composeNeedsChange,
  composeStaffResponseChanges,
  composeTokenChange,
} from '../../src/domain/support-changes';
import type { TokenPlan } from '../../src/domain/tokens';

const board: TokenPlan = { spots: 5, fromSteps: true, rewardMinutes: 3 };

describe('what changed in a support, for the adults', () => {
  test('a token board changes when its terms do, not when the reward board does', () => {
    expect(
      composeTokenChange(board, { ...board, reinforcerBoardId: ulid<'board'>(Date.UTC(2026, 0, 1)) }),
    ).toBeUndefined();
    expect(composeTokenChange(undefined, undefined)).toBeUndefined();
    expect(composeTokenChange(board, { ...board, rewardMinutes: 5 })).toEqual({
      support: 'tokens',
      before: { spots: 5, fromSteps: true, rewardMinutes: 3 },
      after: { spots: 5, fromSteps: true, rewardMinutes: 5 },
    });
    expect(composeTokenChange(undefined, board)).toEqual({ support: 'tokens', after: board });
    expect(composeTokenChange(board, undefined)).toEqual({ support: 'tokens', before: board });
  });

  test('alert levels change as a set, told in level order', () => {
    expect(composeAlertChange([5, 4], [4, 5])).toBeUndefined();
    expect(composeAlertChange([4, 5], [5, 3])).toEqual({
      support: 'alert-levels',
      before: [4, 5],
      after: [3, 5],
    });
  });

  test('a staff response changes per level, spacing aside; a new level’s response is a change from none', () => {
    const before = [
      { level: 3 as const, staffResponse: 'Offer a break' },
      { level: 4 as const, staffResponse: 'Walk together' },
    ];
    expect(
      composeStaffResponseChanges(before, [
        { level: 3, staffResponse: ' Offer a break ' },
        { level: 4, staffResponse: 'Quiet corner' },
        { level: 5, staffResponse: 'Call the office' },
      ]),
    ).toEqual([
      { support: 'staff-response', level: 4, before: 'Walk together', after: 'Quiet corner' },
      { support: 'staff-response', level: 5, before: '', after: 'Call the office' },
    ]);
  });

  test('the check-in’s items change as a set', () => {
    expect(composeNeedsChange(['ate', 'slept'], ['slept', 'ate'])).toBeUndefined();
    expect(composeNeedsChange([], ['unwell'])).toEqual({ support: 'needs', before: [], after: ['unwell'] });
  });
});
