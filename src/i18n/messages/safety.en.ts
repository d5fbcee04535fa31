// English words of the recovery code, the forgotten-PIN screen, erasing the tablet from Settings
// and the idle lock; safety.es.ts has the same keys.
export const safetyEn = {
  'recovery.title': 'Recovery code',
  'recovery.shownOnce':
    'Write this recovery code down or print it now, and keep it where students cannot reach it. It is shown only this once. If the teacher’s PIN is forgotten, it lets you set a new PIN and keep every record.',
  'recovery.print': 'Print',
  'recovery.done': 'I have written it down',
  'recovery.missing':
    'This tablet has no recovery code yet, so a forgotten teacher PIN could not be reset. Make one now and keep it somewhere safe.',
  'recovery.settingsTitle': 'If the PIN is forgotten',
  'recovery.settingsIntro':
    'The recovery code sets a new teacher PIN when the PIN is forgotten. Making a new code stops the old one from working.',
  'recovery.make': 'Make a recovery code',
  'recovery.makeNew': 'Make a new recovery code',
  'forgot.intro':
    'Type the recovery code the teacher wrote down when the tablet was set up, then choose a new PIN. Every record stays.',
  'forgot.code': 'Recovery code',
  'forgot.whose': 'Whose PIN',
  'forgot.newPin': 'New PIN (4 to 8 digits)',
  'forgot.newPinAgain': 'Type the new PIN again',
  'forgot.submit': 'Set the new PIN',
  'forgot.checking': 'Checking…',
  'forgot.noCode':
    'This tablet has no recovery code, so its PIN cannot be reset here. Another teacher with a PIN on this tablet can still sign in. Otherwise, ask your school’s IT admin to clear this browser’s data for this app; then set the tablet up again and restore your latest backup.',
  'forgot.lostCode':
    'Lost the recovery code too? Ask your school’s IT admin to clear this browser’s data for this app; then set the tablet up again and restore your latest backup. Anything recorded after that backup is lost.',
  'erase.title': 'Erase this tablet',
  'erase.intro':
    'Everything the app keeps on this tablet is deleted — students, photos, schedules, records and PINs — and setup starts again. This cannot be undone, so save a backup first.',
  'idle.title': 'Locking the adult area',
  'idle.label': 'Lock the adult area and the para bar after this long without a tap',
  'idle.minutes': '{count} min',
  'error.recovery-code-missing':
    'This tablet has no recovery code, so the PIN cannot be reset with one. Nothing was changed.',
  'error.recovery-code-wrong': 'That recovery code is not right. Check it and try again.',
  'error.recovery-wait': 'Too many wrong recovery codes. Wait {seconds} seconds, then try again.',
  'error.recovery-locked':
    'Too many wrong recovery codes: try again in {minutes} minutes. The student screen still works meanwhile.',
} as const;
