// English words of Settings → Classroom sync; sync.es.ts has the same keys.
export const syncEn = {
  'sync.title': 'Classroom sync',
  'sync.intro':
    "Every device of the classroom keeps the same students, plans and records through the school's CouchDB server. Once the server is saved, this device sends what changes here within seconds and receives what other devices send, by itself, while it is online; records stay on this device too, and wait here while it is offline.",
  'sync.server': 'Server address',
  'sync.database': 'Classroom database',
  'sync.username': 'Account',
  'sync.password': 'Password',
  'sync.save': 'Save sync settings',
  'sync.now': 'Sync now',
  'sync.syncing': 'Syncing…',
  'sync.never': 'Not synced yet.',
  'sync.lastSynced': 'Last synced: {when}.',
  'sync.waiting': 'Records waiting to be sent: {count}.',
  'sync.lastError': 'Last attempt failed: {text}',
  'sync.done': 'Synced: {pushed} sent, {pulled} received.',
  'sync.installRules': "Install the classroom's rules on the server",
  'sync.rulesInstalled':
    "The server now lets only the teacher's account change the plan; para accounts add records.",
  'sync.conflictsTitle': 'Edited on two devices',
  'sync.conflictsIntro': 'Of two edits of the same thing, the later one is kept on every device.',
  'sync.keptDevice': '{what}{name}: this device’s edit was the later one and is kept ({when}).',
  'sync.keptServer': '{what}{name}: another device’s later edit replaced this device’s ({when}).',
  'sync.refusedNow':
    '{count, plural, one {# change made on this device was} other {# changes made on this device were}} refused by the server: see below.',
  'sync.refusedTitle': 'Refused by the server',
  'sync.refusedIntro':
    'The server takes changes to the plan only from the teacher’s account. These changes were made on this device with another account; they stay here and reach no other device. Make them again on a device synced with the teacher’s account.',
  'sync.refusedRow': '{what}{name}, changed here ({when}).',
  'sync.setAside':
    '{count, plural, one {# document from the server was not kept because it was} other {# documents from the server were not kept because they were}} not valid: {ids}.',
} as const;
