import { useContext } from 'solid-js';
import type { Wait } from '../../../domain/waiting';
import { KioskLocale, useKioskText } from '../kiosk-text';
import { sayOrShow } from '../spoken-caption';
import { VisualTimer } from '../visual-timer';

/**
 * "Wait", with its own timer, in front of the student's day: the picture says the word when
 * tapped, and the timer ends with the calm "time is up" before the day comes back.
 */
export function WaitCard(props: { wait: Wait }) {
  const text = useKioskText();
  const locale = useContext(KioskLocale);
  return (
    <div class="kiosk-front">
      <section class="wait-card" aria-label={text('kiosk.wait')}>
        <button
          type="button"
          class="wait-word"
          aria-label={text('kiosk.hearWait')}
          onClick={() => sayOrShow(text('kiosk.wait'), locale())}
        >
          {/* An hourglass: a picture for a student who does not read the word. */}
          <svg viewBox="0 0 64 64" width="120" height="120" aria-hidden="true">
            <path d="M16 6h32M16 58h32" stroke="#1d4f7a" stroke-width="5" stroke-linecap="round" />
            <path
              d="M20 8c0 14 24 14 24 24S20 42 20 56h24c0-14-24-14-24-24S44 22 44 8z"
              fill="#fde9b0"
              stroke="#1d4f7a"
              stroke-width="4"
              stroke-linejoin="round"
            />
            <path d="M27 50h10l-5-6z" fill="#f2b134" />
          </svg>
          <span class="kiosk-big">{text('kiosk.wait')}</span>
        </button>
        <VisualTimer startedAt={props.wait.startedAt} minutes={props.wait.seconds / 60} />
      </section>
    </div>
  );
}
