import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { hasRecoveryCode, makeRecoveryCode } from '../../db/repos/recovery-code';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

// A code just made, held in memory until the teacher has written it down or the session ends.
const [freshCode, setFreshCode] = createSignal<string>();

/** Makes a new recovery code as the signed-in teacher and shows it at the top of the adult area. */
export async function makeAndShowRecoveryCode(): Promise<void> {
  setFreshCode(await makeRecoveryCode(db, adultSession()));
}

/** After setup: the code made with the teacher is shown once. */
export function showRecoveryCode(code: string): void {
  setFreshCode(code);
}

/**
 * At the top of a teacher's adult area: the recovery code just made, shown once; or, on a tablet
 * set up before recovery codes, a request to make one.
 */
export function RecoveryCodeNotice() {
  const hasCode = useLive(() => hasRecoveryCode(db));
  const { status, save } = useSave();
  // Locking or leaving the adult area forgets the code, so nobody finds it on screen later.
  onCleanup(() => setFreshCode(undefined));
  const make = () => save(makeAndShowRecoveryCode);
  return (
    <Show when={adultSession()?.role === 'teacher'}>
      <Show
        when={freshCode()}
        fallback={
          <Show when={hasCode() === false}>
            <section class="panel notice" aria-labelledby="recovery-missing-title">
              <h2 id="recovery-missing-title">{t('recovery.title')}</h2>
              <p>{t('recovery.missing')}</p>
              <button type="button" class="button primary" onClick={() => void make()}>
                {t('recovery.make')}
              </button>
              <StatusLine status={status()} />
            </section>
          </Show>
        }
      >
        {(code) => <FreshCode code={code()} />}
      </Show>
    </Show>
  );
}

/** The code just made; brought into view, since Settings' button may be far down the page. */
function FreshCode(props: { code: string }) {
  let section: HTMLElement | undefined;
  onMount(() => section?.scrollIntoView({ block: 'nearest' }));
  return (
    <section ref={section} class="panel notice recovery-code" aria-labelledby="recovery-code-title">
      <h2 id="recovery-code-title">{t('recovery.title')}</h2>
      <p>{t('recovery.shownOnce')}</p>
      <p class="recovery-code-value">
        <code>{props.code}</code>
      </p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
        <button type="button" class="button primary" onClick={() => setFreshCode(undefined)}>
          {t('recovery.done')}
        </button>
      </div>
    </section>
  );
}
