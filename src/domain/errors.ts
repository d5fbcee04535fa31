// Errors carry a code; src/i18n turns codes into words, so no screen invents its own message.
export const ERROR_CODES = [
  'invalid-event',
  'invalid-input',
  'not-found',
  'state-changed',
  'void-target-missing',
  'void-target-invalid',
  'not-allowed',
  'no-step-to-record',
  'step-recorded-already',
  'undo-expired',
  'paper-sheet-future',
  'fading-not-due',
  'wrong-pin',
  'pin-wait',
  'pin-locked',
  'setup-already-done',
  'storage-full',
  'write-failed',
  'database-closed',
  'board-not-json',
  'board-invalid',
  'board-duplicate-id',
  'board-empty',
  'board-too-large',
  'board-too-many-buttons',
  'board-too-many-files',
  'board-unsafe-path',
  'board-zip-invalid',
  'board-zip-split',
  'board-image-type',
  'board-image-unsafe',
  'board-option-count',
  'scale-labels-same',
  'words-missing',
  'backup-not-a-backup',
  'backup-version',
  'backup-invalid',
  'backup-damaged',
  'backup-truncated',
  'backup-too-large',
  'backup-reference',
  'backup-passphrase-needed',
  'backup-passphrase-wrong',
  'backup-passphrase-short',
  'backup-row-unfit',
  'board-too-many-boards',
  'board-too-many-cards',
  'board-too-many-chosen',
  'board-pictures-too-large',
  'board-too-deep',
  'picture-type',
  'picture-unsafe',
  'recording-type',
  'recording-too-large',
  'event-day-mismatch',
  'recovery-code-missing',
  'recovery-code-wrong',
  'recovery-wait',
  'recovery-locked',
  'backup-version-text',
  'backup-no-teacher',
  'backup-pin-hash',
  'restore-database-lost',
  'pin-count-unsaved',
  'sync-offline',
  'sync-unauthorized',
  'sync-forbidden',
  'sync-no-database',
  'sync-conflict',
  'sync-server',
  'sync-malformed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What the message names: a file, a button, a limit. Filled into the words of the code's message. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** For developers and logs; the words an adult reads come from i18n. */
    readonly details = '',
    readonly params: ErrorParams = {},
  ) {
    super(details ? `${code}: ${details}` : code);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
