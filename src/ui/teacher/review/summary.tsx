import { For, Show } from 'solid-js';
import type { FidelityShortfall } from '../../../domain/fidelity';
import type { ProgressDecisions } from '../../../domain/review/decisions';
import type { DayRange, RangeFigures } from '../../../domain/review/independence';
import type { ReviewPlan } from '../../../domain/review/plan';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { formatDay, formatPercent, formatRange, formatSeconds } from './format';

/** The figures in plain sentences, as a teacher would write them in a progress report. */
export function Summary(props: {
  range: DayRange;
  figures: RangeFigures;
  plan: ReviewPlan;
  baseline?: RangeFigures;
  trial?: RangeFigures;
  decisions: ProgressDecisions;
  today: SchoolDay;
  /** A measure of the week's fidelity that falls short: asked about before any change to the plan. */
  shortfall?: FidelityShortfall | undefined;
  fidelityMonday: SchoolDay;
}) {
  // Fidelity first: flat or falling data suggest a change only once the plan is known to be carried out.
  const notProgressing = () =>
    props.decisions.decision === 'change-plan' ||
    ['slower', 'flat', 'away'].includes(props.decisions.trendAgainstAim ?? '');
  return (
    <div class="review-summary">
      <Show when={props.figures.share !== undefined} fallback={<p>{t('review.noData')}</p>}>
        <p>
          {t('review.summaryRange', {
            percent: formatPercent(props.figures.share),
            starts: props.figures.starts,
            days: props.figures.days,
            dates: formatRange(props.range),
          })}
        </p>
      </Show>
      <Show when={props.plan.baseline}>
        {(baseline) => (
          <p>
            {props.baseline?.share === undefined
              ? t('review.summaryBaselineNoData', { dates: formatRange(baseline()) })
              : t('review.summaryBaseline', {
                  dates: formatRange(baseline()),
                  percent: formatPercent(props.baseline.share),
                })}
          </p>
        )}
      </Show>
      <Show when={props.plan.trial}>
        {(trial) => (
          <p>
            {props.trial?.share === undefined
              ? t('review.summaryTrialNoData', { dates: formatRange(trial()) })
              : t('review.summaryTrial', {
                  dates: formatRange(trial()),
                  percent: formatPercent(props.trial.share),
                })}
          </p>
        )}
      </Show>
      <Show when={props.plan.aimPercent}>
        {(aim) => <p>{t('review.summaryAim', { percent: formatPercent(aim() / 100) })}</p>}
      </Show>
      <Show when={props.plan.aimPercent && props.plan.goalDay && !props.decisions.aim}>
        <p>{t('review.aimlineNeeds')}</p>
      </Show>
      <Show when={notProgressing() && props.shortfall}>
        {(short) => (
          <p class="decision">
            {t(`review.fidelityFirst.${short().measure}`, {
              kept: short().kept,
              of: short().of,
              date: formatDay(props.fidelityMonday),
            })}
          </p>
        )}
      </Show>
      <Show when={props.decisions.decision}>
        {(decision) => <p class="decision">{t(`review.decision.${decision()}`)}</p>}
      </Show>
      <Show when={props.decisions.trendAgainstAim}>
        {(comparison) => <p>{t(`review.trendAgainstAim.${comparison()}`)}</p>}
      </Show>
      <Show when={props.decisions.mastered && props.plan.mastery}>
        {(criterion) => (
          <p>
            {t('review.mastered', {
              day: formatDay(props.decisions.mastered ?? props.today),
              percent: formatPercent(criterion().percent / 100),
              days: criterion().days,
            })}
          </p>
        )}
      </Show>
      <For each={props.decisions.probes}>
        {(probe) => {
          const name = t(`review.probe.${probe.weeks}`);
          const result = probe.result;
          if (result)
            return (
              <p>
                {t('review.probeResult', {
                  probe: name,
                  day: formatDay(result.day),
                  percent: formatPercent(result.share),
                })}
              </p>
            );
          return probe.due <= props.today ? (
            <p class="decision">{t('review.probeDue', { probe: name, day: formatDay(probe.due) })}</p>
          ) : (
            <p>{t('review.probeWaiting', { probe: name, day: formatDay(probe.due) })}</p>
          );
        }}
      </For>
      <Show when={props.decisions.code}>
        {(code) => <p class="decision">{t('review.suggestedCode', { code: t(`review.code.${code()}`) })}</p>}
      </Show>
      <Show when={props.figures.meanLatencyMs}>
        {(latency) => <p>{t('review.summaryLatency', { seconds: formatSeconds(latency()) })}</p>}
      </Show>
      <Show when={props.figures.choices + props.figures.tokens + props.figures.rewards > 0}>
        <p>
          {t('review.summaryChoices', {
            choices: props.figures.choices,
            tokens: props.figures.tokens,
            rewards: props.figures.rewards,
          })}
        </p>
      </Show>
    </div>
  );
}
