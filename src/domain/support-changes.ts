// A change to a support the adults carry out for a student (issue 23): the token board, the ratings
// that call for a staff response, the response at a level of the scale, the start-of-day check-in.
// Told to the paras like a change to a fading plan or a schedule; kept as data, the words made at
// display time in the reader's language.
import type { ScaleLevel } from './events';
import type { Need } from './needs';
import type { ScaleLevelPlan } from './scales';
import type { TokenPlan } from './tokens';

/** The terms of a token board an adult works by: how many tokens, how long the reward, what earns one. */
export type TokenTerms = Pick<TokenPlan, 'spots' | 'rewardMinutes' | 'fromSteps'>;

/** One change; a token board given has no `before`, one taken away no `after`. */
export type SupportChange =
  | { support: 'tokens'; before?: TokenTerms; after?: TokenTerms }
  | { support: 'alert-levels'; before: ScaleLevel[]; after: ScaleLevel[] }
  | { support: 'staff-response'; level: ScaleLevel; before: string; after: string }
  | { support: 'needs'; before: Need[]; after: Need[] };

const termsOf = (plan: TokenPlan | undefined): TokenTerms | undefined =>
  plan && { spots: plan.spots, rewardMinutes: plan.rewardMinutes, fromSteps: plan.fromSteps };

/**
 * The token board's change for the adults, or nothing when its terms stayed (the board the student
 * picks a reward from is the student's to see, not a change in what the adults do).
 */
export function composeTokenChange(
  before: TokenPlan | undefined,
  after: TokenPlan | undefined,
): SupportChange | undefined {
  const [was, now] = [termsOf(before), termsOf(after)];
  if (!was && !now) return undefined;
  if (
    was &&
    now &&
    was.spots === now.spots &&
    was.rewardMinutes === now.rewardMinutes &&
    was.fromSteps === now.fromSteps
  )
    return undefined;
  return { support: 'tokens', ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) };
}

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Which ratings call for an answer at once, when that set changed (in level order). */
export function composeAlertChange(
  before: readonly ScaleLevel[],
  after: readonly ScaleLevel[],
): SupportChange | undefined {
  if (sameSet(before, after)) return undefined;
  const ordered = (levels: readonly ScaleLevel[]) => [...levels].sort((a, b) => a - b);
  return { support: 'alert-levels', before: ordered(before), after: ordered(after) };
}

/** The staff response of each level whose words changed (spacing aside), from the scale before to after. */
export function composeStaffResponseChanges(
  before: readonly Pick<ScaleLevelPlan, 'level' | 'staffResponse'>[],
  after: readonly Pick<ScaleLevelPlan, 'level' | 'staffResponse'>[],
): SupportChange[] {
  return after.flatMap((level): SupportChange[] => {
    const was = before.find((each) => each.level === level.level)?.staffResponse.trim() ?? '';
    const now = level.staffResponse.trim();
    return was === now ? [] : [{ support: 'staff-response', level: level.level, before: was, after: now }];
  });
}

/** The items of the start-of-day check-in, when the teacher chose others. */
export function composeNeedsChange(
  before: readonly Need[],
  after: readonly Need[],
): SupportChange | undefined {
  return sameSet(before, after) ? undefined : { support: 'needs', before: [...before], after: [...after] };
}
