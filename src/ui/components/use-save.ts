import { createSignal } from 'solid-js';
import { errorText } from '../../i18n';
import type { Status } from './status-line';

/**
 * One adult write at a time, with its outcome in words for a StatusLine: a confirmation (`done`,
 * or made from the write's result), or the error's own words (see i18n errorText). How screens
 * catch a repository's error; resolves to the write's result, or undefined if it failed. `setStatus` lets a screen say something of its own (a check before writing).
 */
export function useSave() {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  const save = async <Result>(
    write: () => Promise<Result>,
    done?: string | ((result: Result) => string | undefined),
  ): Promise<Result | undefined> => {
    setBusy(true);
    try {
      const result = await write();
      const text = typeof done === 'function' ? done(result) : done;
      setStatus(text === undefined ? undefined : { kind: 'done', text });
      return result;
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, save };
}

/** A parent's save and status, for the rows and parts that report into its one StatusLine. */
export type StatusSaver = Pick<ReturnType<typeof useSave>, 'save' | 'setStatus'>;
