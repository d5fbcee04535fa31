// Routines and the parts of the school day, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const ROUTINES: readonly ClassroomConcept[] = [
  concept(
    ['school', 'backpack'],
    ['arrival', 'arrive', 'arriving', 'come in', 'morning arrival'],
    ['llegada', 'llegar', 'entrada', 'entrar'],
  ),
  concept(
    ['busts-in-silhouette', 'speech-balloon'],
    ['circle', 'circle time', 'morning meeting', 'meeting', 'carpet time', 'morning circle', 'group time'],
    ['círculo', 'asamblea', 'ronda', 'reunión', 'hora del círculo', 'tiempo de círculo'],
  ),
  concept(
    ['spiral-calendar', 'tear-off-calendar', 'calendar'],
    ['calendar', 'calendar time', 'date', 'days of the week', 'month'],
    ['calendario', 'fecha', 'mes', 'días de la semana'],
  ),
  concept(
    ['fork-and-knife-with-plate', 'sandwich', 'bento-box'],
    ['lunch', 'lunch time', 'lunchtime', 'eat lunch'],
    ['almuerzo', 'almorzar', 'hora del almuerzo', 'hora de comer', 'lonche'],
  ),
  concept(
    ['fork-and-knife-with-plate', 'busts-in-silhouette'],
    ['cafeteria', 'lunchroom', 'dining room', 'dining hall'],
    ['cafetería', 'comedor'],
  ),
  concept(
    ['cookie', 'red-apple', 'pretzel'],
    ['snack', 'snack time', 'snacks'],
    ['merienda', 'refrigerio', 'bocadillo', 'tentempié', 'hora de la merienda', 'colación'],
  ),
  concept(
    ['pancakes', 'bowl-with-spoon', 'croissant'],
    ['breakfast', 'eat breakfast'],
    ['desayuno', 'desayunar'],
  ),
  concept(
    ['playground-slide', 'soccer-ball'],
    ['recess', 'recess time', 'outside play', 'playtime outside'],
    ['recreo', 'receso', 'hora del recreo'],
  ),
  concept(
    ['couch-and-lamp', 'person-in-lotus-position', 'hot-beverage'],
    ['break', 'take a break', 'break time', 'rest', 'relax', 'i need a break'],
    ['descanso', 'tomar un descanso', 'pausa', 'relajarse', 'necesito un descanso', 'hora del descanso'],
  ),
  concept(
    ['relieved-face', 'person-in-lotus-position'],
    ['calm', 'calm down', 'calm body', 'breathe', 'deep breath', 'take a breath', 'relaxed'],
    ['calma', 'calmarse', 'tranquilo', 'tranquila', 'respirar', 'respira', 'respiración profunda', 'cálmate'],
  ),
  concept(
    ['shushing-face', 'zipper-mouth-face', 'couch-and-lamp'],
    ['quiet time', 'quiet', 'be quiet', 'shh', 'silence', 'quiet voice', 'whisper', 'inside voice'],
    [
      'tiempo tranquilo',
      'tiempo de silencio',
      'silencio',
      'callado',
      'callada',
      'en silencio',
      'voz baja',
      'susurrar',
    ],
  ),
  concept(
    ['sleeping-face', 'person-in-bed', 'bed'],
    ['nap', 'nap time', 'rest time', 'sleep', 'sleeping', 'bed', 'bedtime'],
    ['siesta', 'dormir', 'hora de dormir', 'cama', 'descansar'],
  ),
  concept(
    ['hourglass-not-done', 'person-standing'],
    ['wait', 'waiting', 'wait please', 'please wait', 'wait your turn'],
    ['esperar', 'espera', 'esperando', 'espere', 'espera por favor'],
  ),
  concept(
    ['check-mark-button', 'raising-hands'],
    ['all done', 'finished', 'done', 'finish', 'complete', 'the end', 'i am done', "i'm done"],
    [
      'terminado',
      'terminada',
      'terminé',
      'terminar',
      'listo',
      'lista',
      'se acabó',
      'acabé',
      'ya terminé',
      'fin',
      'hecho',
    ],
  ),
  concept(
    ['raised-hand', 'person-raising-hand'],
    ['help', 'help me', 'i need help', 'ask for help', 'help please'],
    ['ayuda', 'ayúdame', 'necesito ayuda', 'ayudar', 'ayuda por favor'],
  ),
  concept(
    ['person-raising-hand', 'raised-hand'],
    ['raise hand', 'raise your hand', 'hand up', 'hands up'],
    ['levantar la mano', 'levanta la mano', 'mano arriba', 'alzar la mano'],
  ),
  concept(
    ['person-walking', 'footprints', 'busts-in-silhouette'],
    ['line up', 'get in line', 'line', 'lineup', 'line order', 'walk in line'],
    ['hacer fila', 'fila', 'formarse', 'en fila', 'hacer la fila', 'fórmate'],
  ),
  concept(
    ['broom', 'wastebasket', 'basket'],
    ['clean up', 'tidy up', 'clean', 'put away', 'cleanup', 'clean up time'],
    ['limpiar', 'recoger', 'ordenar', 'guardar', 'limpieza', 'a recoger'],
  ),
  concept(
    ['wastebasket', 'litter-in-bin-sign'],
    ['throw away', 'trash', 'garbage', 'rubbish', 'trash can', 'garbage can', 'throw it away'],
    ['basura', 'tirar la basura', 'bote de basura', 'papelera', 'tirar', 'basurero', 'cesto de basura'],
  ),
  concept(['recycling-symbol'], ['recycle', 'recycling'], ['reciclar', 'reciclaje']),
  concept(
    ['house', 'bus'],
    ['go home', 'home time', 'dismissal', 'end of the day', 'pack up', 'time to go home'],
    ['ir a casa', 'a casa', 'salida', 'hora de salida', 'hora de irse', 'fin del día'],
  ),
  concept(
    ['waving-hand'],
    ['goodbye', 'bye', 'see you', 'see you later', 'bye bye'],
    ['adiós', 'hasta luego', 'chao', 'chau', 'hasta mañana'],
  ),
  concept(
    ['waving-hand', 'smiling-face'],
    ['hello', 'hi', 'good morning', 'greeting', 'say hello'],
    ['hola', 'buenos días', 'saludo', 'saludar', 'buenas tardes'],
  ),
  concept(
    ['keycap-1', '1st-place-medal'],
    ['first', 'first then', 'number one', 'first this'],
    ['primero', 'primera', 'primero luego'],
  ),
  concept(
    ['right-arrow', 'soon-arrow'],
    ['then', 'next', 'after', 'afterwards', "what's next"],
    ['después', 'luego', 'siguiente', 'lo que sigue', 'qué sigue'],
  ),
  concept(
    ['clipboard', 'spiral-notepad'],
    ['schedule', 'visual schedule', 'my day', "today's schedule", 'plan', 'check schedule'],
    ['horario', 'agenda', 'mi día', 'plan', 'horario visual', 'revisar horario'],
  ),
  concept(
    ['puzzle-piece', 'teddy-bear', 'video-game'],
    ['choice time', 'free time', 'free choice', 'choice', 'fun time'],
    ['tiempo libre', 'hora libre', 'elección libre', 'tiempo de elección', 'juego libre'],
  ),
  concept(
    ['puzzle-piece', 'busts-in-silhouette'],
    ['centers', 'center time', 'stations', 'work stations', 'learning centers', 'rotation', 'rotations'],
    ['centros', 'estaciones', 'rincones', 'rincón', 'centros de aprendizaje', 'rotación'],
  ),
  concept(
    ['memo', 'writing-hand'],
    ['work', 'work time', 'independent work', 'desk work', 'seat work', 'work box', 'do work'],
    ['trabajo', 'trabajar', 'hora de trabajar', 'trabajo independiente', 'hacer trabajo'],
  ),
  concept(
    ['page-facing-up', 'memo', 'pencil'],
    ['worksheet', 'work sheet', 'handout', 'paper work', 'activity sheet'],
    ['hoja de trabajo', 'hoja de ejercicios', 'ejercicios', 'hoja de actividades', 'actividad'],
  ),
  concept(['notebook', 'memo', 'house'], ['homework', 'home work'], ['tarea', 'tareas', 'deberes']),
  concept(
    ['memo', 'check-mark-button'],
    ['test', 'quiz', 'exam', 'assessment'],
    ['examen', 'prueba', 'evaluación'],
  ),
  concept(
    ['bus', 'school'],
    ['field trip', 'trip', 'excursion', 'outing', 'community outing'],
    ['excursión', 'salida escolar', 'viaje', 'paseo escolar'],
  ),
  concept(
    ['fire-engine', 'police-car-light', 'bell'],
    ['fire drill', 'drill', 'alarm', 'emergency drill', 'lockdown'],
    ['simulacro', 'alarma', 'simulacro de incendio', 'emergencia'],
  ),
  concept(
    ['birthday-cake', 'party-popper', 'balloon'],
    ['birthday', 'party', 'celebration', 'celebrate'],
    ['cumpleaños', 'fiesta', 'celebración', 'celebrar'],
  ),
  concept(
    ['stadium', 'busts-in-silhouette'],
    ['assembly', 'school assembly', 'show', 'performance'],
    ['asamblea escolar', 'acto escolar', 'función', 'presentación'],
  ),
  concept(
    ['open-book', 'teddy-bear'],
    ['story time', 'story', 'read aloud', 'storytime', 'stories'],
    ['cuento', 'hora del cuento', 'cuentos', 'leer un cuento'],
  ),
  concept(
    ['memo', 'clipboard'],
    ['check in', 'check out', 'check in check out', 'daily report', 'point sheet'],
    ['registro', 'hoja de puntos', 'reporte diario'],
  ),
];
