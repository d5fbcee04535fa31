// English words of the adult screens, loaded with them; adult.es.ts has the same keys.
// Each area's words live in a file of their own and are gathered here.

import { backupEn } from './backup.en';
import { boardsEn } from './boards.en';
import { cardsEn } from './cards.en';
import { homeNotesEn } from './home-notes.en';
import { languagesEn } from './languages.en';
import { paperEn } from './paper.en';
import { paraEn } from './para.en';
import { plansEn } from './plans.en';
import { privacyEn } from './privacy.en';
import { reviewEn } from './review.en';
import { safetyEn } from './safety.en';
import { scaleTemplatesEn } from './scale-templates.en';
import { scalesEn } from './scales.en';
import { schedulesEn } from './schedules.en';
import { selfChecksEn } from './self-checks.en';
import { setupEn } from './setup.en';
import { syncEn } from './sync.en';
import { tokensEn } from './tokens.en';

export const adultEn = {
  ...cardsEn,
  ...safetyEn,
  ...syncEn,
  ...schedulesEn,
  ...boardsEn,
  ...backupEn,
  ...tokensEn,
  ...reviewEn,
  ...selfChecksEn,
  ...scalesEn,
  ...scaleTemplatesEn,
  ...paraEn,
  ...paperEn,
  ...homeNotesEn,
  ...plansEn,
  ...privacyEn,
  ...setupEn,
  ...languagesEn,
  'storage.persisted': 'Storage is protected: the browser will not clear this app’s data to free space.',
  'storage.notPersisted':
    'Storage is not protected: the browser may clear data when the device runs out of space. Install the app to the home screen and keep regular backups.',
  'storage.unknown': 'Storage protection has not been asked for yet.',
  'storage.protect': 'Ask the browser to protect storage',
  'storage.protectRefused':
    'The browser did not protect storage this time. Installing the app to the home screen often helps; keep regular backups.',
  'storage.usage': '{used} used of {available} available',
  'storage.usageUnknown': 'This browser does not tell how much storage is used.',
  'gate.title': 'Adult area',
  'gate.whoAreYou': 'Who are you?',
  'gate.enterPin': 'PIN for {name}',
  'gate.pinLabel': 'PIN',
  'gate.submit': 'Open',
  'gate.checking': 'Checking…',
  'gate.backToParaBar': 'Back to the para bar as {name}',
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
  'adult.boards': 'Choice boards',
  'adult.review': 'Progress',
  'adult.about': 'About',
  'adult.settings': 'Settings',
  'adult.signedInAs': 'Signed in as {name} ({role})',
  'adult.fullScreen': 'Student screen in full screen',
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
  'teacher.photoHint':
    'On a shared tablet, each student finds themselves by their photo. Photos are made smaller and stay on this device.',
  'teacher.photoOf': 'Photo of {name}',
  'teacher.removePhoto': 'Remove photo',
  'teacher.removePhotoOf': 'Remove photo of {name}',
  'teacher.photoPreparing': 'Preparing the photo…',
  'teacher.photoSaved': 'The photo of {name} was saved.',
  'teacher.photoRemoved': 'The photo of {name} was removed.',
  'teacher.photoUnreadable':
    'That file could not be read as a photo. Nothing was saved. Choose a photo (for example JPEG or PNG).',
  'teacher.nextStep':
    'Make the pictures of the day in Cards, plan each student’s day in Schedules, offer choices in Choice boards, set up Scales and Self-checks, and follow each student in Progress.',
  'teacher.staff': 'Staff',
  'teacher.onlyYou': 'Only you can open the adult area. Add a para so they can record with their own PIN.',
  'teacher.addPara': 'Add a para',
  'teacher.paraName': 'Para’s name',
  'teacher.paraPin': 'Para’s PIN (4 to 8 digits)',
  'teacher.paraAdded': '{name} can now sign in as a para.',
  'classToday.title': 'Class today',
  'classToday.find': 'Find a student',
  'classToday.found': '{count, plural, one {# student} other {# students}} of {total} found',
  'classToday.figures':
    '{finished, plural, one {# step} other {# steps}} finished · {independent} of {started} started on their own',
  'classToday.progress': 'Progress of {name}',
  'classToday.manage': 'Manage students and staff',
  'today.title': 'Today for {name}',
  'today.student': 'Student',
  'today.now': 'Now: {label}',
  'today.next': 'Next: {label}',
  'today.allDone': 'Every step of today is finished.',
  'today.noSchedule': 'Nothing is planned for today. The teacher plans schedules in Schedules.',
  'today.lastChoice': '{name} last chose: {label}',
  'today.boardToOpen': 'Open a choice board now',
  'today.openBoard': 'Open {board} on {name}’s screen',
  'today.boardIsOpen': '“{board}” is open on {name}’s screen.',
  'today.closeBoard': 'Close it',
  'today.changeCard': 'Card for the change',
  'today.chooseCard': 'Choose a card',
  'today.insertChange': 'Insert a change',
  'today.changeInserted': '“{label}” comes next, marked as something different.',
  'today.noCards': 'There are no cards yet. The teacher makes them in Cards.',
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
} as const;
