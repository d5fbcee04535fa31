// Classroom sync runs in every tab of the app, the kiosk's too (a student's tablet sends its
// records with nobody signed in), but its code loads only after the first paint, and only once
// the teacher has saved a server on this device: the student's first screen never waits for it,
// and a tablet that does not sync never loads it. Should its code fail to load, the app still
// works on this device, and the browser's console says why.
export function startClassroomSyncAfterPaint(): void {
  requestAnimationFrame(() =>
    setTimeout(async () => {
      const [{ db, whenClosedForNewerVersion }, { whenSyncAccountSaved }, { clock }] = await Promise.all([
        import('../db/instance'),
        import('../db/sync/sync-saved'),
        import('./clock'),
      ]);
      const stopWaiting = whenSyncAccountSaved(db, async () => {
        const { startAutoSync } = await import('../db/sync/auto-sync');
        // Another version taking the database over stops it: that tab only reloads from there on.
        whenClosedForNewerVersion(startAutoSync(db, { now: () => clock.now() }));
      });
      whenClosedForNewerVersion(stopWaiting);
    }),
  );
}
