import { NAME_MAX_LENGTH, PIN_INPUT_PATTERN, PIN_MAX_DIGITS } from '../../domain/people';
import '../../i18n/setup';
import { A, useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { clock } from '../../app/clock';
import { startAdultSession } from '../../app/session';
import { db } from '../../db/instance';
import { deviceIdOf, writeSetting } from '../../db/repos/settings';
import { completeSetup } from '../../db/repos/setup';
import { t } from '../../i18n';
import { showRecoveryCode } from '../adult/recovery-code-notice';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/** Asks the browser not to evict this app's data; the answer is shown in settings. */
async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** First run: the teacher's name and PIN and the first student, then the adult area. */
export function SetupScreen() {
  const navigate = useNavigate();
  const [teacherName, setTeacherName] = createSignal('');
  const [pin, setPin] = createSignal('');
  const [pinAgain, setPinAgain] = createSignal('');
  const [studentName, setStudentName] = createSignal('');
  const { busy: working, status, setStatus, save } = useSave();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (pin() !== pinAgain()) {
      setStatus({ kind: 'error', text: t('setup.pinMismatch') });
      return;
    }
    setStatus(undefined);
    await save(async () => {
      const now = clock.now();
      const { session, recoveryCode } = await completeSetup(
        db,
        { teacherName: teacherName(), pin: pin(), studentName: studentName() },
        now,
      );
      await deviceIdOf(db, now);
      await writeSetting(db, 'storagePersisted', await requestPersistentStorage());
      startAdultSession(session);
      showRecoveryCode(recoveryCode);
      navigate('/adult', { replace: true, state: { welcome: true } });
    });
  };

  return (
    <main class="screen adult-screen setup">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <p>
        <A href="/privacy">{t('privacy.link')}</A>
      </p>
      <form class="form" onSubmit={submit}>
        <label for="teacher-name">{t('setup.teacherName')}</label>
        <input
          id="teacher-name"
          autocomplete="name"
          required
          maxlength={NAME_MAX_LENGTH}
          value={teacherName()}
          onInput={(e) => setTeacherName(e.currentTarget.value)}
        />
        <label for="teacher-pin">{t('setup.pin')}</label>
        <input
          id="teacher-pin"
          type="password"
          inputmode="numeric"
          autocomplete="new-password"
          pattern={PIN_INPUT_PATTERN}
          maxlength={PIN_MAX_DIGITS}
          required
          value={pin()}
          onInput={(e) => setPin(e.currentTarget.value)}
        />
        <label for="teacher-pin-again">{t('setup.pinConfirm')}</label>
        <input
          id="teacher-pin-again"
          type="password"
          inputmode="numeric"
          autocomplete="new-password"
          pattern={PIN_INPUT_PATTERN}
          maxlength={PIN_MAX_DIGITS}
          required
          value={pinAgain()}
          onInput={(e) => setPinAgain(e.currentTarget.value)}
        />
        <label for="student-name">{t('setup.studentName')}</label>
        <input
          id="student-name"
          required
          maxlength={NAME_MAX_LENGTH}
          value={studentName()}
          onInput={(e) => setStudentName(e.currentTarget.value)}
        />
        <StatusLine status={status()} />
        <button type="submit" class="button primary" disabled={working()}>
          {working() ? t('setup.working') : t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
