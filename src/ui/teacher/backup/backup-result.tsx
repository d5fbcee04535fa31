import { For, Show } from 'solid-js';
import type { MergeSummary } from '../../../db/repos/backup';
import type { SkippedDeleted } from '../../../domain/backup/deleted-rows';
import type { Resolution } from '../../../domain/backup/merge';
import { BACKUP_TABLES } from '../../../domain/backup/record-schemas';
import { locale, t } from '../../../i18n';
import { staffChangeText } from './staff-approval';

function resolutionText(resolution: Resolution): string {
  const words = {
    what: t(`backup.table.${resolution.table}`),
    name: resolution.name ? t('backup.quotedName', { name: resolution.name }) : '',
  };
  return resolution.kept === 'backup' ? t('backup.keptBackup', words) : t('backup.keptDevice', words);
}

function skippedText(skipped: SkippedDeleted): string {
  return t('backup.deletedRow', {
    what: t(`backup.kind.${skipped.kind}`),
    name: skipped.name ? t('backup.quotedName', { name: skipped.name }) : '',
    when: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(skipped.at),
    rows: skipped.rows,
  });
}

/** What a merge added, table by table, and each conflict it resolved, for the teacher to check. */
export function MergeResult(props: { summary: MergeSummary }) {
  const added = () => BACKUP_TABLES.filter((table) => props.summary.added[table] > 0);
  return (
    <section aria-labelledby="merge-result-title" data-testid="merge-result">
      <h3 id="merge-result-title">{t('backup.addedTitle')}</h3>
      <Show when={added().length > 0} fallback={<p>{t('backup.nothingAdded')}</p>}>
        <ul class="plain-list">
          <For each={added()}>
            {(table) => (
              <li>
                {t('backup.addedRow', {
                  what: t(`backup.table.${table}`),
                  count: props.summary.added[table],
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.summary.resolutions.length > 0}>
        <h3>{t('backup.resolutionsTitle')}</h3>
        <ul class="plain-list" data-testid="merge-resolutions">
          <For each={props.summary.resolutions}>{(resolution) => <li>{resolutionText(resolution)}</li>}</For>
        </ul>
      </Show>
      <Show when={props.summary.staffSkipped.length > 0}>
        <h3>{t('backup.staffSkippedTitle')}</h3>
        <ul class="plain-list" data-testid="merge-staff-skipped">
          <For each={props.summary.staffSkipped}>{(change) => <li>{staffChangeText(change)}</li>}</For>
        </ul>
      </Show>
      <Show when={props.summary.skippedDeleted.length > 0}>
        <h3>{t('backup.deletedTitle')}</h3>
        <ul class="plain-list" data-testid="merge-deleted">
          <For each={props.summary.skippedDeleted}>{(skipped) => <li>{skippedText(skipped)}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}
