// Imported by the kiosk's lazily loaded progress view: its words arrive with it, in both languages.
import { addMessages } from './index';
import { kioskProgressEn } from './messages/kiosk-progress.en';
import { kioskProgressEs } from './messages/kiosk-progress.es';

addMessages('en', kioskProgressEn);
addMessages('es', kioskProgressEs);
