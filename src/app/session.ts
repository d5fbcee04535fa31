import { createSignal } from 'solid-js';
import type { AdultSession } from '../domain/people';

// The adult session lives in memory only: a reload, or leaving for the student screen, ends it.
// The one exception is the para bar, which keeps it beside the student screen until it is closed.
const [adultSession, setAdultSession] = createSignal<AdultSession>();
const [paraBarOpen, setParaBarOpen] = createSignal(false);

export { adultSession, paraBarOpen };

export function startAdultSession(session: AdultSession): void {
  setAdultSession(session);
}

export function endAdultSession(): void {
  setAdultSession(undefined);
  setParaBarOpen(false);
}

/** The signed-in adult goes to the student screen with the para bar beside it. */
export function openParaBar(): void {
  if (adultSession()) setParaBarOpen(true);
}
