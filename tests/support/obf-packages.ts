// Multi-board packages shaped like the ones real AAC apps export, each case the importer must take
// or note: links between boards and out of the package, pictures by path and inline (DATA: in
// upper case, SVG text with bare % signs), sounds, hidden buttons, ext_ fields, missing optional
// fields, a language written as a name, dangling and empty image ids, a one-choice board, a board
// of more choices than a board holds, a long label and a board that is not JSON.
import { anObz, dataUri, GIF, JPEG, PNG, utf8 } from './obf-files';
import { tinyWav } from './sounds';

type Json = Record<string, unknown>;

/** Sounds a board's buttons play: each becomes its card's recording. */
export const PAGESET_WAV = tinyWav(200);
export const PAGESET_INLINE_WAV = tinyWav(100, 3);
const LONG_LABEL = 'I would like to go outside and play on the swings with my friends, please';
const SVG_WITH_PERCENT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 10 10"><rect width="50%" height="10"/></svg>';

const home: Json = {
  format: 'open-board-0.1',
  id: 'home',
  name: 'Home',
  locale: 'en',
  buttons: [
    { id: 'to-food', label: 'food', load_board: { id: 'food', path: 'boards/food.obf' } },
    { id: 'to-feelings', label: 'feelings', load_board: { path: 'boards/feelings.obf' } },
    { id: 'to-web', label: 'more', load_board: { url: 'https://example.org/more.obf' } },
    { id: 'settings', label: 'settings', hidden: true },
  ],
  images: [],
  grid: {
    rows: 2,
    columns: 2,
    order: [
      ['to-food', 'to-feelings'],
      ['to-web', 'settings'],
    ],
  },
};

const food: Json = {
  // No `format`, a language by its name, and fields an app added for itself.
  id: 'food',
  name: 'Food',
  locale: 'English',
  ext_app_version: '3.2',
  buttons: [
    { id: 'apple', label: 'apple', image_id: 'img-apple', sound_id: 'snd-apple', ext_colour_hint: 'red' },
    { id: 'banana', label: 'banana', image_id: 'img-banana', sound_id: 'snd-banana' },
    { id: 'cookie', label: 'cookie', image_id: 'img-gone', sound_id: 'snd-gone' },
    { id: 'juice', label: 'juice', image_id: '', sound_id: 'snd-web' },
    { id: 'long', label: LONG_LABEL },
    { id: 'secret', label: 'candy', hidden: true },
    { id: 'back', label: 'home', load_board: { id: 'home', path: 'boards/home.obf' } },
    { id: 'clear', label: 'clear', action: ':clear' },
  ],
  images: [
    { id: 'img-apple', path: 'images/apple.png', content_type: 'image/png', width: 10, height: 10 },
    // Inline, with the scheme in upper case as some apps write it.
    { id: 'img-banana', data: `DATA:image/jpeg;base64,${dataUri('image/jpeg', JPEG).split(',')[1]}` },
    { id: '', url: 'https://example.org/unused.png' },
  ],
  sounds: [
    { id: 'snd-apple', path: 'sounds/apple.wav', content_type: 'audio/wav' },
    { id: 'snd-banana', data: dataUri('audio/wav', PAGESET_INLINE_WAV) },
    { id: 'snd-web', url: 'https://example.org/juice.mp3' },
  ],
  grid: {
    rows: 3,
    columns: 3,
    order: [
      ['apple', 'banana', 'cookie'],
      ['juice', 'long', 'secret'],
      ['back', 'clear', null],
    ],
  },
};

const feelings: Json = {
  format: 'open-board-0.1',
  id: 'feelings',
  name: 'Feelings',
  locale: 'es',
  buttons: [
    { id: 'happy', label: 'feliz', image_id: 'svg', sound_id: 'page' },
    { id: 'sad', label: 'triste', image_id: 'web' },
    { id: 'angry', label: 'enojado', image_id: 'gif' },
    { id: 'food', label: 'comida', load_board: { path: 'boards/food.obf' } },
  ],
  images: [
    // SVG as text in the data: URI, with bare % signs that are no escapes.
    { id: 'svg', data: `data:image/svg+xml;utf8,${SVG_WITH_PERCENT}` },
    { id: 'web', url: 'https://example.org/sad.png' },
    { id: 'gif', data: dataUri('image/gif', GIF) },
  ],
  // A "sound" that is a web page: no sound a card keeps.
  sounds: [{ id: 'page', data: `data:audio/mpeg;base64,${btoa('<html><script>alert(1)</script></html>')}` }],
  // Blank cells stay blank.
  grid: {
    rows: 2,
    columns: 3,
    order: [
      ['happy', null, 'sad'],
      ['angry', 'food', null],
    ],
  },
};

const yes: Json = {
  format: 'open-board-0.1',
  id: 'yes',
  name: 'Yes',
  buttons: [{ id: 'yes-1', label: 'yes' }],
};

const big: Json = {
  format: 'open-board-0.1',
  id: 'big',
  name: 'Core words',
  locale: 'Klingon',
  buttons: Array.from({ length: 61 }, (_, index) => ({ id: index, label: `word ${index}` })),
};

/** The pageset: six boards, one of which is not JSON. */
export function aPageset(): Uint8Array {
  return anObz({
    'manifest.json': {
      format: 'open-board-0.1',
      root: 'boards/home.obf',
      paths: {
        boards: {
          home: 'boards/home.obf',
          food: 'boards/food.obf',
          feelings: 'boards/feelings.obf',
          yes: 'boards/yes.obf',
          big: 'boards/big.obf',
          broken: 'boards/broken.obf',
        },
        images: { 'img-apple': 'images/apple.png' },
        sounds: { 'snd-apple': 'sounds/apple.wav' },
      },
    },
    'boards/home.obf': home,
    'boards/food.obf': food,
    'boards/feelings.obf': feelings,
    'boards/yes.obf': yes,
    'boards/big.obf': big,
    'boards/broken.obf': utf8('{"format": "open-board-0.1", "id": '),
    'images/apple.png': PNG,
    'sounds/apple.wav': PAGESET_WAV,
  });
}

export const PAGESET_LONG_LABEL = LONG_LABEL;
export const PAGESET_SVG = SVG_WITH_PERCENT;
