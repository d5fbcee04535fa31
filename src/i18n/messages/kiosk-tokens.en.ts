// English words of the kiosk's token board. They load with the token board, not with the kiosk,
// so students without one do not carry them; kiosk-tokens.es.ts has the same keys.
export const kioskTokensEn = {
  'kioskTokens.title': 'My tokens',
  'kioskTokens.count': '{earned} of {spots} tokens',
  'kioskTokens.workingFor': 'I am working for',
  'kioskTokens.choose': 'Choose what you work for',
  'kioskTokens.chooseTitle': 'What do you want to work for?',
  'kioskTokens.chooseThis': 'I want {label}',
  'kioskTokens.back': 'Not now',
  'kioskTokens.celebrate': 'You did it!',
  'kioskTokens.timeFor': 'Time for {label}',
  'kioskTokens.rewardTime': 'Reward time',
  'kioskTokens.startReward': 'Start reward time',
} as const;
