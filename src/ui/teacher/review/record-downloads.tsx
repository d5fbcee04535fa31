import { createSignal } from 'solid-js';
import { db } from '../../../db/instance';
import { dailySummariesForExport, recordsForExport } from '../../../db/repos/record-exports';
import type { AdultSession, Student } from '../../../domain/people';
import { dailySummaryCsv, eventsCsv } from '../../../domain/review/csv';
import type { DayRange } from '../../../domain/review/independence';
import { errorText, t } from '../../../i18n';
import { saveFile } from '../../components/save-file';
import { type Status, StatusLine } from '../../components/status-line';

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
const fileName = (student: Student, what: string, range: DayRange) =>
  `${student.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${what}-${range.from}-to-${range.to}.csv`;

/** The records of the range as CSV for a spreadsheet, and the report on paper (or as a PDF). */
export function RecordDownloads(props: { student: Student; range: DayRange; session: AdultSession }) {
  const [status, setStatus] = createSignal<Status>();
  const run = async (write: () => Promise<void>) => {
    setStatus(undefined);
    try {
      await write();
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  const downloadEvents = () =>
    run(async () => {
      const { events, staffNames } = await recordsForExport(db, props.session, props.student.id, props.range);
      const csv = eventsCsv(events, (event) => ({
        student: props.student.name,
        recordedBy:
          event.actor.kind === 'staff' ? (staffNames.get(event.actor.staffId) ?? '') : props.student.name,
      }));
      saveFile(fileName(props.student, 'records', props.range), csvBlob(csv));
    });
  const downloadDaily = () =>
    run(async () => {
      const rollups = await dailySummariesForExport(db, props.session, props.student.id, props.range);
      saveFile(
        fileName(props.student, 'daily', props.range),
        csvBlob(dailySummaryCsv(rollups, () => props.student.name)),
      );
    });

  return (
    <section class="panel no-print" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('review.downloads')}</h2>
      <div class="save-row">
        <button type="button" class="button" onClick={() => void downloadEvents()}>
          {t('review.csvEvents')}
        </button>
        <button type="button" class="button" onClick={() => void downloadDaily()}>
          {t('review.csvDaily')}
        </button>
        <button type="button" class="button primary" onClick={() => window.print()}>
          {t('review.print')}
        </button>
      </div>
      <StatusLine status={status()} />
    </section>
  );
}
