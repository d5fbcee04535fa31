// English words of the first visit (setup) and of every error, loaded with the setup screen
// before the rest of the adult words; setup.es.ts has the same keys.
export const setupEn = {
  'privacy.link': 'Privacy: what this app keeps, and how to delete it',
  'setup.title': 'Welcome to On My Own',
  'setup.intro':
    'Set up this tablet once. You will be the teacher: only your PIN opens the adult area. Everything stays on this device.',
  'setup.teacherName': 'Your name',
  'setup.pin': 'Teacher PIN (4 to 8 digits)',
  'setup.pinConfirm': 'Type the PIN again',
  'setup.pinMismatch': 'The two PINs are not the same. Type them again.',
  'setup.studentName': 'First student’s name',
  'setup.submit': 'Finish setup',
  'setup.working': 'Setting up…',
  'setup.welcomeTitle': 'This tablet is ready',
  'setup.welcomeBody':
    'The student screen is now the start screen. To come back to the adult area, press and hold the small lock in the top right corner of the student screen for a moment, then enter your PIN.',
  'error.invalid-event': 'That record could not be saved because it was not complete. Nothing was saved.',
  'error.invalid-input': 'Please check what you typed. Nothing was saved.',
  'error.not-found':
    'What this screen shows is no longer on the tablet (it was deleted, perhaps on another screen). Nothing was saved.',
  'error.state-changed':
    'This changed while the screen was open (it was answered, closed or finished already). Nothing was saved; look again.',
  'error.void-target-missing': 'There is no record to undo. Nothing was changed.',
  'error.void-target-invalid': 'That record cannot be undone again. Nothing was changed.',
  'error.not-allowed': 'Only a teacher can do that.',
  'error.no-step-to-record': 'No step is waiting for a start right now. Nothing was saved.',
  'error.step-recorded-already': 'That step has its start or finish already. Nothing was saved.',
  'error.undo-expired':
    'That record can no longer be undone here: undo works for 10 seconds. Nothing was changed.',
  'error.fading-not-due': 'The data no longer meet the criterion for this step, so the plan was not changed.',
  'error.wrong-pin': 'That PIN is not right. Try again.',
  'error.pin-wait': 'Too many wrong PINs. Wait a little, then try again.',
  'error.pin-locked':
    'Too many wrong PINs: this PIN is locked for a while. Other adults can sign in with their own PIN.',
  'error.setup-already-done': 'This tablet is already set up. Use the adult area with your PIN.',
  'error.storage-full':
    'The device is out of storage space, so this was not saved. Free some space, then try again.',
  'error.write-failed': 'This could not be saved. Nothing was changed. Try again.',
  'error.database-closed':
    'The app was updated in another tab or window, so this was not saved. Reload the app to go on.',
  'error.board-not-json':
    '{file} is not a board file: it does not hold board data (JSON). Nothing was imported.',
  'error.board-invalid':
    '{file} is not a complete board: {where} is missing or has the wrong kind of value. Nothing was imported.',
  'error.board-duplicate-id':
    'Two buttons or two pictures in {file} have the same id, {id}. Nothing was imported.',
  'error.board-empty': '{file} has no buttons that can become choices. Nothing was imported.',
  'error.board-too-large': '{file} is too large: the limit is {max} MB. Nothing was imported.',
  'error.board-too-many-buttons': '{file} has more than {max} buttons. Nothing was imported.',
  'error.board-too-many-files': '{file} holds more than {max} files. Nothing was imported.',
  'error.board-unsafe-path':
    '{file} names a file outside the board package ({path}), which is not allowed. Nothing was imported.',
  'error.board-zip-split':
    '{file} is one part of a package split into several files, which cannot be read on its own. Save the board again as one .obz file, then import that. Nothing was imported.',
  'error.board-zip-invalid': '{file} is damaged or is not a board package (.obz). Nothing was imported.',
  'error.board-image-type':
    'Picture {image} in {file} is not a PNG, JPEG, GIF, WebP or SVG picture. Nothing was imported.',
  'error.board-image-unsafe':
    'Picture {image} in {file} is an SVG that declares entities, or holds nothing that can be shown safely. Nothing was imported.',
  'error.board-option-count':
    'A choice board holds {min} to {max} choices, but “{board}” has {count}. Nothing was imported.',
  'error.words-missing': 'Write the words in that language and save them first, then record them.',
  'error.scale-labels-same':
    'Two levels of the scale have the same word. Give each level its own word, so no level differs by colour alone. Nothing was saved.',
  'error.backup-not-a-backup': 'This file is not a backup of this app. Nothing was changed.',
  'error.backup-version':
    'This backup is of version {version}, which this app cannot read. Update the app on this tablet and try again. Nothing was changed.',
  'error.backup-invalid':
    'This backup file holds something that is not valid, so it was not used. Nothing was changed.',
  'error.backup-damaged':
    'This backup file is damaged or was changed after it was saved (its checksum does not match). Nothing was changed.',
  'error.backup-truncated':
    'This backup file is not complete: it ends too early, perhaps because the copy was cut off. Nothing was changed.',
  'error.backup-too-large': 'This backup file is larger than this app can take. Nothing was changed.',
  'error.backup-reference':
    'This backup names something that is neither in the file nor on this tablet (for example a student or a picture), so it was not used. Nothing was changed.',
  'error.backup-passphrase-needed': 'This backup is protected. Type its passphrase. Nothing was changed.',
  'error.backup-passphrase-wrong':
    'That passphrase does not open this backup (or the file was changed). Nothing was changed.',
  'error.backup-passphrase-short':
    'A passphrase needs at least {min} characters, and both copies must match. No backup was saved.',
  'error.backup-row-unfit':
    'Something stored on this tablet does not fit the backup format, so no backup was saved. Nothing was changed.',
  'error.board-too-many-boards': '{file} holds more than {max} boards. Nothing was imported.',
  'error.board-too-many-chosen':
    'At most {max} choice boards can be imported at once. Choose fewer boards. Nothing was imported.',
  'error.board-too-many-cards':
    '{file} would make more than {max} cards at once. Import fewer boards at a time. Nothing was imported.',
  'error.board-pictures-too-large':
    'The pictures in {file} come to more than {max} MB. Nothing was imported.',
  'error.board-too-deep':
    '{file} is nested deeper than any board file ({max} levels), so it was not read. Nothing was imported.',
  'error.recording-type': 'This is not a sound file (WAV, MP3, Ogg, WebM or M4A). Nothing was saved.',
  'error.recording-too-large':
    'This recording is larger than 1 MB: keep it to a few words. Nothing was saved.',
  'error.picture-type': 'This is not a PNG, JPEG, GIF, WebP or SVG picture. Nothing was saved.',
  'error.picture-unsafe':
    'This SVG picture holds nothing that can be shown safely (or declares entities). Nothing was saved.',
  'error.event-day-mismatch':
    'This record was made for another day than the one the tablet’s clock is on. It was not saved; try again.',
  'error.backup-version-text':
    'This backup gives its version as text (“{version}”) where this app writes a number, so it was not saved by this app or was changed afterwards. Nothing was changed.',
  'error.backup-no-teacher':
    'This backup has no teacher among its staff, so after using it nobody could manage this tablet. It was not used. Nothing was changed.',
  'error.restore-database-lost':
    'The copy this restore was writing was removed before it was put in use (the tablet’s data were erased, or tidied up, in another tab or window). Nothing was changed. Start the restore again.',
  'error.backup-pin-hash':
    'A staff PIN in this backup is not stored the way this app stores PINs (its hash settings differ), so the file was not used. Nothing was changed.',
  'error.pin-count-unsaved':
    'This tablet could not save the count of PIN attempts (the storage may be full), so the PIN was not checked. Free some space on the tablet, then try again.',
  'error.sync-offline':
    "The classroom's sync server could not be reached. This device keeps its records and tries again when it is online.",
  'error.sync-unauthorized':
    'The sync server did not accept the account name or password. Check them in Settings → Classroom sync.',
  'error.sync-forbidden':
    "The sync server refused this account. A para's account may record, but only the teacher's may change the plan.",
  'error.sync-no-database':
    'The sync server has no classroom database of that name. Check the database in Settings → Classroom sync.',
  'error.sync-conflict':
    'Another device changed the same thing at the same moment. Sync again: the later change will be kept.',
  'error.sync-server':
    "The sync server had a problem. This device keeps its records; try again later or ask the school's IT.",
  'error.sync-malformed':
    'The sync server sent something that is not a classroom database answer. Nothing was changed on this device.',
  'error.unknown': 'Something unexpected happened. Nothing was changed.',
};
