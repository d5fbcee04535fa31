// What a sound's bytes are, read from the bytes themselves: a card's recording (made on the device,
// chosen as a file, or carried by a board file) is stored with the type its bytes have, never a
// name's or a file's word for it. A browser plays audio types and runs nothing in them.

export const AUDIO_TYPES = ['audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/webm', 'audio/mp4'] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

/** A spoken word or two is a few kilobytes; a minute of speech compressed is well under this. */
export const RECORDING_MAX_BYTES = 1024 * 1024;

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, index) => bytes[at + index] === byte);

/** An MPEG audio frame starts with 11 set bits (MP3 without an ID3 tag). */
const mpegFrame = (bytes: Uint8Array): boolean => bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0;

/** The audio type of the bytes by their magic numbers, or undefined when they are no sound file known here. */
export function sniffAudio(bytes: Uint8Array): AudioType | undefined {
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WAVE'), 8)) return 'audio/wav';
  if (startsWith(bytes, ascii('ID3')) || mpegFrame(bytes)) return 'audio/mpeg';
  if (startsWith(bytes, ascii('OggS'))) return 'audio/ogg';
  // WebM is a Matroska (EBML) file: what MediaRecorder makes in Chromium and Firefox.
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm';
  // MP4/M4A: a box whose type, after its 4-byte size, is ftyp (what Safari's MediaRecorder makes).
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'audio/mp4';
  return undefined;
}

/** Why a recording is refused, if it is: not a sound, too large, or empty. */
export function recordingRefusal(bytes: Uint8Array): 'not-audio' | 'too-large' | undefined {
  if (bytes.length === 0 || sniffAudio(bytes) === undefined) return 'not-audio';
  return bytes.length > RECORDING_MAX_BYTES ? 'too-large' : undefined;
}
