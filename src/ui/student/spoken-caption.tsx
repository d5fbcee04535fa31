import { createSignal, onCleanup, Show } from 'solid-js';
import { clock } from '../../app/clock';
import type { Speech } from '../../domain/languages';
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

/**
 * A tapped card (level, question) says itself: its recording when it has one (the player loads
 * only then), else its words in the voice of their language; a recording that will not play falls
 * back to the words.
 */
export function saySpeech(speech: Speech): void {
  const recording = speech.recording;
  const words = () => sayOrShow(speech.text, speech.locale);
  if (!recording) {
    words();
    return;
  }
  import('./recording-player')
    .then(({ playRecording }) => playRecording(recording.mediaId))
    .then((played) => {
      if (!played) words();
    }, words);
}

export function SpokenCaption() {
  onCleanup(() => hideCaption?.());
  return (
    <div class="spoken-caption" role="status">
      <Show when={caption()}>{(text) => <p>{text()}</p>}</Show>
    </div>
  );
}
