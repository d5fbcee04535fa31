import type { SymbolEntry } from 'virtual:symbol-set';
import { symbolTitle } from './symbol-search';

const dataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** One symbol to choose: named by its words, pressed while it is the card's picture. */
export function SymbolButton(props: { symbol: SymbolEntry; chosen: boolean; onChoose: () => void }) {
  return (
    <button type="button" class="symbol-button" aria-pressed={props.chosen} onClick={() => props.onChoose()}>
      <img src={dataUrl(props.symbol.svg)} alt="" width="48" height="48" />
      <span class="symbol-name">{symbolTitle(props.symbol)}</span>
      <span class="symbol-check" aria-hidden="true">
        ✓
      </span>
    </button>
  );
}
