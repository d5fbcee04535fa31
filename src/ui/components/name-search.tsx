import { type Accessor, createMemo, createSignal } from 'solid-js';
import { byName, nameMatches } from '../../domain/name-search';
import { t } from '../../i18n';

/**
 * A class list found by name as the teacher types: the search box with its count of what it
 * found, and the students it leaves, in class-list order.
 */
export function useNameSearch<T extends { name: string }>(all: Accessor<readonly T[]>) {
  const [typed, setTyped] = createSignal('');
  const found = createMemo(() =>
    all()
      .filter((one) => nameMatches(one.name, typed()))
      .sort(byName),
  );
  const SearchBox = () => (
    <>
      <label class="field class-find">
        {t('classToday.find')}
        <input type="search" value={typed()} onInput={(event) => setTyped(event.currentTarget.value)} />
      </label>
      <p class="hint" role="status">
        {typed().trim() === '' ? '' : t('classToday.found', { count: found().length, total: all().length })}
      </p>
    </>
  );
  return { found, SearchBox };
}
