import { createSignal, Show } from 'solid-js';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import {
  installClassroomRules,
  readSyncAccount,
  readSyncStatus,
  recordsWaiting,
  saveSyncAccount,
  syncNow,
} from '../../db/repos/sync';
import { errorText, locale, t } from '../../i18n';
import { type Status, StatusLine } from '../components/status-line';

/** Settings → Classroom sync: the server, database and account, "Sync now", and how it stands. */
export function ClassroomSync() {
  const account = useLive(() => readSyncAccount(db));
  const syncStatus = useLive(() => readSyncStatus(db));
  const waiting = useLive(() => recordsWaiting(db));
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();

  let formElement: HTMLFormElement | undefined;
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      const form = new FormData(formElement);
      await saveSyncAccount(db, adultSession(), {
        server: form.get('server'),
        database: form.get('database'),
        username: form.get('username'),
        password: form.get('password'),
      });
      setStatus({ kind: 'done', text: t('settings.saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };
  const sync = async () => {
    setBusy(true);
    try {
      const report = await syncNow(db, adultSession(), Date.now());
      const done = t('sync.done', { pushed: report.pushed, pulled: report.pulled });
      const setAside = report.setAside.length
        ? ` ${t('sync.setAside', { count: report.setAside.length, ids: report.setAside.map((item) => item.id).join(', ') })}`
        : '';
      setStatus({ kind: 'done', text: done + setAside });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const installRules = async () => {
    setBusy(true);
    try {
      await installClassroomRules(db, adultSession());
      setStatus({ kind: 'done', text: t('sync.rulesInstalled') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const lastSynced = () => {
    const at = syncStatus()?.lastSyncedAt;
    return at === undefined
      ? t('sync.never')
      : t('sync.lastSynced', {
          when: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at),
        });
  };

  return (
    <section class="panel" aria-labelledby="sync-title" aria-busy={busy()}>
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p>{t('sync.intro')}</p>
      <form class="form" ref={formElement} onSubmit={(event) => void save(event)}>
        <label for="sync-server">{t('sync.server')}</label>
        <input id="sync-server" name="server" type="url" required value={account()?.server ?? ''} />
        <label for="sync-database">{t('sync.database')}</label>
        <input id="sync-database" name="database" required value={account()?.database ?? ''} />
        <label for="sync-username">{t('sync.username')}</label>
        <input id="sync-username" name="username" autocomplete="username" value={account()?.username ?? ''} />
        <label for="sync-password">{t('sync.password')}</label>
        <input
          id="sync-password"
          name="password"
          type="password"
          autocomplete="current-password"
          value={account()?.password ?? ''}
        />
        <button type="submit" class="button">
          {t('sync.save')}
        </button>
      </form>
      <p data-testid="sync-last">{lastSynced()}</p>
      <p data-testid="sync-waiting">{t('sync.waiting', { count: waiting() ?? 0 })}</p>
      <Show when={syncStatus()?.lastError}>
        {(code) => <p data-testid="sync-error">{t('sync.lastError', { text: t(`error.${code()}`) })}</p>}
      </Show>
      <button type="button" class="button" disabled={busy() || !account()} onClick={() => void sync()}>
        {busy() ? t('sync.syncing') : t('sync.now')}
      </button>
      <button
        type="button"
        class="button"
        disabled={busy() || !account()}
        onClick={() => void installRules()}
      >
        {t('sync.installRules')}
      </button>
      <StatusLine status={status()} />
    </section>
  );
}
