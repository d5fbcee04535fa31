// English words of the kiosk's five-point scale. They load with the scale, not with the kiosk, so
// students without one do not carry them; kiosk-scales.es.ts has the same keys.
export const kioskScalesEn = {
  'kioskScales.tell': 'I want to tell how I feel',
  'kioskScales.checkIn': 'Check-in: tap how you are',
  'kioskScales.level': '{level}: {label}',
  'kioskScales.levels': 'Levels, 1 to 5',
  'kioskScales.notNow': 'Not now',
  'kioskScales.youAre': 'You are at {level}: {label}',
  'kioskScales.iCanTry': 'I can try',
  'kioskScales.thanks': 'Thank you for telling.',
  'kioskScales.backToDay': 'Back to my day',
} as const;
