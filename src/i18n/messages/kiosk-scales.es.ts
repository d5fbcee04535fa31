import type { kioskScalesEn } from './kiosk-scales.en';

export const kioskScalesEs: Record<keyof typeof kioskScalesEn, string> = {
  'kioskScales.tell': 'Quiero decir cómo me siento',
  'kioskScales.checkIn': 'Registro: toca cómo estás',
  'kioskScales.level': '{level}: {label}',
  'kioskScales.levels': 'Niveles, del 1 al 5',
  'kioskScales.notNow': 'Ahora no',
  'kioskScales.youAre': 'Estás en {level}: {label}',
  'kioskScales.iCanTry': 'Puedo probar',
  'kioskScales.thanks': 'Gracias por decirlo.',
  'kioskScales.backToDay': 'Volver a mi día',
};
