/** The parts of a school day ratings are grouped by, by the hour they were made. */
export const DAY_PARTS = ['morning', 'midday', 'afternoon'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export function dayPartOf(at: number): DayPart {
  const hour = new Date(at).getHours();
  if (hour < 11) return 'morning';
  if (hour < 13) return 'midday';
  return 'afternoon';
}
