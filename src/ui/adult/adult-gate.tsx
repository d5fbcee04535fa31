import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { paraBarReturn, returnToParaBar, startAdultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { pinWaitOf } from '../../db/repos/pin-attempts';
import { listStaff, type StaffMember, signIn } from '../../db/repos/staff';
import { locale, t } from '../../i18n';
import { PinPad } from '../components/pin-pad';
import { StatusLine } from '../components/status-line';
import { useNow } from '../components/use-now';
import { useSave } from '../components/use-save';
import { restoredCountsOf } from '../teacher/backup/restored-note';
import { ForgotPin } from './forgot-pin';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** "12 seconds", "3 minutes": seconds in the last minute, whole minutes (rounded up) before. */
function timeLeft(ms: number): string {
  const [value, unit] = ms > MINUTE ? [Math.ceil(ms / MINUTE), 'minute'] : [Math.ceil(ms / SECOND), 'second'];
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** How long this adult must still wait after wrong PINs, counting down on screen. */
function useWait(staffId: () => StaffMember['id']) {
  // The stored attempts change with each wrong PIN, so the moment the wait ends is read again then.
  const waitEnds = useLive(staffId, async (id) => {
    const now = clock.now();
    const wait = await pinWaitOf(db, id, now);
    return wait && { at: now + wait.remainingMs, locked: wait.locked };
  });
  const now = useNow(SECOND);
  return () => {
    const ends = waitEnds();
    const remainingMs = ends ? ends.at - now() : 0;
    return ends && remainingMs > 0 ? { remainingMs, locked: ends.locked } : undefined;
  };
}

function PinForm(props: { staff: StaffMember; onOtherPerson?: () => void }) {
  const [pin, setPin] = createSignal('');
  const { busy: checking, status, setStatus, save } = useSave();
  const wait = useWait(() => props.staff.id);
  const waitText = () => {
    const current = wait();
    return (
      current && t(current.locked ? 'gate.locked' : 'gate.wait', { time: timeLeft(current.remainingMs) })
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus(undefined);
    const session = await save(() => signIn(db, props.staff.id, pin(), clock.now()));
    if (session) startAdultSession(session);
    else setPin('');
  };

  return (
    <form class="form pin-form" onSubmit={submit}>
      <PinPad
        id="adult-pin"
        label={t('gate.enterPin', { name: props.staff.name })}
        value={pin()}
        onInput={setPin}
      />
      <StatusLine status={status()} />
      {/* Not a live region: a countdown read out every second would drown everything else. */}
      <Show when={waitText()}>
        {(text) => (
          <p id="pin-wait" class="pin-wait">
            {text()}
          </p>
        )}
      </Show>
      <button
        type="submit"
        class="button primary"
        disabled={checking() || wait() !== undefined}
        aria-describedby={wait() ? 'pin-wait' : undefined}
      >
        {checking() ? t('gate.checking') : t('gate.submit')}
      </button>
      <Show when={props.onOtherPerson}>
        {(onOtherPerson) => (
          <button type="button" class="button" onClick={() => onOtherPerson()()}>
            {t('gate.otherPerson')}
          </button>
        )}
      </Show>
    </form>
  );
}

/** The PIN check in front of every adult screen. */
export function AdultGate() {
  const staff = useLive(() => listStaff(db));
  const [chosen, setChosen] = createSignal<StaffMember>();
  const only = () => {
    const all = staff() ?? [];
    return all.length === 1 ? all[0] : undefined;
  };

  const now = useNow(SECOND);
  const back = () => paraBarReturn(now());
  const navigate = useNavigate();
  const [search] = useSearchParams<{ restored?: string }>();
  const restored = () => restoredCountsOf(search.restored);
  const backToParaBar = () => {
    returnToParaBar(clock.now());
    navigate('/', { replace: true });
  };

  return (
    <main class="screen adult-screen gate">
      <h1>{t('gate.title')}</h1>
      <Show when={restored()}>
        {(counts) => <StatusLine status={{ kind: 'done', text: t('backup.restored', counts()) }} />}
      </Show>
      <Show when={back()}>
        {(session) => (
          <button type="button" class="button big primary" onClick={backToParaBar}>
            {t('gate.backToParaBar', { name: session().name })}
          </button>
        )}
      </Show>
      <Show
        when={chosen() ?? only()}
        fallback={
          <section aria-labelledby="who-title">
            <h2 id="who-title">{t('gate.whoAreYou')}</h2>
            <ul class="staff-choices">
              <For each={staff() ?? []}>
                {(member) => (
                  <li>
                    <button type="button" class="button big" onClick={() => setChosen(member)}>
                      {member.name} · {t(`role.${member.role}`)}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </section>
        }
      >
        {(member) => (
          <PinForm staff={member()} onOtherPerson={only() ? undefined : () => setChosen(undefined)} />
        )}
      </Show>
      <A href="/" class="button">
        {t('gate.backToKiosk')}
      </A>
      <ForgotPin />
    </main>
  );
}
