import type { Locale } from '../../domain/people';

const VOICE_LANGUAGE: Record<Locale, string> = { en: 'en', es: 'es' };

/**
 * Says a card's words with the device's own voices (offline where the device has them).
 * Returns false when there is no voice for the language, so the screen shows the words instead.
 */
export function speak(text: string, locale: Locale): boolean {
  const synthesis = globalThis.speechSynthesis;
  if (!synthesis || typeof SpeechSynthesisUtterance === 'undefined') return false;
  const voice = synthesis
    .getVoices()
    .find((candidate) => candidate.lang.toLowerCase().startsWith(VOICE_LANGUAGE[locale]));
  if (!voice) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  synthesis.cancel();
  synthesis.speak(utterance);
  return true;
}
