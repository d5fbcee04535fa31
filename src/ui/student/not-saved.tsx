import { Show } from 'solid-js';
import { useKioskText } from './kiosk-text';
import type { NotSavedReason } from './kiosk-write';

/** A tap that was not saved: calm words for the student, and for the adult what to do about it. */
export function NotSaved(props: { reason: NotSavedReason | undefined }) {
  const text = useKioskText();
  return (
    <Show when={props.reason}>
      {(reason) => (
        <div class="kiosk-problem" role="alert">
          <p>{text('kiosk.notSaved')}</p>
          <p class="kiosk-problem-adult">{text(`kiosk.notSavedAdult.${reason()}`)}</p>
        </div>
      )}
    </Show>
  );
}
