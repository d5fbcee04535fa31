import { liveQuery } from 'dexie';
import { type Accessor, createEffect, createSignal, onCleanup } from 'solid-js';

/**
 * A Dexie live query as a Solid signal: undefined until the first result, then updated whenever
 * the tables it read change. Dexie runs the query outside Solid's tracking, so a query that
 * depends on signals names them in `source`: the query runs again whenever the source changes.
 * A failed query is thrown when read, for the nearest error boundary, except on a connection
 * closed for a newer version of the app: the screen keeps what it showed while an adult is asked
 * to reload (see ./version-change).
 */
export function useLive<T>(query: () => Promise<T> | T): Accessor<T | undefined>;
export function useLive<S, T>(source: () => S, query: (source: S) => Promise<T> | T): Accessor<T | undefined>;
export function useLive<S, T>(
  first: (() => S) | (() => Promise<T> | T),
  second?: (source: S) => Promise<T> | T,
): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  const [failure, setFailure] = createSignal<{ error: unknown }>();
  createEffect(() => {
    const querier = second
      ? (() => {
          const source = (first as () => S)();
          return () => second(source);
        })()
      : (first as () => Promise<T> | T);
    const subscription = liveQuery(querier).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => {
        if (!(error instanceof Error && error.name === 'DatabaseClosedError')) setFailure({ error });
      },
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return () => {
    const failed = failure();
    if (failed) throw failed.error;
    return value();
  };
}
