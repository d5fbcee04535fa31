import { createSignal } from 'solid-js';
import { whenClosedForNewerVersion } from '../../db/closed-for-good';

const [closedForNewerVersion, setClosedForNewerVersion] = createSignal(false);
whenClosedForNewerVersion(() => setClosedForNewerVersion(true));

/** True once another tab or a new version of the app took the database over: only a reload goes on. */
export { closedForNewerVersion };
