import { liveQuery } from 'dexie';
import { type Accessor, createEffect, createSignal, onCleanup } from 'solid-js';

/**
 * A Dexie live query as a Solid signal: undefined until the first result, then updated whenever
 * the tables it read change. Signals read before the query's first `await` re-run it when they
 * change. A failed query is thrown when read, for the nearest error boundary.
 */
export function useLive<T>(query: () => Promise<T> | T): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  const [failure, setFailure] = createSignal<{ error: unknown }>();
  createEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => setFailure({ error }),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return () => {
    const failed = failure();
    if (failed) throw failed.error;
    return value();
  };
}
