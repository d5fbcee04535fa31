// The card editor's symbol set, made by the `on-my-own:symbol-set` plugin in vite.config.ts.
// Import it only with import(): it is large, and the kiosk must never load it.
declare module 'virtual:symbol-set' {
  export type SymbolEntry = {
    /** The icon's name in Fluent Emoji Flat, e.g. "school-backpack". */
    name: string;
    /** The words of the name, e.g. "school backpack". */
    keywords: string;
    /** A standalone SVG document (with xmlns and viewBox) that can be stored as a card picture. */
    svg: string;
  };
  export const symbols: readonly SymbolEntry[];
}
