import { createSignal, onCleanup } from 'solid-js';
import { clock } from '../../app/clock';
import { useKioskText } from './kiosk-text';

const TICK_MS = 1000;

/** A bar that shrinks as the step's time passes. It never ends the step: the student does. */
export function VisualTimer(props: { startedAt: number; minutes: number }) {
  const text = useKioskText();
  const [now, setNow] = createSignal(clock.now());
  onCleanup(clock.every(TICK_MS, () => setNow(clock.now())));
  const totalMs = () => props.minutes * 60_000;
  const leftMs = () => Math.max(0, totalMs() - (now() - props.startedAt));
  const share = () => leftMs() / totalMs();
  return (
    <div class="visual-timer">
      <div class="timer-track" aria-hidden="true">
        <div class="timer-fill" style={{ transform: `scaleX(${share()})` }} />
      </div>
      <p class="timer-words">
        {leftMs() > 0
          ? text('kiosk.timeLeft', { minutes: Math.ceil(leftMs() / 60_000) })
          : text('kiosk.timeUp')}
      </p>
    </div>
  );
}
