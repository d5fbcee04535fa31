// The four levels of support a part of the day can take, apart from the map worked out from them (./support.ts),
// so the event schemas the kiosk loads carry only the words of the levels.

/** From least to most support: on their own, a start from the teacher, a peer, an adult throughout. */
export const SUPPORT_LEVELS = [
  'independent',
  'teacher-helps-start',
  'peer-support',
  'adult-throughout',
] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
