import { createMemo, For, type JSX, Show } from 'solid-js';
import { axisTicks, type ChartMarks } from '../../../domain/review/chart-marks';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 52, right: 12, top: 12, bottom: 28 };
const plotWidth = WIDTH - PAD.left - PAD.right;
const plotHeight = HEIGHT - PAD.top - PAD.bottom;

/**
 * On paper the chart is printed CHART_PRINT_WIDTH_MM wide (review.css, @media print), so one user
 * unit of the 640-unit view box is 112 / 640 = 0.175 mm, and text of CHART_PRINT_FONT_UNITS = 17
 * units is 17 × 0.175 = 2.975 mm = 2.975 / 25.4 × 72 ≈ 8.4 pt: at least 8 pt, as a report needs.
 */
export const CHART_VIEW_WIDTH = WIDTH;
export const CHART_PRINT_WIDTH_MM = 112;
export const CHART_PRINT_FONT_UNITS = 17;
/** The size in points of text of `units` user units on the printed chart. */
export const printedPoints = (units: number): number => ((units * CHART_PRINT_WIDTH_MM) / WIDTH / 25.4) * 72;

/** A point of the line, or (with `gap`, its reason) days not counted, where the line breaks. */
export type ChartPoint = { label: string; value: number } | { label: string; gap: string };
/** A stretch of points shaded behind the line, such as a baseline or a trial. */
export type ChartBand = { first: number; last: number; class: string };
/** A line drawn over the points, such as an aimline or a trend: its value at each point, where it has one. */
export type ChartLine = {
  class: string;
  label: string;
  values: readonly (number | undefined)[];
  /** Each value is also marked with a square (apart from the line's round points), even a lone one. */
  marked?: boolean;
};

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
  /** Solid phase lines, where the line breaks, and dotted event lines, where it runs on. */
  marks?: ChartMarks;
  /** The phase and event lines in words, under the other words. */
  marksLegend?: string;
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
  const ticks = () => axisTicks(points().length).map((index) => ({ index, point: points()[index] }));
  const anchorOf = (index: number) =>
    points().length <= 1
      ? 'middle'
      : index === 0
        ? 'start'
        : index === points().length - 1
          ? 'end'
          : 'middle';
  // A line's name sits just above its end, but never above the picture, where print would cut it.
  const labelY = (value: number) => Math.max(y(value) - 6, CHART_PRINT_FONT_UNITS + 2);
  const phases = () => props.marks?.phases ?? [];
  // A phase line stands halfway between the last point before the change and the first after it.
  const phaseX = (index: number) => (index === 0 ? PAD.left : (x(index - 1) + x(index)) / 2);
  // The line runs between gaps and phases: a day not counted breaks it rather than falling to
  // zero, and points of two phases are never joined.
  const runs = createMemo(() => {
    const phaseStarts = new Set(phases().map((mark) => mark.index));
    const all: { index: number; value: number }[][] = [[]];
    points().forEach((point, index) => {
      if (phaseStarts.has(index)) all.push([]);
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
              <Show when={(drawn().length > 1 || (line.marked && drawn().length > 0)) && end()}>
                {(last) => (
                  <>
                    <Show when={line.marked}>
                      <For each={drawn()}>
                        {(point) => (
                          <rect
                            class={`${line.class} mark`}
                            x={x(point.index) - 4}
                            y={y(point.value) - 4}
                            width="8"
                            height="8"
                          />
                        )}
                      </For>
                    </Show>
                    <polyline
                      class={line.class}
                      points={drawn()
                        .map((point) => `${x(point.index)},${y(point.value)}`)
                        .join(' ')}
                    />
                    <text class="axis" x={x(last().index)} y={labelY(last().value)} text-anchor="end">
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
        <For each={phases()}>
          {(mark) => (
            <MarkLine class="phase-mark" at={phaseX(mark.index)} labelY={PAD.top + 14} label={mark.label} />
          )}
        </For>
        <For each={props.marks?.events ?? []}>
          {(mark) => (
            <MarkLine class="event-mark" at={x(mark.index)} labelY={PAD.top + 32} label={mark.label} />
          )}
        </For>
        <For each={ticks()}>
          {(tick) => (
            <text class="axis date-tick" x={x(tick.index)} y={HEIGHT - 8} text-anchor={anchorOf(tick.index)}>
              {tick.point?.label}
            </text>
          )}
        </For>
      </svg>
      <Show when={props.legend || props.marksLegend}>
        <div class="chart-legend">
          <Show when={props.legend}>{(legend) => <p>{legend()}</p>}</Show>
          <Show when={props.marksLegend}>{(words) => <p>{words()}</p>}</Show>
        </div>
      </Show>
      <details class="chart-table">
        <summary>{props.tableTitle}</summary>
        {props.table()}
      </details>
      <div class="print-only">{props.printTable()}</div>
    </figure>
  );
}

/** A line across the plot where something changed, named near its top. */
function MarkLine(props: { class: string; at: number; labelY: number; label: string }) {
  return (
    <>
      <line class={props.class} x1={props.at} x2={props.at} y1={PAD.top} y2={PAD.top + plotHeight} />
      <text class="axis mark-label" x={props.at + 3} y={props.labelY}>
        {props.label}
      </text>
    </>
  );
}
