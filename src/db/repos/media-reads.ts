// Reading a stored picture, whoever owns it (a card or a student); the kiosk loads this module.
import type { MediaId } from '../../domain/ids';
import type { AppDb } from '../app-db';

export async function pictureBlob(db: AppDb, mediaId: MediaId): Promise<Blob | undefined> {
  return (await db.media.get(mediaId))?.blob;
}
