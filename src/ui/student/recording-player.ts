// Plays a card's recording on the kiosk, loaded only when a card with one is tapped. One audio
// element for the kiosk: a new tap stops the sound before it, as a new word stops the voice.
import { db } from '../../db/instance';
import { pictureBlob } from '../../db/repos/media-reads';
import type { MediaId } from '../../domain/ids';

let player: HTMLAudioElement | undefined;
let playing: string | undefined;

/** Plays the recording; false when it is missing or the browser cannot play it, so the caller speaks instead. */
export async function playRecording(mediaId: MediaId): Promise<boolean> {
  const blob = await pictureBlob(db, mediaId);
  if (!blob) return false;
  if (!player) {
    player = document.createElement('audio');
    player.className = 'card-recording';
    document.body.append(player);
  }
  if (playing) URL.revokeObjectURL(playing);
  playing = URL.createObjectURL(blob);
  player.src = playing;
  globalThis.speechSynthesis?.cancel();
  try {
    await player.play();
    return true;
  } catch {
    return false;
  }
}
