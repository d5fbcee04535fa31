import type { kioskEn } from './kiosk.en';

export const kioskEs: Record<keyof typeof kioskEn, string> = {
  'kiosk.schedule': 'Mi horario',
  'kiosk.start': 'Empezar',
  'kiosk.done': 'Terminé',
  'kiosk.now': 'Ahora',
  'kiosk.next': 'Después',
  'kiosk.first': 'Primero',
  'kiosk.then': 'Luego',
  'kiosk.later': 'Más tarde',
  'kiosk.finished': 'Terminado',
  'kiosk.started': 'Empezado',
  'kiosk.finishedCount': 'Terminados: {count}',
  'kiosk.allDone': '¡Todo listo!',
  'kiosk.allDoneBody': 'Terminaste todo tu horario.',
  'kiosk.change': 'Algo diferente',
  'kiosk.stepsInside': 'Pasos de {label}',
  'kiosk.timeLeft': 'Tiempo restante: {minutes} min',
  'kiosk.timeUp': 'Se acabó el tiempo',
  'kiosk.hearIt': 'Escuchar {label}',
  'kiosk.adultHold': 'Adultos: mantener pulsado',
  'kiosk.notSaved': 'No se guardó. Pide ayuda a un adulto.',
};
