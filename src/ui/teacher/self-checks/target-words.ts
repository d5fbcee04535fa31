import type { CardId } from '../../../domain/ids';
import type { CheckFrequency, Target } from '../../../domain/self-monitoring';
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from '../../../domain/self-monitoring';
import { t } from '../../../i18n';

/** The intervals a teacher picks from: 30 seconds, then each whole minute up to 15. */
export const INTERVAL_CHOICES: readonly number[] = [
  MIN_INTERVAL_SECONDS,
  ...Array.from({ length: MAX_INTERVAL_SECONDS / 60 }, (_, index) => (index + 1) * 60),
];

/** "30 seconds", "1 minute", "5 minutes". */
export function intervalWords(seconds: number): string {
  if (seconds % 60 !== 0) return t('selfChecks.seconds', { count: seconds });
  return seconds === 60 ? t('selfChecks.minute') : t('selfChecks.minutes', { count: seconds / 60 });
}

export function checksWords(checks: CheckFrequency): string {
  return t(`selfChecks.checks.${checks}`);
}

/** One line about a target for the list: how it is answered, when, and how often it is checked. */
export function targetSummary(
  target: Target,
  stepLabel: (stepId: string) => string,
  activityLabel: (cardId: CardId) => string,
): string {
  const answer = t(`selfChecks.answer.${target.answer}`);
  const checks = checksWords(target.checks);
  const summary =
    target.when.kind === 'interval'
      ? t('selfChecks.summaryInterval', { answer, interval: intervalWords(target.when.seconds), checks })
      : t('selfChecks.summarySteps', {
          answer,
          steps: target.when.stepIds.map(stepLabel).join(', '),
          checks,
        });
  const during = target.when.kind === 'interval' ? (target.when.during ?? []) : [];
  const kept =
    during.length > 0
      ? `${summary} ${t('selfChecks.summaryDuring', { activities: during.map(activityLabel).join(', ') })}`
      : summary;
  return target.tokenOnMatch ? `${kept} ${t('selfChecks.summaryToken')}` : kept;
}
