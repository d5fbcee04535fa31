/**
 * The one place the app reads the time. Timers, delays and records go through it, so tests can
 * move time forward instead of waiting.
 */
export type Clock = { now(): number };

export const clock: Clock = { now: () => Date.now() };
