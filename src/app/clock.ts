/**
 * The one place the app reads the time and waits. Timers, delays and records go through it, so
 * tests can move time forward instead of waiting.
 */
export type Clock = {
  now(): number;
  /** Calls back every `ms` until the returned function is called. */
  every(ms: number, callback: () => void): () => void;
  /** Calls back once after `ms`, unless the returned function is called first. */
  after(ms: number, callback: () => void): () => void;
};

export const clock: Clock = {
  now: () => Date.now(),
  every: (ms, callback) => {
    const handle = setInterval(callback, ms);
    return () => clearInterval(handle);
  },
  after: (ms, callback) => {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};
