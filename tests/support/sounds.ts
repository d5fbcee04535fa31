/**
 * A short WAV file (8-bit mono PCM at 8 kHz, a square wave), built here so tests carry real sound
 * bytes without a binary fixture. `pitch` changes the bytes, so two recordings differ.
 */
export function tinyWav(samples = 800, pitch = 8): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => {
    for (let index = 0; index < value.length; index++) bytes[at + index] = value.charCodeAt(index);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let index = 0; index < samples; index++) bytes[44 + index] = Math.floor(index / pitch) % 2 ? 160 : 96;
  return bytes;
}

export const wavBlob = (samples?: number, pitch?: number) =>
  new Blob([tinyWav(samples, pitch)], { type: 'audio/wav' });
