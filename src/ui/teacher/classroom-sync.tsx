import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
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
import { SYNC_TABLES } from '../../domain/sync/documents';
import { locale, t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/** Settings → Classroom sync: the server, database and account, "Sync now", and how it stands. */
export function ClassroomSync() {
  const account = useLive(() => readSyncAccount(db));
  const syncStatus = useLive(() => readSyncStatus(db));
  const waiting = useLive(() => recordsWaiting(db));
  const { busy, status, save: runSave } = useSave();

  let formElement: HTMLFormElement | undefined;
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(formElement);
    await runSave(
      () =>
        saveSyncAccount(db, adultSession(), {
          server: form.get('server'),
          database: form.get('database'),
          username: form.get('username'),
          password: form.get('password'),
        }),
      t('settings.saved'),
    );
  };
  const sync = () =>
    runSave(
      () => syncNow(db, adultSession(), clock.now()),
      (report) => {
        const done = t('sync.done', { pushed: report.pushed, pulled: report.pulled });
        const setAside = report.setAside.length
          ? ` ${t('sync.setAside', { count: report.setAside.length, ids: report.setAside.map((item) => item.id).join(', ') })}`
          : '';
        const refused = report.refused.length
          ? ` ${t('sync.refusedNow', { count: report.refused.length })}`
          : '';
        return done + setAside + refused;
      },
    );
  const installRules = () =>
    runSave(() => installClassroomRules(db, adultSession()), t('sync.rulesInstalled'));
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
      <Show when={(syncStatus()?.refused ?? []).length > 0}>
        <h3 id="sync-refused-title">{t('sync.refusedTitle')}</h3>
        <p>{t('sync.refusedIntro')}</p>
        <ul class="plain-list" aria-labelledby="sync-refused-title">
          <For each={syncStatus()?.refused ?? []}>{(refusal) => <li>{refusalText(refusal)}</li>}</For>
        </ul>
      </Show>
      <Show when={(syncStatus()?.conflicts ?? []).length > 0}>
        <h3 id="sync-conflicts-title">{t('sync.conflictsTitle')}</h3>
        <p>{t('sync.conflictsIntro')}</p>
        <ul class="plain-list" aria-labelledby="sync-conflicts-title">
          <For each={syncStatus()?.conflicts ?? []}>{(conflict) => <li>{conflictText(conflict)}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}

/** A row as the teacher reads it: what it is, its name, and when. */
function rowWords(row: { table: string; name?: string; at: number }) {
  const table = SYNC_TABLES.find((known) => known === row.table);
  return {
    what: table ? t(`backup.table.${table}`) : row.table,
    name: row.name ? t('backup.quotedName', { name: row.name }) : '',
    when: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(row.at),
  };
}

/** One row edited on two devices, in words: what it is, its name, whose edit stays, and when. */
function conflictText(conflict: { table: string; name?: string; kept: 'device' | 'server'; at: number }) {
  return conflict.kept === 'device'
    ? t('sync.keptDevice', rowWords(conflict))
    : t('sync.keptServer', rowWords(conflict));
}

/** One change made here that the server refused, in words. */
function refusalText(refusal: { table: string; name?: string; at: number }) {
  return t('sync.refusedRow', rowWords(refusal));
}
