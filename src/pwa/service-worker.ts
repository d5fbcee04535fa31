import { createEffect, createRoot, createSignal, onCleanup } from 'solid-js';

// The service worker is registered at start so the first visit makes the app work offline.
// A new version waits (registerType 'prompt') until an adult applies it in the adult area. Then
// every open tab comes under the new version at once (the browser's controllerchange); each tab
// reloads itself only at a safe moment: never under a student in the middle of their day, but once
// the day is all done, nothing is planned, nobody is signed in at the kiosk, or an adult opens the
// adult area there. The tab where the adult pressed "Update now" is in the adult area, so it
// reloads at once.
const [updateReady, setUpdateReady] = createSignal(false);
const [newVersionInControl, setNewVersionInControl] = createSignal(false);
const [studentMidDay, setStudentMidDay] = createSignal(false);
let activateUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export { updateReady };

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // The first install taking control is not an update: only a tab that was already controlled
  // needs the new version's files.
  const wasControlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (wasControlled) setNewVersionInControl(true);
  });
  createRoot(() => {
    createEffect(() => {
      if (newVersionInControl() && !studentMidDay()) window.location.reload();
    });
  });
  // Workbox's window code loads once the kiosk is up: the student's first screen does not wait for it.
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      activateUpdate = registerSW({
        immediate: true,
        onNeedRefresh: () => setUpdateReady(true),
        // Given, so registerSW does not reload this tab itself; the effect above decides when.
        onNeedReload: () => setNewVersionInControl(true),
      });
    })
    // Without it the app still runs, only not offline; the console tells whoever looks why.
    .catch((error: unknown) => console.error('The service worker could not be registered.', error));
}

export async function applyUpdate(): Promise<void> {
  await activateUpdate?.(true);
}

export function postponeUpdate(): void {
  setUpdateReady(false);
}

/**
 * Called by the student's day on the kiosk: while `midDay` is true a new version waits to reload
 * this tab. Leaving the day (the picker, the adult area) lets it reload.
 */
export function holdUpdatesWhile(midDay: () => boolean): void {
  createEffect(() => setStudentMidDay(midDay()));
  onCleanup(() => setStudentMidDay(false));
}
