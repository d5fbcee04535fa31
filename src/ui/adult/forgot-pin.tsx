import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { startAdultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { hasRecoveryCode, resetPinWithRecoveryCode } from '../../db/repos/recovery-code';
import { listStaff } from '../../db/repos/staff';
import type { StaffId } from '../../domain/ids';
import { PIN_INPUT_PATTERN, PIN_MAX_DIGITS } from '../../domain/people';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/**
 * What to do when the teacher's PIN is forgotten: the recovery code written down at setup sets a
 * new PIN and keeps every record. Nothing here erases anything, so a student who wanders in can
 * do no harm: without the code it only refuses, more slowly each time.
 */
export function ForgotPin() {
  const hasCode = useLive(() => hasRecoveryCode(db));
  const teachers = useLive(async () => (await listStaff(db)).filter((member) => member.role === 'teacher'));
  const [chosen, setChosen] = createSignal<StaffId>();
  const [code, setCode] = createSignal('');
  const [pin, setPin] = createSignal('');
  const [pinAgain, setPinAgain] = createSignal('');
  const { busy: working, status, setStatus, save } = useSave();
  const whose = () => chosen() ?? teachers()?.[0]?.id;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const staffId = whose();
    if (!staffId) return;
    if (pin() !== pinAgain()) {
      setStatus({ kind: 'error', text: t('setup.pinMismatch') });
      return;
    }
    setStatus(undefined);
    const session = await save(() =>
      resetPinWithRecoveryCode(db, { code: code(), staffId, pin: pin() }, clock.now()),
    );
    if (session) startAdultSession(session);
    else setCode('');
  };

  return (
    <details class="panel forgot-pin">
      <summary>{t('forgot.title')}</summary>
      <Show when={hasCode() !== undefined}>
        <Show when={hasCode()} fallback={<p>{t('forgot.noCode')}</p>}>
          <p>{t('forgot.intro')}</p>
          <form class="form" onSubmit={submit}>
            <Show when={(teachers()?.length ?? 0) > 1}>
              <label for="forgot-whose">{t('forgot.whose')}</label>
              <select
                id="forgot-whose"
                value={whose()}
                onChange={(e) => setChosen(e.currentTarget.value as StaffId)}
              >
                <For each={teachers()}>{(teacher) => <option value={teacher.id}>{teacher.name}</option>}</For>
              </select>
            </Show>
            <label for="recovery-code">{t('forgot.code')}</label>
            <input
              id="recovery-code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              required
              value={code()}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
            <label for="forgot-pin">{t('forgot.newPin')}</label>
            <input
              id="forgot-pin"
              type="password"
              inputmode="numeric"
              autocomplete="new-password"
              pattern={PIN_INPUT_PATTERN}
              maxlength={PIN_MAX_DIGITS}
              required
              value={pin()}
              onInput={(e) => setPin(e.currentTarget.value)}
            />
            <label for="forgot-pin-again">{t('forgot.newPinAgain')}</label>
            <input
              id="forgot-pin-again"
              type="password"
              inputmode="numeric"
              autocomplete="new-password"
              pattern={PIN_INPUT_PATTERN}
              maxlength={PIN_MAX_DIGITS}
              required
              value={pinAgain()}
              onInput={(e) => setPinAgain(e.currentTarget.value)}
            />
            <StatusLine status={status()} />
            <button type="submit" class="button primary" disabled={working()}>
              {working() ? t('forgot.checking') : t('forgot.submit')}
            </button>
          </form>
          <p>{t('forgot.lostCode')}</p>
        </Show>
      </Show>
      <p>
        <A href="/privacy">{t('privacy.link')}</A>
      </p>
    </details>
  );
}
