import {
  type KioskSnapshot,
  parseKioskSnapshot,
  type SnapshotExpectation,
} from '../../domain/kiosk-snapshot';
import { isClosedForGood } from '../closed-for-good';

// In localStorage because it must be read synchronously, before the database (and Dexie) load.
const SNAPSHOT_KEY = 'on-my-own:kiosk-snapshot';

/** The kiosk's last screen, when it is well formed and for this day (and student). */
export function readKioskSnapshot(expected: SnapshotExpectation): KioskSnapshot | undefined {
  try {
    return parseKioskSnapshot(localStorage.getItem(SNAPSHOT_KEY), expected);
  } catch {
    // Storage refused (a private window, a policy): the kiosk paints from the database.
    return undefined;
  }
}

/**
 * Keeps what the kiosk now shows; a failure only costs the next load its early paint. Not once
 * this tab's database has closed for good: another tab may have restored a backup, and this tab's
 * screen is then the replaced data's.
 */
export function keepKioskSnapshot(snapshot: KioskSnapshot): void {
  if (isClosedForGood()) return;
  try {
    const text = JSON.stringify(snapshot);
    if (localStorage.getItem(SNAPSHOT_KEY) !== text) localStorage.setItem(SNAPSHOT_KEY, text);
  } catch {
    clearKioskSnapshot();
  }
}

/** Forgets the kiosk's last screen: whenever it may no longer be what the database says. */
export function clearKioskSnapshot(): void {
  try {
    localStorage.removeItem(SNAPSHOT_KEY);
  } catch {
    // Nothing kept that can be removed.
  }
}
