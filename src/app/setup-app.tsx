import { type SetupNavigation, SetupScreen } from '../ui/setup/setup-screen';

/**
 * The app as it starts on a new tablet: setup alone, without the router and the adult screens.
 * Finishing setup, or opening the privacy page from it, hands over to the routed app.
 */
export function SetupApp(props: { openRouted: (path: string, replace: boolean, state?: object) => void }) {
  // Setup's own address, as under the router: a reload there opens setup again.
  if (location.pathname !== '/setup') history.replaceState(null, '', '/setup');
  const navigation: SetupNavigation = {
    toPrivacy: () => props.openRouted('/privacy', false),
    toAdultArea: async () => {
      // Setup stays on screen, working, until the adult screens' router is here to follow it.
      await import('./routed-app');
      props.openRouted('/adult', true, { welcome: true });
    },
  };
  return <SetupScreen navigation={navigation} />;
}
