// English words of the choice boards screen; the Spanish file beside this one has the same keys.
export const boardsEn = {
  'boards.title': 'Choice boards',
  'boards.intro':
    'A choice board offers a student a few options, as cards. Decide which fit and how many each student sees at once; offer a board on a step of the schedule.',
  'boards.newBoard': 'New choice board',
  'boards.editTitle': 'Editing “{name}”',
  'boards.name': 'Board name',
  'boards.options': 'Options ({count})',
  'boards.noOptions': 'No options yet. Add cards below; a board needs at least two.',
  'boards.optionListName': 'Options, in order',
  'boards.optionCard': 'Card for an option',
  'boards.addOption': 'Add option',
  'boards.save': 'Save board',
  'boards.cancel': 'Stop editing',
  'boards.saved': 'The board “{name}” was saved.',
  'boards.tooFew': 'A board needs at least {min} options.',
  'boards.yourBoards': 'Your boards',
  'boards.noBoards': 'No choice boards yet. Make one above, or import a board file.',
  'boards.optionsOf': 'Options of {name}',
  'boards.edit': 'Edit {name}',
  'boards.shownTo': '{name} sees {count} of {total, plural, one {# option} other {# options}}',
  'boards.tooFewShown': 'A student sees at least {min} options, so there is a choice.',
  'boards.shownSaved': 'Saved: {name} sees {count} of {total, plural, one {# option} other {# options}}.',
  'boards.filesTitle': 'Board files',
  'boards.importLabel': 'Import a board file',
  'boards.importHint':
    'An .obf board or an .obz package, from another AAC app or from this one. Each button becomes a card; pictures kept in the file come along, pictures on the web do not. To share a board, export it from Your boards below.',
  'boards.importing': 'Importing…',
  'boards.importSaving': 'Checking the pictures and saving the boards…',
  'boards.importProgress': 'Import progress',
  'boards.picturesCleaned':
    'Parts of pictures that could run code or fetch from the web were removed; the drawings were kept. Pictures cleaned: {count}.',
  'boards.importedOne': 'The board “{name}” was imported with {count} options. It is in Your boards below.',
  'boards.importedMany': '{count} boards were imported: {names}. They are in Your boards below.',
  'boards.withoutPicture':
    'These options came without their pictures, which are on the web or were not in the file (this tablet never fetches from the web): {labels}. They show their words; add a photo or symbol in Cards.',
  'boards.leftOut':
    'Buttons left out, as they are not choices (links to other boards, keyboard actions, no label): {count}.',
  'boards.quoted': '“{name}”',
  'boards.export': 'Export {name}',
  'boards.exported': '“{name}” was exported as {file}. Look for it in your downloads.',
} as const;
