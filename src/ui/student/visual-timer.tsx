import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { clock } from '../../app/clock';
import { useKioskText } from './kiosk-text';

const TICK_MS = 1000;
/** A short timer (a wait of seconds) counts in seconds; "1 min" would stand still on it. */
const SECONDS_SHOWN_BELOW_MS = 2 * 60_000;

/**
 * A bar that shrinks as the step's time passes. It never ends the step: the student does. When the
 * time runs out on screen, the bar turns to a calm "time is up" with a soft tone; a timer that had
 * already run out when the screen opened (a reload) changes look without a sound.
 */
export function VisualTimer(props: { startedAt: number; minutes: number }) {
  const text = useKioskText();
  const [now, setNow] = createSignal(clock.now());
  onCleanup(clock.every(TICK_MS, () => setNow(clock.now())));
  const totalMs = () => props.minutes * 60_000;
  const leftMs = () => Math.max(0, totalMs() - (now() - props.startedAt));
  const share = () => leftMs() / totalMs();
  const ended = () => leftMs() === 0;
  createEffect(
    on(ended, (isEnded, wasEnded) => {
      // The tone loads only when a timer ends: the kiosk's first load stays small.
      if (isEnded && wasEnded === false) void import('./soft-alert').then(({ softAlert }) => softAlert());
    }),
  );
  return (
    <div class="visual-timer" classList={{ ended: ended() }}>
      <div class="timer-track" aria-hidden="true">
        <div class="timer-fill" style={{ transform: `scaleX(${share()})` }} />
      </div>
      <p class="timer-words">
        {ended() ? (
          <>
            <span aria-hidden="true">✓</span> {text('kiosk.timeUp')}
          </>
        ) : totalMs() < SECONDS_SHOWN_BELOW_MS ? (
          text('kiosk.timeLeftSeconds', { seconds: Math.ceil(leftMs() / 1000) })
        ) : (
          text('kiosk.timeLeft', { minutes: Math.ceil(leftMs() / 60_000) })
        )}
      </p>
      {/* Said once when the time runs out, not every minute before it. */}
      <p class="visually-hidden" role="status">
        {ended() ? text('kiosk.timeUp') : ''}
      </p>
    </div>
  );
}
