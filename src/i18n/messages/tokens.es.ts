import type { tokensEn } from './tokens.en';

export const tokensEs: Record<keyof typeof tokensEn, string> = {
  'tokens.title': 'Tablero de fichas de {name}',
  'tokens.intro':
    '{name} trabaja por algo que elige: cada ficha llena un espacio, y un tablero lleno da tiempo de recompensa. Después el tablero empieza de nuevo.',
  'tokens.use': 'Usar un tablero de fichas',
  'tokens.spots': 'Fichas para llenar el tablero',
  'tokens.fromSteps': 'Una ficha por cada paso terminado',
  'tokens.fromStepsHint': 'Los adultos siempre pueden dar una ficha con un toque en el panel Hoy.',
  'tokens.board': 'Por qué puede trabajar {name} (un tablero de elección)',
  'tokens.noBoard': 'Ningún tablero de elección',
  'tokens.noBoards': 'Todavía no hay tableros de elección. Los tableros se hacen en Tableros de elección.',
  'tokens.rewardMinutes': 'Tiempo de recompensa en minutos (de 1 a 60)',
  'tokens.save': 'Guardar el tablero de fichas',
  'tokens.saved': 'Se guardó el tablero de fichas de {name}.',
  'tokens.removed': '{name} ya no tiene tablero de fichas.',
  'tokens.count': '{earned} de {spots} fichas',
  'tokens.workingFor': 'Trabaja por: {label}',
  'tokens.give': 'Dar una ficha a {name}',
  'tokens.full': 'El tablero está lleno: {name} puede empezar el tiempo de recompensa.',
  'tokens.rewardRunning': 'Es tiempo de recompensa.',
  'tokens.startReward': 'Empezar el tiempo de recompensa',
};
