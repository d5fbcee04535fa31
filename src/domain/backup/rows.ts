// A backup's rows as they go back into the database: the file's records, with a picture's bytes
// as a Blob (the reader in db/backup makes it).
import type { MediaId } from '../ids';
import type { FileRecord } from './record-schemas';

/** A picture as it goes back into the database. */
export type MediaRow = { id: MediaId; ownerId: string; updatedAt: number; blob: Blob };
/** One row of a backup, ready for its table. */
export type BackupRow = Exclude<FileRecord, { t: 'media' }> | { t: 'media'; v: MediaRow };
