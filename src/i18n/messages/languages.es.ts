// Palabras en más de un idioma: el idioma de la clase, y «Palabras en inglés» de los editores.
import type { languagesEn } from './languages.en';

export const languagesEs: Record<keyof typeof languagesEn, string> = {
  'languages.name.en': 'inglés',
  'languages.name.es': 'español',
  'languages.classroom': 'Idioma de las tarjetas, escalas y preguntas',
  'languages.classroomHint':
    'El idioma en que están escritas las palabras de sus tarjetas, escalas y preguntas. Cada una puede tener también palabras en el otro idioma: un estudiante cuyo idioma no las tiene oye estas palabras con la voz de su idioma.',
  'languages.classroomSaved': 'Las tarjetas, escalas y preguntas están escritas en {language}.',
  'languages.wordsIn': 'Palabras en {language}',
  'languages.wordsInHint':
    'Para los estudiantes cuyo idioma es el {language}: ven y oyen estas palabras. Déjelas vacías para mostrarles las palabras principales, dichas con la voz del idioma principal.',
  'languages.labelIn': 'Etiqueta en {language}',
  'languages.spokenTextIn': 'Texto hablado en {language} (opcional)',
  'languages.nameIn': 'Nombre en {language}',
  'languages.levelIn': 'Nivel {level} en {language}',
  'languages.questionIn': 'Pregunta en {language}',
  'languages.recordingIn': 'Grabación en {language}',
  'languages.recordingAfterWords': 'Primero guarde las palabras en {language}; después grábelas con su voz.',
  'languages.levelRecordings': 'Grabaciones de los niveles',
  'languages.levelRecording': 'Nivel {level}: {label}',
  'languages.levelRecordingIn': 'Nivel {level} en {language}: {label}',
  'languages.questionRecording': 'Grabación de la pregunta',
};
