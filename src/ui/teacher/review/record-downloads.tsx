import { db } from '../../../db/instance';
import { dailySummariesForExport, recordsForExport } from '../../../db/repos/record-exports';
import type { AdultSession, Student } from '../../../domain/people';
import { dailySummaryCsv, eventsCsv } from '../../../domain/review/csv';
import type { DayRange } from '../../../domain/review/independence';
import { t } from '../../../i18n';
import { saveFile } from '../../components/save-file';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
const fileName = (who: string, what: string, range: DayRange) =>
  `${who.replace(/[^\p{L}\p{N}]+/gu, '-')}-${what}-${range.from}-to-${range.to}.csv`;

/**
 * The records of the range as CSV for a spreadsheet, the student's or the whole class's, and the
 * report on paper (or as a PDF).
 */
export function RecordDownloads(props: {
  student: Student;
  students: readonly Student[];
  range: DayRange;
  session: AdultSession;
}) {
  const { status, save: run } = useSave();
  const ids = (students: readonly Student[]) => students.map((student) => student.id);

  const downloadEvents = (students: readonly Student[], who: string) =>
    run(async () => {
      const { events, names } = await recordsForExport(db, props.session, ids(students), props.range);
      saveFile(fileName(who, 'records', props.range), csvBlob(eventsCsv(events, names)));
    });
  const downloadDaily = (students: readonly Student[], who: string) =>
    run(async () => {
      const rollups = await dailySummariesForExport(db, props.session, ids(students), props.range);
      const nameOf = new Map(students.map((student) => [student.id, student.name]));
      saveFile(
        fileName(who, 'daily', props.range),
        csvBlob(dailySummaryCsv(rollups, (rollup) => nameOf.get(rollup.studentId) ?? '')),
      );
    });

  return (
    <section class="panel no-print" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('review.downloads')}</h2>
      <div class="save-row">
        <button
          type="button"
          class="button"
          onClick={() => void downloadEvents([props.student], props.student.name)}
        >
          {t('review.csvEvents')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void downloadDaily([props.student], props.student.name)}
        >
          {t('review.csvDaily')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void downloadEvents(props.students, t('review.classFile'))}
        >
          {t('review.csvClassEvents')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void downloadDaily(props.students, t('review.classFile'))}
        >
          {t('review.csvClassDaily')}
        </button>
        <button type="button" class="button primary" onClick={() => window.print()}>
          {t('review.print')}
        </button>
      </div>
      <StatusLine status={status()} />
    </section>
  );
}
