import { createResource, Show } from 'solid-js';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { changeSetting, readSetting } from '../../db/repos/settings';
import { formatBytes, t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

async function estimateStorage(): Promise<{ usage: number; quota: number } | undefined> {
  const estimate = await navigator.storage?.estimate?.();
  if (estimate?.usage === undefined || estimate.quota === undefined) return undefined;
  return { usage: estimate.usage, quota: estimate.quota };
}

/**
 * The browser's answer now, which can change (e.g. once the app is installed); where the browser
 * does not say, the answer it gave when last asked.
 */
async function isPersisted(): Promise<boolean | undefined> {
  return (await navigator.storage?.persisted?.()) ?? readSetting(db, 'storagePersisted');
}

async function askToPersist(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Whether the browser may evict this app's data, and how much room is left. */
export function StorageStatus() {
  const [persisted, { mutate }] = createResource(isPersisted);
  const [estimate] = createResource(estimateStorage);
  const { status, setStatus, save: runSave } = useSave();
  const persistence = () => {
    const answer = persisted();
    if (answer === undefined) return t('storage.unknown');
    return answer ? t('storage.persisted') : t('storage.notPersisted');
  };
  const protect = async () => {
    const answer = await askToPersist();
    mutate(answer);
    const noted = await runSave(async () => {
      await changeSetting(db, adultSession(), 'storagePersisted', answer);
      return true;
    });
    if (noted && !answer) setStatus({ kind: 'error', text: t('storage.protectRefused') });
  };
  return (
    <section class="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <Show when={persisted.state === 'ready'}>
        <p data-testid="storage-persistence">{persistence()}</p>
      </Show>
      <Show when={persisted() === false}>
        <button type="button" class="button" onClick={() => void protect()}>
          {t('storage.protect')}
        </button>
      </Show>
      <StatusLine status={status()} />
      <Show when={estimate.state === 'ready'}>
        <p data-testid="storage-usage">
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
