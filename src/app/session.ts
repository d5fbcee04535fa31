import { createSignal } from 'solid-js';
import type { AdultSession } from '../domain/people';
import { clock } from './clock';

// The adult session lives in memory only: a reload, or leaving for the student screen, ends it.
// The one exception is the para bar, which keeps it beside the student screen until it is closed.
const [adultSession, setAdultSession] = createSignal<AdultSession>();
const [paraBarOpen, setParaBarOpen] = createSignal(false);

/**
 * A para bar closed (or locked when left alone) a moment ago can be reopened by the same adult
 * without their PIN for this long: a para who stepped away to help another student is back
 * beside this one in two taps. Kept in memory only, like the session; a reload forgets it.
 */
export const RETURN_TO_PARA_BAR_MS = 3 * 60_000;
const [recentParaBar, setRecentParaBar] = createSignal<{ session: AdultSession; until: number }>();

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

/** The para bar is closed, by its button or the idle lock: its adult may come back for a few minutes. */
export function leaveParaBar(): void {
  const session = adultSession();
  if (session) setRecentParaBar({ session, until: clock.now() + RETURN_TO_PARA_BAR_MS });
  endAdultSession();
}

/** Who may reopen the para bar without a PIN now, if anyone. */
export function paraBarReturn(now: number): AdultSession | undefined {
  const recent = recentParaBar();
  return recent && now < recent.until ? recent.session : undefined;
}

/** Back to the para bar as the adult who just left it: the only thing the quick return opens. */
export function returnToParaBar(now: number): void {
  const session = paraBarReturn(now);
  if (!session) return;
  setRecentParaBar(undefined);
  setAdultSession(session);
  setParaBarOpen(true);
}
