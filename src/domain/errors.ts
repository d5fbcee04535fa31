// Errors carry a code; src/i18n turns codes into words, so no screen invents its own message.
export const ERROR_CODES = [
  'invalid-event',
  'invalid-input',
  'void-target-missing',
  'void-target-invalid',
  'not-allowed',
  'wrong-pin',
  'setup-already-done',
  'storage-full',
  'write-failed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** For developers and logs; the words an adult reads come from i18n. */
    readonly details = '',
  ) {
    super(details ? `${code}: ${details}` : code);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
