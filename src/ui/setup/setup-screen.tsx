import { NAME_MAX_LENGTH, PIN_INPUT_PATTERN, PIN_MAX_DIGITS } from '../../domain/people';
import '../../i18n/setup';
import { createSignal } from 'solid-js';
import { clock } from '../../app/clock';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/** Where setup leads: given by the routed app, or by a new tablet's setup without the router. */
export type SetupNavigation = {
  /** The privacy page, which can be read before setup. */
  toPrivacy: () => void;
  /** Once setup is done: the adult area, signed in, with its welcome. */
  toAdultArea: () => void | Promise<void>;
};

// Asked for as soon as the teacher starts on the form, so the writes are there by its end (should
// that fail, submitting asks again and shows why).
const loadWrites = () => import('./finish-setup');

/** A plain click follows the app's own navigation; one that asks for a new tab or window does not. */
const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

/** First run: the teacher's name and PIN and the first student, then the adult area. */
export function SetupScreen(props: { navigation: SetupNavigation }) {
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
      const { finishSetup } = await loadWrites();
      await finishSetup({ teacherName: teacherName(), pin: pin(), studentName: studentName() }, clock.now());
      await props.navigation.toAdultArea();
    });
  };

  return (
    <main class="screen adult-screen setup">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <p>
        <a
          href="/privacy"
          onClick={(event) => {
            if (!plainClick(event)) return;
            event.preventDefault();
            props.navigation.toPrivacy();
          }}
        >
          {t('privacy.link')}
        </a>
      </p>
      <form class="form" onSubmit={submit} onFocusIn={() => loadWrites().catch(() => undefined)}>
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
