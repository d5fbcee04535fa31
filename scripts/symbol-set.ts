// The card editor's offline symbols (Fluent Emoji Flat, MIT), chosen from the icon set at build
// time. Shared by the `on-my-own:symbol-set` plugin in vite.config.ts and the tests that check the
// classroom vocabulary against the very set the editor offers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type BundledSymbol = { name: string; keywords: string; svg: string };

type IconSet = {
  icons: Record<string, { body: string; width?: number; height?: number; hidden?: boolean }>;
  width?: number;
  height?: number;
};

const SYMBOL_CATEGORIES = [
  'Activities',
  'Food & Drink',
  'Objects',
  'Smileys & Emotion',
  'Travel & Places',
  'People & Body',
  'Animals & Nature',
];

/**
 * From the "Symbols" category (mostly zodiac signs, keycaps and Japanese buttons), only what a
 * classroom's cards use: numbers and letters, arithmetic, yes/no marks, stop/pause/play, the
 * restroom signs, drinking water, the bin, arrows for "first / then" and "go".
 */
export const CLASSROOM_SIGNS = [
  'input-numbers',
  'input-latin-letters',
  'input-latin-uppercase',
  'input-latin-lowercase',
  'plus',
  'minus',
  'multiply',
  'divide',
  'heavy-equals-sign',
  'keycap-1',
  'keycap-2',
  'keycap-3',
  'keycap-10',
  'check-mark-button',
  'check-mark',
  'cross-mark',
  'red-question-mark',
  'red-exclamation-mark',
  'stop-button',
  'pause-button',
  'play-button',
  'repeat-button',
  'no-entry',
  'prohibited',
  'warning',
  'restroom',
  'water-closet',
  'mens-room',
  'womens-room',
  'potable-water',
  'litter-in-bin-sign',
  'recycling-symbol',
  'right-arrow',
  'left-arrow',
  'up-arrow',
  'down-arrow',
  'soon-arrow',
  'end-arrow',
  'wheelchair-symbol',
  'children-crossing',
  'baby-symbol',
  'name-badge',
];

const SKIN_TONE = /-(medium-dark|medium-light|dark|light|medium|default)$/;

function readIconFile(file: string): unknown {
  const path = createRequire(import.meta.url).resolve(`@iconify-json/fluent-emoji-flat/${file}`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The symbols the card editor offers, in the order it lists them. */
export function bundledSymbols(): BundledSymbol[] {
  const set = readIconFile('icons.json') as IconSet;
  const { categories } = readIconFile('metadata.json') as { categories: Record<string, string[]> };
  const names = [...SYMBOL_CATEGORIES.flatMap((category) => categories[category] ?? []), ...CLASSROOM_SIGNS];
  // A skin-tone variant shares its stem with others ("waving-hand-dark", "-light", …);
  // a lone match such as "vertical-traffic-light" is a symbol of its own and stays.
  const stems = new Map<string, number>();
  for (const name of names) {
    const stem = name.replace(SKIN_TONE, '');
    if (stem !== name) stems.set(stem, (stems.get(stem) ?? 0) + 1);
  }
  return [...new Set(names)].flatMap((name) => {
    const icon = set.icons[name];
    const stem = name.replace(SKIN_TONE, '');
    if (!icon || icon.hidden || (stem !== name && (stems.get(stem) ?? 0) > 1)) return [];
    const viewBox = `0 0 ${icon.width ?? set.width ?? 16} ${icon.height ?? set.height ?? 16}`;
    // Single-quoted attributes: the module embeds the SVG in a JSON string without escapes.
    const body = icon.body.replaceAll('"', "'");
    const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='${viewBox}'>${body}</svg>`;
    return [{ name, keywords: name.split('-').join(' '), svg }];
  });
}
