import { vi } from 'vitest';

/** What the device's voice was asked to say, and in which language. */
export type Said = { text: string; lang: string };

/**
 * The browser's speech, stubbed for a DOM that has none: an English and a Spanish voice, and each
 * utterance pushed onto `said`.
 */
export function stubSpeech(said: Said[]): void {
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => [{ lang: 'en-US' }, { lang: 'es-MX' }],
    cancel: () => {},
    speak: (utterance: Said) => said.push({ text: utterance.text, lang: utterance.lang }),
  });
}
