import '../../i18n/adult';
import { A, type RouteSectionProps, useNavigate } from '@solidjs/router';
import { createEffect, type JSX, Show } from 'solid-js';
import { adultSession, endAdultSession, openParaBar } from '../../app/session';
import { clearKioskSnapshot } from '../../db/repos/kiosk-snapshot';
import { t } from '../../i18n';
import { useIdleLock } from '../components/use-idle-lock';
import { AdultGate } from './adult-gate';
import { RecoveryCodeNotice } from './recovery-code-notice';
import { UpdateBanner } from './update-banner';

/** Ends the session (the PIN gate comes back) after the teacher's idle time without a tap. */
function IdleLocked(props: { children: JSX.Element }) {
  const lockWhenIdle = useIdleLock(endAdultSession);
  return (
    <div ref={lockWhenIdle} class="idle-lock">
      {props.children}
    </div>
  );
}

/** Every adult screen sits inside this: the PIN gate first, then the adult's navigation. */
export function AdultArea(props: RouteSectionProps) {
  const navigate = useNavigate();
  // What an adult changes here (a student added, a schedule, a language) may make the kiosk's
  // last screen wrong: it is forgotten, and the kiosk keeps its screen anew when it shows it.
  createEffect(() => {
    if (adultSession()) clearKioskSnapshot();
  });
  const leave = () => {
    endAdultSession();
    navigate('/', { replace: true });
  };
  // The adult stays signed in beside the student's screen, until the para bar is closed.
  const toParaBar = () => {
    openParaBar();
    navigate('/', { replace: true });
  };
  // Full screen needs an adult's tap; the kiosk then has no browser bar to leave by.
  const leaveInFullScreen = () => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    leave();
  };
  return (
    <Show when={adultSession()} fallback={<AdultGate />}>
      {(session) => (
        <IdleLocked>
          <div class="adult-layout">
            <header class="adult-header">
              <nav aria-label={t('adult.nav')}>
                <A href="/adult" end class="nav-link">
                  {t('adult.home')}
                </A>
                <Show when={session().role === 'teacher'}>
                  <A href="/adult/schedules" class="nav-link">
                    {t('adult.schedules')}
                  </A>
                  <A href="/adult/cards" class="nav-link">
                    {t('adult.cards')}
                  </A>
                  <A href="/adult/boards" class="nav-link">
                    {t('adult.boards')}
                  </A>
                  <A href="/adult/review" class="nav-link">
                    {t('adult.review')}
                  </A>
                  <A href="/adult/self-checks" class="nav-link">
                    {t('adult.selfChecks')}
                  </A>
                  <A href="/adult/scales" class="nav-link">
                    {t('adult.scales')}
                  </A>
                  <A href="/adult/settings" class="nav-link">
                    {t('adult.settings')}
                  </A>
                  <A href="/adult/backup" class="nav-link">
                    {t('adult.backup')}
                  </A>
                  <A href="/adult/paper" class="nav-link">
                    {t('adult.paper')}
                  </A>
                </Show>
                <A href="/adult/data-sheet" class="nav-link">
                  {t('adult.dataSheet')}
                </A>
                <A href="/adult/paper-entry" class="nav-link">
                  {t('adult.paperEntry')}
                </A>
                <A href="/adult/notes-home" class="nav-link">
                  {t('adult.homeNotes')}
                </A>
                <A href="/adult/about" class="nav-link">
                  {t('adult.about')}
                </A>
              </nav>
              <p class="signed-in">
                {t('adult.signedInAs', { name: session().name, role: t(`role.${session().role}`) })}
              </p>
              <button type="button" class="button" onClick={leave}>
                {t('adult.signOut')}
              </button>
              <button type="button" class="button" onClick={toParaBar}>
                {t('paraBar.open')}
              </button>
              <button type="button" class="button" onClick={leaveInFullScreen}>
                {t('adult.fullScreen')}
              </button>
            </header>
            <UpdateBanner />
            <RecoveryCodeNotice />
            <main class="screen adult-screen">{props.children}</main>
          </div>
        </IdleLocked>
      )}
    </Show>
  );
}
