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
} as const;
