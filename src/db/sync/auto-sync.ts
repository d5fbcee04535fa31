// Classroom sync with nobody pressing a button: once the teacher has saved the classroom's server on
// this device, every tab of the app pushes what changes here a moment after it changes, and keeps
// one long-poll request open on the server's `_changes`, so what another device sends arrives as
// soon as it is there. When a round fails (offline, server down) it is tried again later, and at
// once when the browser says it is back online. Rounds never overlap (see syncWithSavedAccount).
import Dexie, { type ObservabilitySet } from 'dexie';
import { AppError } from '../../domain/errors';
import type { AppDb } from '../app-db';
import { readSyncAccount, syncWithSavedAccount } from '../repos/sync';
import type { Fetch } from './couch-client';
import { serverChanged } from './replicator';

/** A burst of taps is sent as one push, this long after the last of them. */
export const PUSH_DELAY_MS = 2_000;
/** After a failed round, the next try; going back online tries at once. */
export const RETRY_MS = 30_000;

/** The tables whose writes are not for the server: the rollups each device computes itself. */
const NOT_SENT = new Set(['rollups']);

export type AutoSyncOptions = { now: () => number; fetch?: Fetch };

/** Starts syncing in the background; the function returned stops it (and any request open). */
export function startAutoSync(db: AppDb, options: AutoSyncOptions): () => void {
  let stopped = false;
  let running: Promise<void> | undefined;
  let runAgain = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Number.POSITIVE_INFINITY;
  let polling: AbortController | undefined;

  /** A round after `delay`, unless one is due sooner: taps in a row do not put the push off. */
  const schedule = (delay: number) => {
    if (stopped || performance.now() + delay >= dueAt) return;
    clearTimeout(timer);
    dueAt = performance.now() + delay;
    timer = setTimeout(() => {
      dueAt = Number.POSITIVE_INFINITY;
      void run();
    }, delay);
  };

  /** One round of push and pull; asked again while one runs, it runs once more after it. */
  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      try {
        const synced = await syncWithSavedAccount(db, options.now(), options.fetch);
        if (synced) void pollServer();
      } catch (error) {
        // The status already says what went wrong, in words, for the settings screen.
        if (stopped) return;
        if (!(error instanceof AppError)) console.error(error);
        stopPolling();
        schedule(RETRY_MS);
      } finally {
        running = undefined;
      }
      if (runAgain) {
        runAgain = false;
        await run();
      }
    })();
    return running;
  };

  const stopPolling = () => {
    polling?.abort();
    polling = undefined;
  };

  /** Waits on the server for what other devices send, one long poll after another. */
  const pollServer = async () => {
    if (polling || stopped) return;
    const controller = new AbortController();
    polling = controller;
    try {
      while (!controller.signal.aborted) {
        const remote = await readSyncAccount(db);
        if (!remote) break;
        const changed = await serverChanged(db, remote, {
          signal: controller.signal,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
        if (changed && !controller.signal.aborted) await run();
      }
    } catch {
      // Offline or the server is gone: the next round (retried, or back online) polls again.
      if (!controller.signal.aborted) schedule(RETRY_MS);
    } finally {
      if (polling === controller) polling = undefined;
    }
  };

  // The account as last seen: saved or changed, a round starts with it at once.
  let accountSeen: string | undefined;
  const checkAccount = async () => {
    const account = JSON.stringify((await db.settings.get('syncAccount'))?.value ?? null);
    if (account === accountSeen) return;
    accountSeen = account;
    stopPolling();
    schedule(0);
  };

  const onMutated = (parts: ObservabilitySet) => {
    const prefix = `idb://${db.name}/`;
    const tables = new Set(
      Object.keys(parts).flatMap((part) =>
        part.startsWith(prefix) ? [part.slice(prefix.length).split('/')[0] ?? ''] : [],
      ),
    );
    // Settings are sent too, but a sync's own status writes must not start another round.
    if ([...tables].some((table) => table !== 'settings' && !NOT_SENT.has(table))) schedule(PUSH_DELAY_MS);
    else if (tables.has('settings')) void checkAccount().catch(console.error);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  void checkAccount().catch(console.error);

  const onOnline = () => schedule(0);
  const onOffline = () => stopPolling();
  globalThis.addEventListener?.('online', onOnline);
  globalThis.addEventListener?.('offline', onOffline);

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopPolling();
    Dexie.on.storagemutated.unsubscribe(onMutated);
    globalThis.removeEventListener?.('online', onOnline);
    globalThis.removeEventListener?.('offline', onOffline);
  };
}
