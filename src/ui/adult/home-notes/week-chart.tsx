import { For } from 'solid-js';
import type { HomeWeekBar } from '../../../domain/home-week';
import type { Locale } from '../../../domain/people';
import { localDateOf } from '../../../domain/time';
import { textIn } from '../../../i18n';

const BAR_WIDTH = 60;
const GAP = 28;
const CHART_HEIGHT = 160;
/** Room under the bars for the weekday and the day's figures, written out so paper needs no colours. */
const LABEL_HEIGHT = 48;

/**
 * The week's one chart for the family: for each school day an outlined bar of the activities
 * started, filled up to those started without help, with the day and "1 of 4" written under it.
 * Outline and fill read in black and white on paper; the figures are words, for a screen reader too.
 */
export function WeekChart(props: { bars: readonly HomeWeekBar[]; language: Locale }) {
  const tallest = () => Math.max(1, ...props.bars.map((bar) => bar.started));
  const heightOf = (count: number) => (count / tallest()) * CHART_HEIGHT;
  const weekday = (bar: HomeWeekBar) =>
    localDateOf(bar.day, 12).toLocaleDateString(props.language, { weekday: 'short' });
  // "0 of 0" reads as a failure; a day with nothing recorded (absent, a holiday) says just that.
  const figures = (bar: HomeWeekBar) =>
    bar.started === 0
      ? textIn(props.language, 'homeNote.chartNone')
      : textIn(props.language, 'homeNote.chartDay', { independent: bar.independent, started: bar.started });
  const width = () => props.bars.length * (BAR_WIDTH + GAP);
  const title = () => textIn(props.language, 'homeNote.chartTitle');
  return (
    <figure class="week-chart">
      <figcaption>{title()}</figcaption>
      <svg
        viewBox={`0 0 ${width()} ${CHART_HEIGHT + LABEL_HEIGHT}`}
        role="img"
        aria-label={`${title()}: ${props.bars.map((bar) => `${weekday(bar)} ${figures(bar)}`).join('; ')}`}
      >
        <line class="baseline" x1={0} y1={CHART_HEIGHT} x2={width()} y2={CHART_HEIGHT} />
        <For each={props.bars}>
          {(bar, index) => {
            const x = () => index() * (BAR_WIDTH + GAP) + GAP / 2;
            return (
              <g>
                <rect
                  class="started"
                  x={x()}
                  y={CHART_HEIGHT - heightOf(bar.started)}
                  width={BAR_WIDTH}
                  height={heightOf(bar.started)}
                />
                <rect
                  class="independent"
                  x={x()}
                  y={CHART_HEIGHT - heightOf(bar.independent)}
                  width={BAR_WIDTH}
                  height={heightOf(bar.independent)}
                />
                <text x={x() + BAR_WIDTH / 2} y={CHART_HEIGHT + 20} text-anchor="middle">
                  {weekday(bar)}
                </text>
                <text x={x() + BAR_WIDTH / 2} y={CHART_HEIGHT + 40} text-anchor="middle">
                  {figures(bar)}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
    </figure>
  );
}
