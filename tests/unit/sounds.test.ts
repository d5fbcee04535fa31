import { describe, expect, test } from 'vitest';
import { RECORDING_MAX_BYTES, recordingRefusal, sniffAudio } from '../../src/domain/sounds';
import { tinyWav } from '../support/sounds';

const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)),
  );

describe('a sound known by its bytes', () => {
  test('WAV, MP3 (tagged or bare), Ogg, WebM and M4A, whatever the file says it is', () => {
    expect(sniffAudio(tinyWav())).toBe('audio/wav');
    expect(sniffAudio(bytesOf('ID3', [4, 0, 0]))).toBe('audio/mpeg');
    expect(sniffAudio(bytesOf([0xff, 0xfb, 0x90, 0x00]))).toBe('audio/mpeg');
    expect(sniffAudio(bytesOf('OggS', [0, 2]))).toBe('audio/ogg');
    expect(sniffAudio(bytesOf([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toBe('audio/webm');
    expect(sniffAudio(bytesOf([0, 0, 0, 0x20], 'ftypM4A '))).toBe('audio/mp4');
  });

  test('a WebP picture is a RIFF file too, but no sound; HTML and empty files are nothing', () => {
    expect(sniffAudio(bytesOf('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBeUndefined();
    expect(sniffAudio(bytesOf('<html><script>alert(1)</script>'))).toBeUndefined();
    expect(recordingRefusal(new Uint8Array())).toBe('not-audio');
  });

  test('a recording may be up to 1 MB, not a byte more', () => {
    expect(recordingRefusal(tinyWav(RECORDING_MAX_BYTES - 44))).toBeUndefined();
    expect(recordingRefusal(tinyWav(RECORDING_MAX_BYTES - 43))).toBe('too-large');
  });
});
