import { createSignal } from 'solid-js';
import { errorText } from '../../i18n';
import type { Status } from '../components/status-line';

/** One adult write at a time, with its outcome in words: a confirmation, or the error's own words. */
export function useRecord() {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  const run = async (write: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await write();
      setStatus(done ? { kind: 'done', text: done } : undefined);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, run };
}
