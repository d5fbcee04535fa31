import { AppError, type ErrorCode } from '../domain/errors';

/** The browser's or Dexie's error name, looking through Dexie's wrapping (it keeps the original as `inner`). */
function hasErrorName(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === name) return true;
  const inner: unknown = (error as { inner?: unknown }).inner;
  return inner !== undefined && hasErrorName(inner, name);
}

function codeOf(error: unknown): ErrorCode {
  if (hasErrorName(error, 'QuotaExceededError')) return 'storage-full';
  // Only a newer version of the app closes the connection for good (see ./version-change).
  if (hasErrorName(error, 'DatabaseClosedError')) return 'database-closed';
  return 'write-failed';
}

/**
 * Runs a write and turns any failure into an AppError with a code a person can be told about.
 * The write is one transaction, so on failure nothing of it is on disk.
 */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(codeOf(error), String(error));
  }
}
