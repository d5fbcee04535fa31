import type { kioskTokensEn } from './kiosk-tokens.en';

export const kioskTokensEs: Record<keyof typeof kioskTokensEn, string> = {
  'kioskTokens.title': 'Mis fichas',
  'kioskTokens.count': '{earned} de {spots} fichas',
  'kioskTokens.workingFor': 'Trabajo por',
  'kioskTokens.choose': 'Elige por qué trabajas',
  'kioskTokens.chooseTitle': '¿Por qué quieres trabajar?',
  'kioskTokens.chooseThis': 'Quiero {label}',
  'kioskTokens.back': 'Ahora no',
  'kioskTokens.celebrate': '¡Lo lograste!',
  'kioskTokens.timeFor': 'Tiempo de {label}',
  'kioskTokens.rewardTime': 'Tiempo de recompensa',
  'kioskTokens.startReward': 'Empezar el tiempo de recompensa',
};
