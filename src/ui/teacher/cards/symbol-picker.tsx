import type { SymbolEntry } from 'virtual:symbol-set';
import { createMemo, createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import type { ClassroomConcept } from '../../../domain/symbols/classroom-words';
import { t } from '../../../i18n';
import { PicturePreview } from './picture-preview';
import { SymbolButton } from './symbol-button';
import { searchSymbols, symbolTitle } from './symbol-search';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; symbols: readonly SymbolEntry[]; vocabulary: readonly ClassroomConcept[] };

/**
 * The bundled symbol set, loaded only here (it is large), searched by the classroom vocabulary's
 * English and Spanish words first, then by the words of each name.
 */
export function SymbolPicker(props: {
  chosen: SymbolEntry | undefined;
  chosenBlob: Blob | undefined;
  onChoose: (symbol: SymbolEntry) => void;
}) {
  const [loaded, setLoaded] = createSignal<Loaded>({ state: 'loading' });
  const [query, setQuery] = createSignal('');
  onMount(() => {
    Promise.all([import('virtual:symbol-set'), import('../../../domain/symbols/classroom-vocabulary')]).then(
      ([set, words]) =>
        setLoaded({ state: 'ready', symbols: set.symbols, vocabulary: words.CLASSROOM_VOCABULARY }),
      () => setLoaded({ state: 'failed' }),
    );
  });
  const results = createMemo(() => {
    const current = loaded();
    return current.state === 'ready'
      ? searchSymbols(current.symbols, query(), undefined, current.vocabulary)
      : searchSymbols([], query());
  });
  const summary = () => {
    const { matches, total } = results();
    if (total === 0) return t('cards.symbolsNone', { query: query().trim() });
    if (total > matches.length) return t('cards.symbolsMore', { shown: matches.length, total });
    return t('cards.symbolsFound', { count: total });
  };

  return (
    <div class="picture-panel">
      <PicturePreview
        blob={props.chosenBlob}
        caption={
          props.chosen
            ? t('cards.symbolChosen', { name: symbolTitle(props.chosen) })
            : t('cards.noSymbolChosen')
        }
      />
      <label for="symbol-search">{t('cards.symbolSearch')}</label>
      <p id="symbol-search-hint" class="hint">
        {t('cards.symbolSearchHint')}
      </p>
      <input
        id="symbol-search"
        type="search"
        autocomplete="off"
        aria-describedby="symbol-search-hint"
        value={query()}
        // The results come below the field: bring the field to the top, so they show above a
        // tablet's keyboard instead of below the screen.
        onFocus={(e) => e.currentTarget.labels?.[0]?.scrollIntoView({ block: 'start' })}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <Switch>
        <Match when={loaded().state === 'loading'}>
          <p role="status">{t('cards.symbolsLoading')}</p>
        </Match>
        <Match when={loaded().state === 'failed'}>
          <p class="status error" role="alert">
            {t('cards.symbolsFailed')}
          </p>
        </Match>
        <Match when={loaded().state === 'ready'}>
          <p class="hint" role="status">
            {summary()}
          </p>
          <Show when={results().matches.length > 0}>
            <ul class="symbol-grid" aria-label={t('cards.symbolResults')}>
              <For each={results().matches}>
                {(symbol) => (
                  <li>
                    <SymbolButton
                      symbol={symbol}
                      chosen={props.chosen?.name === symbol.name}
                      onChoose={() => props.onChoose(symbol)}
                    />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Match>
      </Switch>
    </div>
  );
}
