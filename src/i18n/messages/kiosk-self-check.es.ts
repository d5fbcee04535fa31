import type { kioskSelfCheckEn } from './kiosk-self-check.en';

export const kioskSelfCheckEs: Record<keyof typeof kioskSelfCheckEn, string> = {
  'kioskSelfCheck.title': 'Me reviso',
  'kioskSelfCheck.hear': 'Escuchar: {question}',
  'kioskSelfCheck.yes': 'Sí',
  'kioskSelfCheck.no': 'No',
  'kioskSelfCheck.level': '{level}: {words}',
  'kioskSelfCheck.level1': 'Nada',
  'kioskSelfCheck.level2': 'Un poco',
  'kioskSelfCheck.level3': 'A veces',
  'kioskSelfCheck.level4': 'Casi siempre',
  'kioskSelfCheck.level5': 'Todo el tiempo',
  'kioskSelfCheck.next': 'Próxima revisión en {time}',
  'kioskSelfCheck.nextSpokenSeconds':
    'Próxima revisión en {count, plural, one {# segundo} other {# segundos}}',
  'kioskSelfCheck.nextSpokenMinutes': 'Próxima revisión en {count, plural, one {# minuto} other {# minutos}}',
};
