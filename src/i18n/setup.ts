// Imported by the setup screen: the first visit's words and every error's, in both languages,
// without the rest of the adult screens' words (./adult.ts brings those with the adult area).
import { addMessages } from './index';
import { setupEn } from './messages/setup.en';
import { setupEs } from './messages/setup.es';

addMessages('en', setupEn);
addMessages('es', setupEs);
