import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { overviewRollups } from '../../../db/repos/review';
import type { AdultSession, Student } from '../../../domain/people';
import { overviewFigures } from '../../../domain/review/independence';
import { t } from '../../../i18n';
import { useNameSearch } from '../../components/name-search';
import { COMPACT_CLASS_FROM } from '../class-today';
import { formatPercent } from './format';

/** Every student at a glance: independent starts lately, and which way they are going. */
export function ClassOverview(props: { students: readonly Student[]; session: AdultSession }) {
  const { found, SearchBox } = useNameSearch(() => props.students);
  return (
    <section class="panel" aria-labelledby="class-title">
      <h2 id="class-title">{t('review.classTitle')}</h2>
      <Show when={props.students.length >= COMPACT_CLASS_FROM}>
        <SearchBox />
      </Show>
      <table class="review-table">
        <thead>
          <tr>
            <th scope="col">{t('review.colStudent')}</th>
            <th scope="col">{t('review.colLatest')}</th>
            <th scope="col">{t('review.colTrend')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={found()}>{(student) => <StudentRow student={student} session={props.session} />}</For>
        </tbody>
      </table>
    </section>
  );
}

function StudentRow(props: { student: Student; session: AdultSession }) {
  const rollups = useLive(
    () => props.student.id,
    (id) => overviewRollups(db, props.session, id),
  );
  const figures = () => overviewFigures(rollups() ?? []);
  const trend = () => {
    const direction = figures().trend;
    return direction ? t(`review.trend.${direction}`) : t('review.trendUnknown');
  };
  return (
    <tr>
      <th scope="row">
        <A href={`/adult/review?student=${props.student.id}`}>{props.student.name}</A>
      </th>
      <td>{formatPercent(figures().latest)}</td>
      <td>{trend()}</td>
    </tr>
  );
}
