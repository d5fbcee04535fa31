// English words of the student's own progress on the kiosk. They load with it, so students who
// are not shown their progress do not carry them; kiosk-progress.es.ts has the same keys.
export const kioskProgressEn = {
  'kioskProgress.title': 'My progress',
  'kioskProgress.starsToday': 'Today I started {count, plural, one {# step} other {# steps}} on my own.',
  'kioskProgress.starsNone': 'Today I have not started a step on my own yet.',
  'kioskProgress.weekBar': 'This week I started {percent} of my steps on my own.',
  'kioskProgress.weekNone': 'This week has just begun.',
} as const;
