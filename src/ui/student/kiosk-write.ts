import { createSignal } from 'solid-js';
import { isAppError } from '../../domain/errors';

/** Why a student's tap was not saved, in the kinds an adult can act on differently. */
export type NotSavedReason = 'storage-full' | 'database-closed' | 'write-failed';

function reasonOf(error: unknown): NotSavedReason {
  if (isAppError(error) && (error.code === 'storage-full' || error.code === 'database-closed')) {
    return error.code;
  }
  return 'write-failed';
}

/**
 * The kiosk's one way to save a tap: one write at a time, and when it fails, why. A tap counts as
 * done only when its write is on disk; after a failure the tap can simply be made again.
 */
export function useKioskWrite() {
  const [busy, setBusy] = createSignal(false);
  const [notSaved, setNotSaved] = createSignal<NotSavedReason>();
  /** True when the write is on disk. */
  const save = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await write();
      setNotSaved(undefined);
      return true;
    } catch (error) {
      console.error(error);
      setNotSaved(reasonOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, notSaved, save };
}
