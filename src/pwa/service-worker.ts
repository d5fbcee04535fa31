import { createSignal } from 'solid-js';

// The service worker is registered at start so the first visit makes the app work offline.
// A new version waits (registerType 'prompt') until an adult applies it: a student's screen is
// never reloaded from under them.
const [updateReady, setUpdateReady] = createSignal(false);
let activateUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export { updateReady };

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // Workbox's window code loads once the kiosk is up: the student's first screen does not wait for it.
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      activateUpdate = registerSW({ immediate: true, onNeedRefresh: () => setUpdateReady(true) });
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
