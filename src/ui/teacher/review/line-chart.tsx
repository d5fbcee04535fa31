import { createMemo, For, type JSX, Show } from 'solid-js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 52, right: 12, top: 12, bottom: 28 };
const plotWidth = WIDTH - PAD.left - PAD.right;
const plotHeight = HEIGHT - PAD.top - PAD.bottom;

/** A point of the line, or (with `gap`, its reason) days not counted, where the line breaks. */
export type ChartPoint = { label: string; value: number } | { label: string; gap: string };
/** A stretch of points shaded behind the line, such as a baseline or a trial. */
export type ChartBand = { first: number; last: number; class: string };
/** A line drawn over the points, such as an aimline or a trend: its value at each point, where it has one. */
export type ChartLine = { class: string; label: string; values: readonly (number | undefined)[] };

/**
 * A line over evenly spaced points (school days leave no gap for weekends), from 0 to `max`,
 * with shaded bands and a dashed reference line. The caller gives the words: a name for the
 * picture and the table beside it that carries every figure for screen readers and print.
 */
export function LineChart(props: {
  title: string;
  label: string;
  points: readonly ChartPoint[];
  max: number;
  format: (value: number) => string;
  bands?: readonly ChartBand[];
  reference?: { value: number; label: string };
  lines?: readonly ChartLine[];
  /** Shown behind a disclosure on screen. */
  table: () => JSX.Element;
  /** On paper, where it is always shown: the same figures week by week, so a term fits two pages. */
  printTable: () => JSX.Element;
  tableTitle: string;
  /** Words under the picture, such as what its gaps are. */
  legend?: string;
}) {
  // Read once per change: every point's position reads the points again.
  const points = createMemo(() => props.points);
  const step = () => (points().length <= 1 ? 0 : plotWidth / (points().length - 1));
  const x = (index: number) => PAD.left + (points().length <= 1 ? plotWidth / 2 : index * step());
  const y = (value: number) => PAD.top + (1 - Math.min(value, props.max) / props.max) * plotHeight;
  const bandArea = (band: ChartBand) => {
    const half = points().length <= 1 ? plotWidth / 2 : step() / 2;
    const from = Math.max(PAD.left, x(band.first) - half);
    return { x: from, width: Math.min(PAD.left + plotWidth, x(band.last) + half) - from };
  };
  const first = () => points()[0];
  const last = () => points().at(-1);
  // The line runs between gaps: a day not counted breaks it rather than falling to zero.
  const runs = createMemo(() => {
    const all: { index: number; value: number }[][] = [[]];
    points().forEach((point, index) => {
      if ('gap' in point) all.push([]);
      else all.at(-1)?.push({ index, value: point.value });
    });
    return all.filter((run) => run.length > 0);
  });
  const gaps = () =>
    points().flatMap((point, index) => ('gap' in point ? [{ index, reason: point.gap }] : []));

  return (
    <figure class="review-chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label}>
        <For each={props.bands ?? []}>
          {(band) => (
            <rect
              class={band.class}
              x={bandArea(band).x}
              y={PAD.top}
              width={bandArea(band).width}
              height={plotHeight}
            />
          )}
        </For>
        <For each={[0, props.max / 2, props.max]}>
          {(value) => (
            <>
              <line class="grid" x1={PAD.left} x2={PAD.left + plotWidth} y1={y(value)} y2={y(value)} />
              <text class="axis" x={PAD.left - 6} y={y(value) + 4} text-anchor="end">
                {props.format(value)}
              </text>
            </>
          )}
        </For>
        <Show when={props.reference}>
          {(reference) => (
            <>
              <line
                class="aim"
                x1={PAD.left}
                x2={PAD.left + plotWidth}
                y1={y(reference().value)}
                y2={y(reference().value)}
              />
              <text class="axis" x={PAD.left + plotWidth} y={y(reference().value) - 4} text-anchor="end">
                {reference().label}
              </text>
            </>
          )}
        </Show>
        <For each={props.lines ?? []}>
          {(line) => {
            const drawn = () =>
              line.values.flatMap((value, index) => (value === undefined ? [] : [{ index, value }]));
            const end = () => drawn().at(-1);
            return (
              <Show when={drawn().length > 1 && end()}>
                {(last) => (
                  <>
                    <polyline
                      class={line.class}
                      points={drawn()
                        .map((point) => `${x(point.index)},${y(point.value)}`)
                        .join(' ')}
                    />
                    <text class="axis" x={x(last().index)} y={y(last().value) - 6} text-anchor="end">
                      {line.label}
                    </text>
                  </>
                )}
              </Show>
            );
          }}
        </For>
        <For each={gaps()}>
          {(gap) => (
            <rect class="not-counted-gap" x={x(gap.index) - 3} y={PAD.top} width="6" height={plotHeight}>
              <title>{gap.reason}</title>
            </rect>
          )}
        </For>
        <For each={runs()}>
          {(run) => (
            <>
              <polyline
                class="line"
                points={run.map((point) => `${x(point.index)},${y(point.value)}`).join(' ')}
              />
              <For each={run}>
                {(point) => <circle class="point" cx={x(point.index)} cy={y(point.value)} r="4" />}
              </For>
            </>
          )}
        </For>
        <Show when={first()}>
          {(point) => (
            <text class="axis" x={PAD.left} y={HEIGHT - 8}>
              {point().label}
            </text>
          )}
        </Show>
        <Show when={points().length > 1 && last()}>
          {(point) => (
            <text class="axis" x={PAD.left + plotWidth} y={HEIGHT - 8} text-anchor="end">
              {point().label}
            </text>
          )}
        </Show>
      </svg>
      <Show when={props.legend}>{(legend) => <p class="chart-legend">{legend()}</p>}</Show>
      <details class="chart-table">
        <summary>{props.tableTitle}</summary>
        {props.table()}
      </details>
      <div class="print-only">{props.printTable()}</div>
    </figure>
  );
}
