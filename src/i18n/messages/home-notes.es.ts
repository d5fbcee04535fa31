import type { homeNotesEn } from './home-notes.en';

export const homeNotesEs: Record<keyof typeof homeNotesEn, string> = {
  'adult.homeNotes': 'Notas para la familia',
  'homeNote.title': 'Notas para la familia',
  'homeNote.intro':
    'Una nota para la familia sobre el día, preparada con lo que se registró, en el idioma que lee la familia. Añada una frase suya y luego imprímala o guárdela como PDF.',
  'homeNote.student': 'Estudiante',
  'homeNote.day': 'Día',
  'homeNote.language':
    'Idioma de la nota: {language}. El maestro lo elige en Horarios, como idioma de las notas para la familia.',
  'homeNote.sentence': 'Una frase suya (opcional)',
  'homeNote.print': 'Imprimir o guardar como PDF',
  'homeNote.share': 'Compartir la nota',
  'homeNote.preview': 'La nota para la familia',
  'homeNote.heading': 'El día de {name} en la escuela',
  'homeNote.onTheirOwn': 'Empezó sin ayuda: {activities}.',
  'homeNote.starts':
    'Empezó {independent} de {started, plural, one {# actividad} other {# actividades}} sin ayuda.',
  'homeNote.finished': 'Terminó {finished, plural, one {# actividad} other {# actividades}}.',
  'homeNote.ratings': 'En su escala del 1 al 5 eligió: {levels}.',
  'homeNote.tokens':
    'Ganó {tokens, plural, one {# ficha} other {# fichas}} y {rewards, plural, =0 {todavía ningún premio} one {# premio} other {# premios}}.',
  'homeNote.nothing': 'No se registró nada este día.',
  'homeNote.fromSchool': 'De la escuela: {sentence}',
};
