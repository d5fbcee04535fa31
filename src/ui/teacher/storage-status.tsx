import { createResource, Show } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { readSetting } from '../../db/repos/settings';
import { formatBytes, t } from '../../i18n';

async function estimateStorage(): Promise<{ usage: number; quota: number } | undefined> {
  const estimate = await navigator.storage?.estimate?.();
  if (estimate?.usage === undefined || estimate.quota === undefined) return undefined;
  return { usage: estimate.usage, quota: estimate.quota };
}

/** Whether the browser may evict this app's data, and how much room is left. */
export function StorageStatus() {
  const persisted = useLive(() => readSetting(db, 'storagePersisted'));
  const [estimate] = createResource(estimateStorage);
  const persistence = () => {
    const answer = persisted();
    if (answer === undefined) return t('storage.unknown');
    return answer ? t('storage.persisted') : t('storage.notPersisted');
  };
  return (
    <section class="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p data-testid="storage-persistence">{persistence()}</p>
      <Show when={estimate.state === 'ready'}>
        <p>
          {estimate()
            ? t('storage.usage', {
                used: formatBytes(estimate()?.usage ?? 0),
                available: formatBytes(estimate()?.quota ?? 0),
              })
            : t('storage.usageUnknown')}
        </p>
      </Show>
    </section>
  );
}
