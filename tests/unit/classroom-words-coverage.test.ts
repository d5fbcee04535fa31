import { describe, expect, test } from 'vitest';
import { bundledSymbols, CLASSROOM_SIGNS } from '../../scripts/symbol-set';
import { CLASSROOM_VOCABULARY } from '../../src/domain/symbols/classroom-vocabulary';
import { searchSymbols } from '../../src/ui/teacher/cards/symbol-search';

// A fixed list of 100 words a special-education classroom types for its cards every day, English
// and Spanish mixed, each with the pictures a teacher would take for it. Chosen before counting and
// not changed to fit: "glue", "pegamento" and "swing" have no fitting picture in the set.
const HAPPY = [
  'grinning-face',
  'smiling-face-with-smiling-eyes',
  'beaming-face-with-smiling-eyes',
  'smiling-face',
];
const SAD = [
  'crying-face',
  'frowning-face',
  'pensive-face',
  'loudly-crying-face',
  'slightly-frowning-face',
  'sad-but-relieved-face',
];
const BOOK = ['closed-book', 'open-book', 'blue-book', 'green-book', 'orange-book', 'books'];
const MATH = ['input-numbers', 'abacus', 'plus', 'minus', 'multiply', 'divide', 'heavy-equals-sign'];
const WRITING = ['writing-hand', 'memo', 'pencil', 'pen'];
const FOOD = ['fork-and-knife-with-plate', 'fork-and-knife', 'pot-of-food'];
const LUNCH = [...FOOD, 'sandwich', 'bento-box'];
const SNACK = ['cookie', 'red-apple', 'green-apple', 'pretzel', 'popcorn', 'rice-cracker', 'banana'];
const TOILET = ['toilet', 'restroom', 'water-closet'];
const PLAY_OUTSIDE = ['playground-slide', 'soccer-ball', 'basketball', 'softball'];
const BREAK = ['couch-and-lamp', 'person-in-lotus-position', 'hot-beverage', 'pause-button'];
const WAIT = ['hourglass-not-done', 'hourglass-done', 'timer-clock', 'stopwatch'];
const DONE = ['check-mark-button', 'check-mark', 'raising-hands'];
const HELP = ['raised-hand', 'person-raising-hand', 'man-raising-hand', 'woman-raising-hand'];
const MUSIC = ['musical-notes', 'musical-note', 'musical-score', 'guitar', 'drum', 'musical-keyboard'];
const COMPUTER = ['desktop-computer', 'laptop'];
const WATER = ['potable-water', 'droplet', 'tumbler-glass', 'cup-with-straw'];
const HOME = ['house', 'house-with-garden'];
const TEACHER = ['teacher', 'woman-teacher', 'man-teacher'];
const FRIEND = ['people-hugging', 'busts-in-silhouette', 'handshake'];
const PLAY = ['teddy-bear', 'puzzle-piece', 'soccer-ball', 'video-game', 'game-die'];

const CLASSROOM_WORDS: readonly (readonly [word: string, fitting: readonly string[]])[] = [
  ['lunch', LUNCH],
  ['bathroom', TOILET],
  ['wash hands', ['soap']],
  ['circle', ['busts-in-silhouette']],
  ['reading', BOOK],
  ['math', MATH],
  ['worksheet', ['page-facing-up', 'memo', 'page-with-curl', 'clipboard']],
  ['recess', PLAY_OUTSIDE],
  ['snack', SNACK],
  ['break', BREAK],
  ['calm', ['relieved-face', 'person-in-lotus-position']],
  ['wait', WAIT],
  ['all done', DONE],
  ['help', HELP],
  ['bus', ['bus', 'oncoming-bus']],
  ['line up', ['person-walking', 'footprints', 'person-standing']],
  ['centers', ['puzzle-piece']],
  ['speech', ['speaking-head', 'speech-balloon', 'mouth']],
  ['OT', ['hand-with-fingers-splayed', 'scissors']],
  ['PE', ['person-bouncing-ball', 'soccer-ball', 'basketball', 'running-shoe', 'person-running']],
  ['music', MUSIC],
  ['library', ['books', 'open-book']],
  ['computer', COMPUTER],
  ['quiet time', ['shushing-face', 'zipper-mouth-face', 'couch-and-lamp', 'person-in-lotus-position']],
  ['art', ['artist-palette', 'paintbrush', 'crayon', 'artist']],
  ['writing', WRITING],
  ['science', ['microscope', 'test-tube', 'alembic', 'petri-dish']],
  ['playground', ['playground-slide']],
  ['gym', ['basketball', 'person-bouncing-ball', 'person-lifting-weights', 'soccer-ball']],
  ['toilet', TOILET],
  ['drink', ['cup-with-straw', 'glass-of-milk', 'beverage-box', 'potable-water', 'tumbler-glass']],
  ['water', WATER],
  ['eat', [...FOOD, 'face-savoring-food']],
  ['home', HOME],
  ['arrival', ['school', 'backpack']],
  ['backpack', ['backpack']],
  ['coat', ['coat']],
  ['book', BOOK],
  ['pencil', ['pencil']],
  ['scissors', ['scissors']],
  ['glue', []],
  ['crayons', ['crayon']],
  ['paper', ['page-facing-up', 'memo', 'scroll', 'page-with-curl']],
  ['teacher', TEACHER],
  ['friend', FRIEND],
  ['happy', HAPPY],
  ['sad', SAD],
  ['angry', ['angry-face', 'pouting-face', 'face-with-steam-from-nose', 'face-with-symbols-on-mouth']],
  ['tired', ['tired-face', 'yawning-face', 'sleepy-face', 'sleeping-face']],
  ['sick', ['face-with-thermometer', 'nauseated-face', 'face-with-medical-mask', 'face-vomiting']],
  ['hurt', ['face-with-head-bandage', 'adhesive-bandage']],
  ['stop', ['stop-sign', 'raised-hand', 'stop-button']],
  ['go', ['vertical-traffic-light', 'horizontal-traffic-light', 'right-arrow']],
  ['yes', ['check-mark-button', 'check-mark', 'thumbs-up', 'head-shaking-vertically']],
  ['no', ['cross-mark', 'thumbs-down', 'head-shaking-horizontally', 'prohibited']],
  ['more', ['plus']],
  ['finished', DONE],
  ['first', ['keycap-1', '1st-place-medal']],
  ['sit down', ['chair', 'seat']],
  ['walk', ['person-walking', 'man-walking', 'woman-walking', 'footprints']],
  ['listen', ['ear']],
  ['look', ['eyes', 'eye']],
  ['clean up', ['broom', 'wastebasket', 'sponge', 'basket']],
  ['nurse', ['woman-health-worker', 'health-worker', 'man-health-worker', 'stethoscope']],
  ['sensory', ['bubbles', 'yo-yo']],
  ['swing', []],
  ['calendar', ['spiral-calendar', 'tear-off-calendar', 'calendar']],
  ['morning meeting', ['busts-in-silhouette']],
  ['brush teeth', ['toothbrush']],
  ['headphones', ['headphone']],
  ['autobús', ['bus', 'oncoming-bus']],
  ['libro', BOOK],
  ['comida', FOOD],
  ['lápiz', ['pencil']],
  ['baño', TOILET],
  ['recreo', PLAY_OUTSIDE],
  ['almuerzo', LUNCH],
  ['merienda', SNACK],
  ['ayuda', HELP],
  ['esperar', WAIT],
  ['descanso', BREAK],
  ['terminado', DONE],
  ['música', MUSIC],
  ['biblioteca', ['books', 'open-book']],
  ['computadora', COMPUTER],
  ['lavarse las manos', ['soap']],
  ['agua', WATER],
  ['casa', HOME],
  ['maestra', TEACHER],
  ['amigo', FRIEND],
  ['feliz', HAPPY],
  ['triste', SAD],
  ['tijeras', ['scissors']],
  ['mochila', ['backpack']],
  ['escribir', WRITING],
  ['leer', BOOK],
  ['matemáticas', MATH],
  ['jugar', PLAY],
  ['pegamento', []],
  ['silla', ['chair']],
];

const everySymbol = bundledSymbols();
// The set and the search as they were before the classroom vocabulary: no classroom signs.
const symbolsBefore = everySymbol.filter((symbol) => !CLASSROOM_SIGNS.includes(symbol.name));

/** The words whose first picture is one a teacher would take for them. */
function wordsFindingAPicture(search: (word: string) => string | undefined): string[] {
  return CLASSROOM_WORDS.flatMap(([word, fitting]) => {
    const first = search(word);
    return first !== undefined && fitting.includes(first) ? [word] : [];
  });
}

describe('classroom words find pictures', () => {
  test('the list is 100 different words, each fitting picture one the editor offers', () => {
    expect(new Set(CLASSROOM_WORDS.map(([word]) => word)).size).toBe(100);
    const names = new Set(everySymbol.map((symbol) => symbol.name));
    const unknown = CLASSROOM_WORDS.flatMap(([, fitting]) => fitting.filter((name) => !names.has(name)));
    expect(unknown).toEqual([]);
  });

  test('before the vocabulary, 20 of the 100 words found a fitting picture first', () => {
    const found = wordsFindingAPicture((word) => searchSymbols(symbolsBefore, word).matches[0]?.name);
    expect(found).toHaveLength(20);
  });

  test('with the vocabulary, 97 of the 100 words find a fitting picture first', () => {
    const found = wordsFindingAPicture(
      (word) => searchSymbols(everySymbol, word, undefined, CLASSROOM_VOCABULARY).matches[0]?.name,
    );
    expect(CLASSROOM_WORDS.map(([word]) => word).filter((word) => !found.includes(word))).toEqual([
      'glue',
      'swing',
      'pegamento',
    ]);
    expect(found).toHaveLength(97);
  });
});
