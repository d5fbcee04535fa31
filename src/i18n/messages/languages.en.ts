// Words in more than one language: the classroom's language, and the editors' "Words in Spanish".
export const languagesEn = {
  'languages.name.en': 'English',
  'languages.name.es': 'Spanish',
  'languages.classroom': 'Language of the cards, scales and questions',
  'languages.classroomHint':
    'The language the words of your cards, scales and questions are written in. Each can also have words in the other language: a student whose language has none hears these words in the voice of their language.',
  'languages.classroomSaved': 'The cards, scales and questions are written in {language}.',
  'languages.wordsIn': 'Words in {language}',
  'languages.wordsInHint':
    'For students whose language is {language}: they see and hear these words. Leave empty to show them the main words, said in the voice of the main language.',
  'languages.labelIn': 'Label in {language}',
  'languages.spokenTextIn': 'Spoken text in {language} (optional)',
  'languages.nameIn': 'Name in {language}',
  'languages.levelIn': 'Level {level} in {language}',
  'languages.questionIn': 'Question in {language}',
  'languages.recordingIn': 'Recording in {language}',
  'languages.recordingAfterWords': 'Save the words in {language} first; then record them in your voice.',
  'languages.levelRecordings': 'Recordings of the levels',
  'languages.levelRecording': 'Level {level}: {label}',
  'languages.levelRecordingIn': 'Level {level} in {language}: {label}',
  'languages.questionRecording': 'Recording of the question',
} as const;
