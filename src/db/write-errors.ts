import { AppError } from '../domain/errors';

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  // Dexie wraps the browser's error; the original is kept as `inner`.
  const inner: unknown = (error as { inner?: unknown }).inner;
  return inner !== undefined && isQuotaError(inner);
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
    if (isQuotaError(error)) throw new AppError('storage-full', String(error));
    throw new AppError('write-failed', String(error));
  }
}
