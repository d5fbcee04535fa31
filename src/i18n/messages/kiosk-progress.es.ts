import type { kioskProgressEn } from './kiosk-progress.en';

// Las palabras del progreso del estudiante en el quiosco; mismas claves que el archivo en inglés.
export const kioskProgressEs: Record<keyof typeof kioskProgressEn, string> = {
  'kioskProgress.title': 'Mi progreso',
  'kioskProgress.starsToday': 'Hoy empecé {count, plural, one {# paso} other {# pasos}} por mí mismo.',
  'kioskProgress.starsNone': 'Hoy todavía no empecé un paso por mí mismo.',
  'kioskProgress.weekBar': 'Esta semana empecé {percent} de mis pasos por mí mismo.',
  'kioskProgress.weekNone': 'La semana acaba de empezar.',
};
