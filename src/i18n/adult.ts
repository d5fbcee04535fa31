// Imported by the adult screens' lazy chunks: their words arrive with them, in both languages.
import { addMessages } from './index';
import { adultEn } from './messages/adult.en';
import { adultEs } from './messages/adult.es';

addMessages('en', adultEn);
addMessages('es', adultEs);
