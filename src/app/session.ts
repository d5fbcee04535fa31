import { createSignal } from 'solid-js';
import type { AdultSession } from '../domain/people';

// The adult session lives in memory only: a reload, or leaving for the student screen, ends it.
const [adultSession, setAdultSession] = createSignal<AdultSession>();

export { adultSession };

export function startAdultSession(session: AdultSession): void {
  setAdultSession(session);
}

export function endAdultSession(): void {
  setAdultSession(undefined);
}
