import { onCleanup } from 'solid-js';
import { clock } from '../../app/clock';
import { useKioskNavigation } from '../../app/kiosk-navigation';
import { endAdultSession } from '../../app/session';
import { useKioskText } from './kiosk-text';

/** How long an adult holds the corner; a student's passing tap does nothing. */
export const ADULT_HOLD_MS = 1200;

/** The only way out of the kiosk: press and hold, then the PIN. */
export function AdultCorner() {
  const text = useKioskText();
  const navigation = useKioskNavigation();
  let cancelHold: (() => void) | undefined;
  const release = () => {
    cancelHold?.();
    cancelHold = undefined;
  };
  const hold = () => {
    release();
    // Always through the PIN, even while an adult's para bar is open beside the student's screen.
    cancelHold = clock.after(ADULT_HOLD_MS, () => {
      endAdultSession();
      navigation.toAdultArea();
    });
  };
  onCleanup(release);
  return (
    <button
      type="button"
      class="adult-corner"
      aria-label={text('kiosk.adultHold')}
      onPointerDown={hold}
      onPointerUp={release}
      onPointerLeave={release}
      onPointerCancel={release}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === ' ') && !event.repeat) hold();
      }}
      onKeyUp={release}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" width="24" height="24">
        <path
          fill="currentColor"
          d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 0 1 6 0v3Z"
        />
      </svg>
    </button>
  );
}
