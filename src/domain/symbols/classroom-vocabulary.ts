// The classroom vocabulary: what a special-education classroom names every day, each mapped onto
// symbols of the card editor's bundled set (Fluent Emoji Flat), with English and Spanish words.
// Large: import it only with import(), beside the symbol set, so the kiosk never loads it.
// A concept named earlier wins a tie: "papa" is dad before potato.
import type { ClassroomConcept } from './classroom-words';
import { ACTIONS } from './vocabulary/actions';
import { BODY } from './vocabulary/body';
import { FEELINGS } from './vocabulary/feelings';
import { FOOD } from './vocabulary/food';
import { OBJECTS } from './vocabulary/objects';
import { PEOPLE } from './vocabulary/people';
import { PLACES } from './vocabulary/places';
import { REQUESTS } from './vocabulary/requests';
import { ROUTINES } from './vocabulary/routines';
import { SUBJECTS } from './vocabulary/subjects';
import { THERAPIES } from './vocabulary/therapies';
import { TIME } from './vocabulary/time';
import { TRANSPORT } from './vocabulary/transport';

export const CLASSROOM_VOCABULARY: readonly ClassroomConcept[] = [
  ...ROUTINES,
  ...PLACES,
  ...SUBJECTS,
  ...THERAPIES,
  ...FEELINGS,
  ...BODY,
  ...PEOPLE,
  ...FOOD,
  ...ACTIONS,
  ...OBJECTS,
  ...TRANSPORT,
  ...TIME,
  ...REQUESTS,
];
