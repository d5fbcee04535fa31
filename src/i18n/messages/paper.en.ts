// English words of the paper screen; the Spanish file beside this one has the same keys. The
// words printed on the sheets themselves are the student's, from the kiosk's catalogs.
export const paperEn = {
  'adult.paper': 'Paper',
  'paper.title': 'Paper',
  'paper.intro':
    'Print a student’s schedule, boards and scale as they look on screen, for days without the tablet: cut out the cards along the dashed lines, or print a strip for a velcro schedule.',
  'paper.student': 'Student',
  'paper.what': 'What to print',
  'paper.what.schedule': 'Schedule: cards to cut out',
  'paper.what.strip': 'Schedule: a strip',
  'paper.what.first-then': 'First / then',
  'paper.what.board': 'A choice board',
  'paper.what.tokens': 'Token board',
  'paper.what.scale': 'Five-point scale',
  'paper.day': 'Day',
  'paper.board': 'Board',
  'paper.size': 'Card size',
  'paper.size.5cm': 'About 5 cm',
  'paper.size.7.5cm': 'About 7.5 cm',
  'paper.print': 'Print or save as PDF',
  'paper.preview': 'What will be printed',
  'paper.nothing': 'There is nothing to print here yet for this student.',
} as const;
