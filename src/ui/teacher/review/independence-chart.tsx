import { For, Show } from 'solid-js';
import { type DayIndependence, type DayRange, inRange } from '../../../domain/review/independence';
import type { ReviewPlan } from '../../../domain/review/plan';
import { t } from '../../../i18n';
import { formatDay, formatPercent } from './format';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };
const plotWidth = WIDTH - PAD.left - PAD.right;
const plotHeight = HEIGHT - PAD.top - PAD.bottom;

/**
 * The share of independent starts each school day, with baseline and trial shaded and the aim as
 * a dashed line. Days are evenly spaced (weekends and absences leave no gap); the table beside it
 * gives every figure to a screen reader and to print.
 */
export function IndependenceChart(props: { days: readonly DayIndependence[]; plan: ReviewPlan }) {
  const x = (index: number) =>
    PAD.left + (props.days.length <= 1 ? plotWidth / 2 : (index / (props.days.length - 1)) * plotWidth);
  const y = (share: number) => PAD.top + (1 - share) * plotHeight;
  const phaseOf = (entry: DayIndependence) => {
    if (props.plan.baseline && inRange(entry.day, props.plan.baseline)) return t('review.baseline');
    if (props.plan.trial && inRange(entry.day, props.plan.trial)) return t('review.trial');
    return '';
  };
  /** The band of a phase over the days it covers, half a step wider on each side. */
  const band = (range: DayRange | undefined) => {
    if (!range) return undefined;
    const indexes = props.days.flatMap((entry, index) => (inRange(entry.day, range) ? [index] : []));
    const first = indexes[0];
    const last = indexes.at(-1);
    if (first === undefined || last === undefined) return undefined;
    const half = props.days.length <= 1 ? plotWidth / 2 : plotWidth / (props.days.length - 1) / 2;
    const from = Math.max(PAD.left, x(first) - half);
    return { x: from, width: Math.min(PAD.left + plotWidth, x(last) + half) - from };
  };
  const first = () => props.days[0];
  const last = () => props.days.at(-1);
  const label = () => {
    const [from, to] = [first(), last()];
    return from && to
      ? t('review.chartLabel', { from: formatDay(from.day), to: formatDay(to.day) })
      : t('review.noData');
  };

  return (
    <figure class="review-chart">
      <figcaption>{t('review.chartTitle')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label()}>
        <Show when={band(props.plan.baseline)}>
          {(area) => (
            <rect class="phase-baseline" x={area().x} y={PAD.top} width={area().width} height={plotHeight} />
          )}
        </Show>
        <Show when={band(props.plan.trial)}>
          {(area) => (
            <rect class="phase-trial" x={area().x} y={PAD.top} width={area().width} height={plotHeight} />
          )}
        </Show>
        <For each={[0, 0.5, 1]}>
          {(share) => (
            <>
              <line class="grid" x1={PAD.left} x2={PAD.left + plotWidth} y1={y(share)} y2={y(share)} />
              <text class="axis" x={PAD.left - 6} y={y(share) + 4} text-anchor="end">
                {formatPercent(share)}
              </text>
            </>
          )}
        </For>
        <Show when={props.plan.aimPercent}>
          {(aim) => (
            <>
              <line
                class="aim"
                x1={PAD.left}
                x2={PAD.left + plotWidth}
                y1={y(aim() / 100)}
                y2={y(aim() / 100)}
              />
              <text class="axis" x={PAD.left + plotWidth} y={y(aim() / 100) - 4} text-anchor="end">
                {t('review.aimLine', { percent: formatPercent(aim() / 100) })}
              </text>
            </>
          )}
        </Show>
        <polyline
          class="line"
          points={props.days.map((entry, index) => `${x(index)},${y(entry.share)}`).join(' ')}
        />
        <For each={props.days}>
          {(entry, index) => <circle class="point" cx={x(index())} cy={y(entry.share)} r="4" />}
        </For>
        <Show when={first()}>
          {(day) => (
            <text class="axis" x={PAD.left} y={HEIGHT - 8}>
              {formatDay(day().day)}
            </text>
          )}
        </Show>
        <Show when={props.days.length > 1 && last()}>
          {(day) => (
            <text class="axis" x={PAD.left + plotWidth} y={HEIGHT - 8} text-anchor="end">
              {formatDay(day().day)}
            </text>
          )}
        </Show>
      </svg>
      <details class="chart-table">
        <summary>{t('review.chartTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('review.colDay')}</th>
              <th scope="col">{t('review.colStarts')}</th>
              <th scope="col">{t('review.colIndependent')}</th>
              <th scope="col">{t('review.colShare')}</th>
              <th scope="col">{t('review.colPhase')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.days}>
              {(entry) => (
                <tr>
                  <th scope="row">{formatDay(entry.day)}</th>
                  <td>{entry.starts}</td>
                  <td>{entry.independent}</td>
                  <td>{formatPercent(entry.share)}</td>
                  <td>{phaseOf(entry)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
