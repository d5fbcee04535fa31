// Imported by the kiosk's lazily loaded five-point scale: its words arrive with it, in both languages.
import { addMessages } from './index';
import { kioskScalesEn } from './messages/kiosk-scales.en';
import { kioskScalesEs } from './messages/kiosk-scales.es';

addMessages('en', kioskScalesEn);
addMessages('es', kioskScalesEs);
