import { For } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { reviewRollups } from '../../../db/repos/review';
import type { AdultSession, Student } from '../../../domain/people';
import { dailyIndependence, independenceTrend, recentShare } from '../../../domain/review/independence';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { formatPercent } from './format';

/** School days with records the latest figure is taken over. */
const LATEST_DAYS = 10;
const ALL_DAYS = { from: '0000-01-01' as SchoolDay, to: '9999-12-31' as SchoolDay };

/** Every student at a glance: independent starts lately, and which way they are going. */
export function ClassOverview(props: { students: readonly Student[]; session: AdultSession }) {
  return (
    <section class="panel" aria-labelledby="class-title">
      <h2 id="class-title">{t('review.classTitle')}</h2>
      <table class="review-table">
        <thead>
          <tr>
            <th scope="col">{t('review.colStudent')}</th>
            <th scope="col">{t('review.colLatest')}</th>
            <th scope="col">{t('review.colTrend')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.students}>
            {(student) => <StudentRow student={student} session={props.session} />}
          </For>
        </tbody>
      </table>
    </section>
  );
}

function StudentRow(props: { student: Student; session: AdultSession }) {
  const rollups = useLive(
    () => props.student.id,
    (id) => reviewRollups(db, props.session, id),
  );
  const daily = () => dailyIndependence(rollups() ?? [], ALL_DAYS);
  const latest = () => recentShare(daily(), LATEST_DAYS);
  const trend = () => {
    const direction = independenceTrend(daily());
    return direction ? t(`review.trend.${direction}`) : t('review.trendUnknown');
  };
  return (
    <tr>
      <th scope="row">{props.student.name}</th>
      <td>{formatPercent(latest())}</td>
      <td>{trend()}</td>
    </tr>
  );
}
