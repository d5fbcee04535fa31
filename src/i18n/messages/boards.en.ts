// English words of the choice boards screen; the Spanish file beside this one has the same keys.
export const boardsEn = {
  'boards.title': 'Choice boards',
  'boards.intro':
    'A choice board offers a student a few options, as cards. Decide which fit and how many each student sees at once; offer a board on a step of the schedule.',
} as const;
