/** Whether a page load starts on the kiosk (the app's start screen) rather than an adult's route. */
export const startsOnKiosk = (path: string): boolean => !/^\/(adult|setup|privacy)/.test(path);

/** What a page load shows first: the kiosk, setup on its own (a new tablet), or the routed app. */
export type FirstScreen = 'kiosk' | 'setup' | 'routed';

/**
 * Setup is shown on its own, without the router and the adult screens, only where nothing was
 * ever kept: no snapshot of the kiosk's last screen and no database of the app. Everywhere else
 * the page starts as it always has, and a database without a teacher yet still leads to setup,
 * through the kiosk or the router, once it has been read.
 */
export async function firstScreen(
  path: string,
  kept: { snapshot: boolean; noDatabase: () => Promise<boolean> },
): Promise<FirstScreen> {
  const onKiosk = startsOnKiosk(path);
  if (onKiosk && kept.snapshot) return 'kiosk';
  if (!onKiosk && path !== '/setup') return 'routed';
  if (await kept.noDatabase()) return 'setup';
  return onKiosk ? 'kiosk' : 'routed';
}
