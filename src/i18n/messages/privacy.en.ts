// English words of the PIN gate's waits, the forgotten-PIN way out, deleting a student and the
// privacy page; the Spanish file beside this one has the same keys.
export const privacyEn = {
  'gate.wait': 'Too many wrong PINs. You can try again in {time}.',
  'gate.locked':
    'Too many wrong PINs: this PIN is locked for {time}. The student screen still works meanwhile, and other adults can sign in with their own PIN.',
  'forgot.title': 'Forgot the PIN?',
  'forgot.eraseWord': 'ERASE',
  'forgot.typeWord': 'To erase everything on this tablet, type {word}',
  'forgot.eraseButton': 'Erase this tablet',
  'forgot.erasing': 'Erasing…',
  'privacy.title': 'Privacy',
  'privacy.intro': 'What this app keeps, where, who can see it, and how to delete it.',
  'privacy.whatTitle': 'What is stored',
  'privacy.what':
    'The names of students and staff; students’ photos, when the teacher takes them; cards and their pictures; schedules, choice boards, five-point scales, self-check questions and fading plans; and the records of each day: how each step started, choices, tokens, ratings, self-check answers, adult checks and notes.',
  'privacy.pins':
    'PINs are never stored: only a scrambled check of each PIN (PBKDF2-SHA256 with a random salt), which cannot be turned back into the PIN.',
  'privacy.whereTitle': 'Where it is stored',
  'privacy.where':
    'Only in this browser’s storage on this device. There is no account and no server: the app sends nothing anywhere and works with the internet off. Another tablet or browser has its own, separate data.',
  'privacy.device':
    'The data are not encrypted on the tablet itself, so keep the tablet locked with its own passcode and do not share its browser profile.',
  'privacy.whoTitle': 'Who can see it',
  'privacy.whoStudent':
    'A student sees their own day on the student screen, and nothing of other students’ records.',
  'privacy.whoPara':
    'A para, with their PIN, sees today and records prompts, support and notes. A para cannot change plans, delete data or export anything.',
  'privacy.whoTeacher':
    'The teacher, with the teacher’s PIN, sees and changes everything, reviews progress, downloads records (CSV) and prints reports.',
  'privacy.filesTitle': 'Files that leave the tablet',
  'privacy.files':
    'Only the files the teacher chooses to save: record downloads, printed or PDF reports, board files and backups. Keep them as carefully as a paper file about a student.',
  'privacy.backupTitle': 'How to back it up',
  'privacy.backup':
    'The teacher saves a backup from the adult area as a file protected by a password. Keep the file away from the tablet, and the password somewhere else: without the password the file cannot be read. A backup is also the way back if the teacher’s PIN and the recovery code are both lost.',
  'privacy.deleteStudentTitle': 'How to delete one student',
  'privacy.deleteStudent':
    'The teacher opens Home, finds the student under Students, chooses “Delete…” and confirms. The student, their photo, schedules, plans, self-check questions and every record of them are deleted together. Cards, boards and scales that the whole class uses stay. This cannot be undone, so make a backup first if the records may still be needed.',
  'privacy.wipeTitle': 'How to erase everything on this tablet',
  'privacy.wipe':
    'The teacher opens Settings and types the word it asks for under “Erase this tablet”: everything this app keeps on this tablet is deleted and setup starts again. A forgotten PIN is reset with the recovery code written down at setup. Clearing this site’s data in the browser’s settings (for a managed tablet, the school’s IT admin) does the same as erasing.',
  'privacy.back': 'Back',
  'teacher.deleteStudent': 'Delete…',
  'teacher.deleteStudentOf': 'Delete {name}…',
  'teacher.deleteTitle': 'Delete {name}?',
  'teacher.deleteWarning':
    'This deletes {name} from this tablet, with their photo, schedules, plans, self-check questions and every record of them. It cannot be undone.',
  'teacher.deleteBackupFirst':
    'If the records may still be needed, make a backup first, or download them under Progress.',
  'teacher.deleteConfirm': 'Delete {name} for good',
  'teacher.deleteKeep': 'Keep {name}',
  'teacher.deleted': '{name} and all their records were deleted.',
} as const;
