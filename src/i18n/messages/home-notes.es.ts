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
  'homeNote.span': 'La nota cuenta',
  'homeNote.spanDay': 'El día',
  'homeNote.spanWeek': 'La semana (de lunes a viernes del día elegido)',
  'homeNote.weekHeading': 'La semana de {name} en la escuela',
  'homeNote.weekOf': 'La semana del {date}',
  'homeNote.weekOnTheirOwn': 'Esta semana empezó sin ayuda: {activities}.',
  'homeNote.weekStarts':
    'Esta semana empezó {independent} de {started, plural, one {# actividad} other {# actividades}} sin ayuda.',
  'homeNote.weekRating':
    'En su escala del 1 al 5 eligió más a menudo el {level} ({ratings, plural, one {# vez} other {# veces}}).',
  'homeNote.weekTokens':
    'Esta semana ganó {tokens, plural, one {# ficha} other {# fichas}} y {rewards, plural, =0 {ningún premio} one {# premio} other {# premios}}.',
  'homeNote.weekNothing': 'No se registró nada esta semana.',
  'homeNote.chartTitle': 'Actividades empezadas sin ayuda, cada día',
  'homeNote.chartNone': 'nada',
  'homeNote.chartDay': '{independent} de {started}',
};
