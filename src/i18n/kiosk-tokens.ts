// Imported by the kiosk's lazily loaded token board: its words arrive with it, in both languages.
import { addMessages } from './index';
import { kioskTokensEn } from './messages/kiosk-tokens.en';
import { kioskTokensEs } from './messages/kiosk-tokens.es';

addMessages('en', kioskTokensEn);
addMessages('es', kioskTokensEs);
