// English words of the token board in the adult screens; the Spanish file beside this one has the
// same keys. The kiosk's token words are in kiosk-tokens.en.ts.
export const tokensEn = {
  'tokens.title': 'Token board for {name}',
  'tokens.intro':
    '{name} works for something they choose: each token fills a spot, and a full board gives reward time. Then the board starts again.',
  'tokens.use': 'Use a token board',
  'tokens.spots': 'Tokens to fill the board',
  'tokens.fromSteps': 'A token for each finished step',
  'tokens.fromStepsHint': 'Adults can always give a token with one tap in the Today panel.',
  'tokens.board': 'What {name} can work for (a choice board)',
  'tokens.noBoard': 'No choice board',
  'tokens.noBoards': 'There are no choice boards yet. Boards are made in Choice boards.',
  'tokens.rewardMinutes': 'Reward time in minutes (1 to 60)',
  'tokens.save': 'Save the token board',
  'tokens.saved': 'The token board of {name} was saved.',
  'tokens.removed': '{name} has no token board now.',
  'tokens.count': '{earned} of {spots} tokens',
  'tokens.workingFor': 'Working for: {label}',
  'tokens.give': 'Give {name} a token',
  'tokens.full': 'The board is full: {name} can start reward time.',
  'tokens.rewardRunning': 'Reward time is on.',
  'tokens.startReward': 'Start reward time',
} as const;
