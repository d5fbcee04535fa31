import type Dexie from 'dexie';

/**
 * When another tab, or a newer version of the app, opens the database at a higher version, this
 * tab's code no longer matches what is on disk. Its connection closes for good, so the other one
 * can upgrade and nothing here writes in the old shape; `onClosed` tells the screens to ask an
 * adult to reload. Dexie's own handler closes too, but reopens on the next query, with old code.
 */
export function closeForNewerVersion(db: Dexie, onClosed: () => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onClosed();
    // false: Dexie's default handler does not run after this one.
    return false;
  });
}
