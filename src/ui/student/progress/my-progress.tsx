import '../../../i18n/kiosk-progress';
import './progress.css';
import { Match, Switch, useContext } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { rollupsBetween } from '../../../db/repos/rollups';
import type { StudentId } from '../../../domain/ids';
import type { ProgressView } from '../../../domain/people';
import { rangeFigures } from '../../../domain/review/independence';
import { recentRanges } from '../../../domain/review/plan';
import { schoolDayOf } from '../../../domain/time';
import { KioskLocale, useKioskText } from '../kiosk-text';
import { sayOrShow } from '../spoken-caption';

/** Stars beyond this many are told by the number, so the row stays calm. */
const MAX_STARS = 10;

/**
 * The student's own progress, as the teacher chose to show it: a star for each step they started
 * on their own today, or a bar of this week's share. Tapping it says it.
 */
export function MyProgress(props: { studentId: StudentId; view: ProgressView }) {
  const text = useKioskText();
  const locale = useContext(KioskLocale);
  const today = schoolDayOf(clock.now());
  const week = recentRanges(today).week;
  const rollups = useLive(
    () => props.studentId,
    (id) => rollupsBetween(db, id, week),
  );
  const todays = () => rangeFigures(rollups() ?? [], { from: today, to: today }).independent;
  const weekShare = () => rangeFigures(rollups() ?? [], week).share;
  const sentence = () => {
    if (props.view === 'stars')
      return todays() > 0
        ? text('kioskProgress.starsToday', { count: todays() })
        : text('kioskProgress.starsNone');
    const share = weekShare();
    return share === undefined
      ? text('kioskProgress.weekNone')
      : text('kioskProgress.weekBar', {
          percent: new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(
            share,
          ),
        });
  };

  return (
    <section class="my-progress" aria-labelledby="my-progress-title">
      <h2 id="my-progress-title" class="visually-hidden">
        {text('kioskProgress.title')}
      </h2>
      <button type="button" class="my-progress-button" onClick={() => sayOrShow(sentence(), locale())}>
        <Switch>
          <Match when={props.view === 'stars'}>
            <span class="stars" aria-hidden="true">
              {'★'.repeat(Math.min(todays(), MAX_STARS))}
              {todays() > MAX_STARS ? ` ${todays()}` : ''}
            </span>
          </Match>
          <Match when={props.view === 'bar'}>
            <span class="week-bar" aria-hidden="true">
              <span class="week-bar-fill" style={{ '--share': String(weekShare() ?? 0) }} />
            </span>
          </Match>
        </Switch>
        <span class="my-progress-words">{sentence()}</span>
      </button>
    </section>
  );
}
