// A gentle signal that a question has come or a timer has run out: a short, soft tone made on the
// device (no sound file to fetch), and a short vibration where the tablet has one.
let audio: AudioContext | undefined;

const PEAK_GAIN = 0.12;
const TONE_HZ = 660;
const TONE_SECONDS = 0.6;

export function softAlert(): void {
  navigator.vibrate?.(150);
  const Context = globalThis.AudioContext;
  if (!Context) return;
  audio ??= new Context();
  // A context made before any tap starts suspended; the kiosk has had taps by the time one rings.
  if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  const start = audio.currentTime;
  const tone = audio.createOscillator();
  const volume = audio.createGain();
  tone.type = 'sine';
  tone.frequency.value = TONE_HZ;
  // Fade in and out, so the tone starts and ends without a click.
  volume.gain.setValueAtTime(0, start);
  volume.gain.linearRampToValueAtTime(PEAK_GAIN, start + 0.05);
  volume.gain.exponentialRampToValueAtTime(0.0001, start + TONE_SECONDS);
  tone.connect(volume).connect(audio.destination);
  tone.start(start);
  tone.stop(start + TONE_SECONDS);
}
