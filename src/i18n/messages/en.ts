// Every word the app shows, in English. Spanish (es.ts) must have the same keys: the type checks it.
// Each area's words live in a file of their own (cards, schedules, kiosk) and are gathered here.
import { cardsEn } from './cards.en';
import { kioskEn } from './kiosk.en';
import { schedulesEn } from './schedules.en';

export const en = {
  ...cardsEn,
  ...schedulesEn,
  ...kioskEn,
  'app.name': 'On My Own',
  'app.loading': 'Getting ready…',
  'app.errorTitle': 'Something went wrong',
  'app.errorReload': 'Reload',

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
    'The student screen is now the start screen. To come back to the adult area, use the Adults button in its corner and your PIN.',

  'storage.persisted': 'Storage is protected: the browser will not clear this app’s data to free space.',
  'storage.notPersisted':
    'Storage is not protected: the browser may clear data when the device runs out of space. Install the app to the home screen and keep regular backups.',
  'storage.unknown': 'Storage protection has not been asked for yet.',
  'storage.usage': '{used} used of {available} available',
  'storage.usageUnknown': 'This browser does not tell how much storage is used.',

  'kiosk.adultCorner': 'Adults',
  'kiosk.whoAreYou': 'Who is here? Tap your picture.',
  'kiosk.hello': 'Hello, {name}',
  'kiosk.nothingPlanned': 'Nothing planned yet',
  'kiosk.nothingPlannedAdult': 'Adults: plan this student’s day in the adult area.',
  'kiosk.noStudents': 'No students yet. An adult can add them in the adult area.',

  'gate.title': 'Adult area',
  'gate.whoAreYou': 'Who are you?',
  'gate.enterPin': 'PIN for {name}',
  'gate.pinLabel': 'PIN',
  'gate.submit': 'Open',
  'gate.checking': 'Checking…',
  'gate.backToKiosk': 'Back to the student screen',
  'gate.clear': 'Clear',
  'gate.delete': 'Delete last digit',
  'gate.otherPerson': 'Someone else',

  'role.teacher': 'Teacher',
  'role.para': 'Para',

  'adult.nav': 'Adult area',
  'adult.home': 'Home',
  'adult.cards': 'Cards',
  'adult.schedules': 'Schedules',
  'adult.about': 'About',
  'adult.settings': 'Settings',
  'adult.signedInAs': 'Signed in as {name} ({role})',
  'adult.signOut': 'Back to the student screen',
  'adult.updateReady':
    'A new version of On My Own is ready. It starts when you choose, never under a student.',
  'adult.updateNow': 'Update now',
  'adult.updateLater': 'Later',

  'teacher.title': 'Teacher',
  'teacher.students': 'Students',
  'teacher.noStudents':
    'No students yet. Add the first student below; they will appear on the student screen.',
  'teacher.addStudent': 'Add a student',
  'teacher.studentName': 'Student’s name',
  'teacher.add': 'Add',
  'teacher.studentAdded': '{name} was added.',
  'teacher.nextStep':
    'Next: plan each student’s day. Schedules, choice boards and scales are made here as the editors arrive.',
  'teacher.staff': 'Staff',
  'teacher.onlyYou': 'Only you can open the adult area. Add a para so they can record with their own PIN.',
  'teacher.addPara': 'Add a para',
  'teacher.paraName': 'Para’s name',
  'teacher.paraPin': 'Para’s PIN (4 to 8 digits)',
  'teacher.paraAdded': '{name} can now sign in as a para.',

  'para.title': 'Today',
  'para.nothingToRecord':
    'Nothing to record yet. When the teacher has planned the day, each step appears here for one-tap records.',

  'settings.title': 'Settings',
  'settings.storage': 'Storage on this device',
  'settings.kiosk': 'Student screen on this tablet',
  'settings.kioskShared': 'Shared tablet: students pick their own picture',
  'settings.kioskOne': 'Only {name}',
  'settings.saved': 'Saved.',
  'settings.language': 'Language of the adult screens',

  'language.en': 'English',
  'language.es': 'Español',

  'error.invalid-event': 'That record could not be saved because it was not complete. Nothing was saved.',
  'error.invalid-input': 'Please check what you typed. Nothing was saved.',
  'error.void-target-missing': 'There is no record to undo. Nothing was changed.',
  'error.void-target-invalid': 'That record cannot be undone again. Nothing was changed.',
  'error.not-allowed': 'Only a teacher can do that.',
  'error.wrong-pin': 'That PIN is not right. Try again.',
  'error.setup-already-done': 'This tablet is already set up. Use the adult area with your PIN.',
  'error.storage-full':
    'The device is out of storage space, so this was not saved. Free some space, then try again.',
  'error.write-failed': 'This could not be saved. Nothing was changed. Try again.',
  'error.unknown': 'Something unexpected happened. Nothing was changed.',
} as const;

export type MessageKey = keyof typeof en;
