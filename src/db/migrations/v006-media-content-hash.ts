import type Dexie from 'dexie';

/**
 * Version 6: pictures are found by their content hash (SHA-256 of their bytes, see
 * db/pictures/picture-store.ts), so a picture shown by many cards is stored once. Only an index is
 * added; rows stored before have no hash (hashing waits on Web Crypto, which would end the upgrade's
 * transaction early) and stay as they are, each with its one owner.
 */
export function v006MediaContentHash(db: Dexie): void {
  db.version(6).stores({ media: 'id, ownerId, hash' });
}
