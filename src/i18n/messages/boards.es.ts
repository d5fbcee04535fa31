import type { boardsEn } from './boards.en';

export const boardsEs: Record<keyof typeof boardsEn, string> = {
  'boards.title': 'Tableros de elección',
  'boards.intro':
    'Un tablero de elección ofrece al estudiante algunas opciones, como tarjetas. Decida cuáles convienen y cuántas ve cada estudiante a la vez; ofrezca un tablero en un paso del horario.',
};
