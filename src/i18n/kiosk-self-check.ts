// Imported by the kiosk's lazily loaded self-check and by the adults' accuracy check: its words
// arrive with it, in both languages.
import { addMessages } from './index';
import { kioskSelfCheckEn } from './messages/kiosk-self-check.en';
import { kioskSelfCheckEs } from './messages/kiosk-self-check.es';

addMessages('en', kioskSelfCheckEn);
addMessages('es', kioskSelfCheckEs);
