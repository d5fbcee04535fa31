import { liveQuery } from 'dexie';
import { type Accessor, createEffect, createMemo, createSignal, onCleanup } from 'solid-js';

/**
 * A Dexie live query as a Solid signal: undefined until the first result, then updated whenever
 * the tables it read change. Dexie runs the query outside Solid's tracking, so a query that
 * depends on signals names them in `source`: the query runs again whenever the source's value
 * changes (arrays and plain objects compared item by item).
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
  // The source by value: a source made of other signals (a day's events, say) is computed again
  // at each of their changes, and a query made anew each time would be read again each time.
  const source = second ? createMemo(first as () => S, undefined, { equals: sameSource }) : undefined;
  createEffect(() => {
    let querier = first as () => Promise<T> | T;
    if (source && second) {
      const current = source();
      querier = () => second(current);
    }
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

/** Sources alike: the same value, or arrays or plain objects holding the same values. */
export function sameSource(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && Object.is(a[key], b[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
