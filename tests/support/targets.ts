/** A yes/no self-check asked every minute, each answer checked by an adult: the usual one in tests. */
export const WAS_I_WORKING = {
  question: 'Was I working?',
  answer: 'yes-no',
  when: { kind: 'interval', seconds: 60 },
  checks: 'every',
} as const;
