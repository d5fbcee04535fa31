import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type IconSet = { icons: Record<string, { body: string }>; width?: number; height?: number };

// The same Fluent Emoji Flat set the card editor offers, so the screenshots show real symbols.
const set = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8'),
) as IconSet;

/** A symbol of the bundled set as a standalone SVG document, as the card editor stores one. */
export function symbol(name: string): string {
  const icon = set.icons[name];
  if (!icon) throw new Error(`No symbol named "${name}" in fluent-emoji-flat`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${set.width ?? 32} ${set.height ?? 32}">${icon.body}</svg>`;
}
