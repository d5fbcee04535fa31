import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { startAdultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { listStaff, type StaffMember, signIn } from '../../db/repos/staff';
import { errorText, t } from '../../i18n';
import { PinPad } from '../components/pin-pad';
import { type Status, StatusLine } from '../components/status-line';

function PinForm(props: { staff: StaffMember; onOtherPerson?: () => void }) {
  const [pin, setPin] = createSignal('');
  const [checking, setChecking] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setChecking(true);
    setStatus(undefined);
    try {
      startAdultSession(await signIn(db, props.staff.id, pin()));
    } catch (error) {
      setPin('');
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setChecking(false);
    }
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
      <button type="submit" class="button primary" disabled={checking()}>
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

  return (
    <main class="screen adult-screen gate">
      <h1>{t('gate.title')}</h1>
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
    </main>
  );
}
