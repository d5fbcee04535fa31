// Pictures stored without a content hash: before the picture gate (schema version 5 and older,
// when an SVG was checked by a deny-list that let a namespaced script through) or restored from a
// backup, which does not carry hashes. Each is passed through the gate once and kept as it leaves
// it, with its hash: an old hostile SVG is cleaned like a new one, and the picture can be shared.
import type { MediaId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { AppDb } from '../app-db';
import { gateMedia, toStore } from '../pictures/picture-gate';
import { guardedWrite } from '../write-errors';
import { requireRole } from './access';

/**
 * Passes every picture without a hash through the gate, one short transaction each, so nothing
 * waits on it long. A picture the gate refuses (no type it knows) stays as it was. Returns how many
 * were stored anew.
 */
export async function gateStoredPictures(db: AppDb, session: AdultSession | undefined): Promise<number> {
  requireRole(session, 'teacher');
  const ids = (await db.media.filter((row) => row.hash === undefined).primaryKeys()) as MediaId[];
  let stored = 0;
  for (const id of ids) {
    const row = await db.media.get(id);
    if (!row || row.hash !== undefined) continue;
    const gated = gateMedia(new Uint8Array(await row.blob.arrayBuffer()));
    if (!gated.ok) continue;
    const picture = await toStore(gated);
    await guardedWrite(() =>
      db.transaction('rw', db.media, async () => {
        const current = await db.media.get(id);
        if (current?.hash === undefined && current) await db.media.put({ ...current, ...picture });
      }),
    );
    stored++;
  }
  return stored;
}
