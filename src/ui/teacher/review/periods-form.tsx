import { createEffect, createSignal, For, on } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { saveReportingPeriods } from '../../../db/repos/review';
import { REPORTING_PERIOD_COUNTS, type ReportingPeriod } from '../../../domain/review/plan';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

type Row = { name: string; from: string; to: string };
const blank = (): Row => ({ name: '', from: '', to: '' });

/** The school year's three or four reporting periods, the same for every student. */
export function PeriodsForm(props: { periods: readonly ReportingPeriod[] }) {
  const [rows, setRows] = createSignal<Row[]>([]);
  const { status, save: runSave } = useSave();
  const fill = (periods: readonly ReportingPeriod[]) =>
    setRows(periods.length > 0 ? periods.map((period) => ({ ...period })) : [blank(), blank(), blank()]);
  createEffect(on(() => props.periods, fill));
  const setCount = (count: number) =>
    setRows(Array.from({ length: count }, (_, index) => rows()[index] ?? blank()));
  const edit = (index: number, key: keyof Row, value: string) =>
    setRows(rows().map((row, at) => (at === index ? { ...row, [key]: value } : row)));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    await runSave(async () => {
      await saveReportingPeriods(db, adultSession(), rows());
    }, t('review.periodsSaved'));
  };

  return (
    <section class="panel no-print" aria-labelledby="periods-title">
      <h2 id="periods-title">{t('review.periodsTitle')}</h2>
      <p class="hint">{t('review.periodsHint')}</p>
      <form class="form periods-form" onSubmit={save}>
        <label for="period-count">{t('review.periodCount')}</label>
        <select
          id="period-count"
          value={rows().length}
          onChange={(e) => setCount(Number(e.currentTarget.value))}
        >
          <For each={REPORTING_PERIOD_COUNTS}>{(count) => <option value={count}>{count}</option>}</For>
        </select>
        <For each={rows()}>
          {(row, index) => (
            <div class="period-row">
              <label for={`period-name-${index()}`}>{t('review.periodName', { number: index() + 1 })}</label>
              <input
                id={`period-name-${index()}`}
                value={row.name}
                onChange={(e) => edit(index(), 'name', e.currentTarget.value)}
              />
              <label for={`period-from-${index()}`}>{t('review.periodFrom', { number: index() + 1 })}</label>
              <input
                id={`period-from-${index()}`}
                type="date"
                value={row.from}
                onChange={(e) => edit(index(), 'from', e.currentTarget.value)}
              />
              <label for={`period-to-${index()}`}>{t('review.periodTo', { number: index() + 1 })}</label>
              <input
                id={`period-to-${index()}`}
                type="date"
                value={row.to}
                onChange={(e) => edit(index(), 'to', e.currentTarget.value)}
              />
            </div>
          )}
        </For>
        <button type="submit" class="button primary">
          {t('review.savePeriods')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
