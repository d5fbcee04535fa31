// English words of the kiosk's self-check. They load with the self-check, not with the kiosk, so
// students without self-checks do not carry them; kiosk-self-check.es.ts has the same keys. The
// level words also label an adult's 1–5 check, so both say the same.
export const kioskSelfCheckEn = {
  'kioskSelfCheck.title': 'My self-check',
  'kioskSelfCheck.hear': 'Hear: {question}',
  'kioskSelfCheck.yes': 'Yes',
  'kioskSelfCheck.no': 'No',
  'kioskSelfCheck.level': '{level}: {words}',
  'kioskSelfCheck.level1': 'Not at all',
  'kioskSelfCheck.level2': 'A little',
  'kioskSelfCheck.level3': 'Some of the time',
  'kioskSelfCheck.level4': 'Most of the time',
  'kioskSelfCheck.level5': 'All the time',
  'kioskSelfCheck.next': 'Next check in {time}',
  'kioskSelfCheck.nextSpokenSeconds': 'Next check in {count, plural, one {# second} other {# seconds}}',
  'kioskSelfCheck.nextSpokenMinutes': 'Next check in {count, plural, one {# minute} other {# minutes}}',
} as const;
