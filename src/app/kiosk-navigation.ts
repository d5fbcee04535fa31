import { createContext, useContext } from 'solid-js';

/**
 * How the kiosk leaves for the adult area and keeps the browser's "back" inside itself. The kiosk
 * the app starts with does this with the History API alone, so its first load carries no router;
 * once an adult has opened the adult area, the router does it.
 */
export type KioskNavigation = {
  toAdultArea: () => void;
  /** A tablet not set up yet goes to setup, with no way back to an empty kiosk. */
  toSetup: () => void;
  /** Called while the kiosk is set up: from then until it goes, "back" stays on the kiosk. */
  holdHistory: () => void;
};

export const KioskNavigationContext = createContext<KioskNavigation>();

export function useKioskNavigation(): KioskNavigation {
  const navigation = useContext(KioskNavigationContext);
  if (!navigation) throw new Error('The kiosk is shown without its navigation.');
  return navigation;
}
