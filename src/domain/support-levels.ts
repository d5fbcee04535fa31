// The four levels of support of seed 002, apart from the map worked out from them (./support.ts),
// so the event schemas the kiosk loads carry only the words of the levels.

/** In the words and order of seed 002: on their own, a start from the teacher, a peer, an adult throughout. */
export const SUPPORT_LEVELS = [
  'independent',
  'teacher-helps-start',
  'peer-support',
  'adult-throughout',
] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
