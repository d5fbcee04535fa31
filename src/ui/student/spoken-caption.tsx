import { createSignal, onCleanup, Show } from 'solid-js';
import { clock } from '../../app/clock';
import type { Locale } from '../../domain/people';
import { speak } from './speech';

const CAPTION_MS = 4000;
const [caption, setCaption] = createSignal<string>();
let hideCaption: (() => void) | undefined;

/** Speaks the words, or shows them large for a moment where the device has no voice. */
export function sayOrShow(text: string, locale: Locale): void {
  if (speak(text, locale)) return;
  hideCaption?.();
  setCaption(text);
  hideCaption = clock.after(CAPTION_MS, () => setCaption(undefined));
}

export function SpokenCaption() {
  onCleanup(() => hideCaption?.());
  return (
    <div class="spoken-caption" role="status">
      <Show when={caption()}>{(text) => <p>{text()}</p>}</Show>
    </div>
  );
}
