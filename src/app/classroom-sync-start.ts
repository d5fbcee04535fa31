// Classroom sync runs in every tab of the app, the kiosk's too (a student's tablet sends its
// records with nobody signed in), but its code loads only after the first paint: the student's
// first screen never waits for it. It does nothing until the teacher saves a server on this device.
// Should its code fail to load, the app still works on this device, and the browser's console says why.
export function startClassroomSyncAfterPaint(): void {
  requestAnimationFrame(() =>
    setTimeout(async () => {
      const [{ startAutoSync }, { db, whenClosedForNewerVersion }, { clock }] = await Promise.all([
        import('../db/sync/auto-sync'),
        import('../db/instance'),
        import('./clock'),
      ]);
      // Another version taking the database over stops it: that tab only reloads from there on.
      whenClosedForNewerVersion(startAutoSync(db, { now: () => clock.now() }));
    }),
  );
}
