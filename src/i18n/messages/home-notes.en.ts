// English words of the notes home: the screen's own, and the note's, which is written in the
// family's language (see home-notes.es.ts for the same keys in Spanish).
export const homeNotesEn = {
  'adult.homeNotes': 'Notes home',
  'homeNote.title': 'Notes home',
  'homeNote.intro':
    'A note for the family about the day, drafted from what was recorded, in the language the family reads. Add a sentence of your own, then print it or save it as a PDF.',
  'homeNote.student': 'Student',
  'homeNote.day': 'Day',
  'homeNote.language':
    'Language of the note: {language}. The teacher sets it under Schedules, as the language of notes home.',
  'homeNote.sentence': 'A sentence from you (optional)',
  'homeNote.print': 'Print or save as PDF',
  'homeNote.share': 'Share the note',
  'homeNote.preview': 'The note for the family',
  'homeNote.heading': '{name}’s day at school',
  'homeNote.onTheirOwn': 'Started on their own: {activities}.',
  'homeNote.starts':
    '{independent} of {started, plural, one {# activity} other {# activities}} started without help.',
  'homeNote.finished': 'Finished {finished, plural, one {# activity} other {# activities}}.',
  'homeNote.ratings': 'On their 1 to 5 scale they chose: {levels}.',
  'homeNote.tokens':
    'Earned {tokens, plural, one {# token} other {# tokens}} and {rewards, plural, =0 {no reward time yet} one {# reward time} other {# reward times}}.',
  'homeNote.nothing': 'Nothing was recorded on this day.',
  'homeNote.fromSchool': 'From school: {sentence}',
  'homeNote.span': 'The note tells',
  'homeNote.spanDay': 'The day',
  'homeNote.spanWeek': 'The week (Monday to Friday of the day chosen)',
  'homeNote.weekHeading': '{name}’s week at school',
  'homeNote.weekOf': 'The week of {date}',
  'homeNote.weekOnTheirOwn': 'Started on their own this week: {activities}.',
  'homeNote.weekStarts':
    '{independent} of {started, plural, one {# activity} other {# activities}} started without help this week.',
  'homeNote.weekRating':
    'On their 1 to 5 scale they chose {level} most often ({ratings, plural, one {# rating} other {# ratings}}).',
  'homeNote.weekTokens':
    'Earned {tokens, plural, one {# token} other {# tokens}} and {rewards, plural, =0 {no reward time} one {# reward time} other {# reward times}} this week.',
  'homeNote.weekNothing': 'Nothing was recorded this week.',
  'homeNote.chartTitle': 'Activities started without help, each day',
  'homeNote.chartNone': 'none',
  'homeNote.chartDay': '{independent} of {started}',
} as const;
