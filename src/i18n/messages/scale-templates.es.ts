// Spanish words of the five-point scale templates; the same keys as scale-templates.en.ts.
import type { scaleTemplatesEn } from './scale-templates.en';

export const scaleTemplatesEs: Record<keyof typeof scaleTemplatesEn, string> = {
  'scaleTemplate.feelings.name': '¿Cómo me siento?',
  'scaleTemplate.feelings.1.label': 'En calma',
  'scaleTemplate.feelings.1.looksLike': 'Cuerpo relajado, voz baja, con ganas de trabajar.',
  'scaleTemplate.feelings.1.feelsLike': 'Con alegría y calma.',
  'scaleTemplate.feelings.1.staffResponse': 'Elogiar la calma. Seguir con la rutina.',
  'scaleTemplate.feelings.2.label': 'Bien',
  'scaleTemplate.feelings.2.looksLike': 'Trabajando, quizá moviéndose un poco.',
  'scaleTemplate.feelings.2.feelsLike': 'Bien, con un poco de molestia.',
  'scaleTemplate.feelings.2.staffResponse':
    'Notarlo sin llamar la atención. Ofrecer elegir qué hacer después.',
  'scaleTemplate.feelings.3.label': 'Con nervios',
  'scaleTemplate.feelings.3.looksLike': 'Ceño fruncido, se mueve, repite la misma pregunta.',
  'scaleTemplate.feelings.3.feelsLike': 'Con nervios o molestia.',
  'scaleTemplate.feelings.3.staffResponse':
    'Hablar menos y con calma. Señalar las tarjetas «Puedo probar». Dar un poco más de tiempo.',
  'scaleTemplate.feelings.4.label': 'Con enojo',
  'scaleTemplate.feelings.4.looksLike': 'Voz fuerte, camina de un lado a otro, aparta el trabajo.',
  'scaleTemplate.feelings.4.feelsLike': 'Mucha molestia; cuesta pensar.',
  'scaleTemplate.feelings.4.staffResponse':
    'Pocas palabras, voz tranquila. Ofrecer el espacio de descanso. Dar tiempo y espacio; nada de nuevas exigencias.',
  'scaleTemplate.feelings.5.label': 'Con mucho enojo',
  'scaleTemplate.feelings.5.looksLike': 'Grita, llora, puede huir o golpear.',
  'scaleTemplate.feelings.5.feelsLike': 'Fuera de control, quizá con miedo.',
  'scaleTemplate.feelings.5.staffResponse':
    'Mantener a todos a salvo y seguir el plan de seguridad. Hablarlo más tarde, con calma.',
  'scaleTemplate.voice.name': 'Mi voz',
  'scaleTemplate.voice.1.label': 'En silencio',
  'scaleTemplate.voice.1.looksLike': 'Boca cerrada, escuchando.',
  'scaleTemplate.voice.1.feelsLike': 'Calma por dentro.',
  'scaleTemplate.voice.1.staffResponse': 'Usar gestos e imágenes. Elogiar que escucha en silencio.',
  'scaleTemplate.voice.2.label': 'Susurro',
  'scaleTemplate.voice.2.looksLike': 'Solo me oye la persona de al lado.',
  'scaleTemplate.voice.2.feelsLike': 'Con calma.',
  'scaleTemplate.voice.2.staffResponse':
    'Responder también en susurro. Elogiarlo en la biblioteca y en el descanso.',
  'scaleTemplate.voice.3.label': 'Voz para hablar',
  'scaleTemplate.voice.3.looksLike': 'Hablo en la mesa; me oyen los de mi grupo.',
  'scaleTemplate.voice.3.feelsLike': 'Con calma y amabilidad.',
  'scaleTemplate.voice.3.staffResponse': 'Responder con voz para hablar. Elogiarlo.',
  'scaleTemplate.voice.4.label': 'Voz fuerte',
  'scaleTemplate.voice.4.looksLike': 'Me oye toda la clase.',
  'scaleTemplate.voice.4.feelsLike': 'Con emoción o molestia.',
  'scaleTemplate.voice.4.staffResponse':
    'Señalar el 3 en la escala. Responder solo cuando use la voz para hablar.',
  'scaleTemplate.voice.5.label': 'Gritos',
  'scaleTemplate.voice.5.looksLike': 'Grito; los demás se tapan los oídos.',
  'scaleTemplate.voice.5.feelsLike': 'Con enojo, miedo o mucha emoción.',
  'scaleTemplate.voice.5.staffResponse':
    'Mantener la calma y el silencio. Mostrar la escala. Ayudar a buscar un lugar tranquilo.',
  'scaleTemplate.body.name': 'Mi cuerpo',
  'scaleTemplate.body.1.label': 'Cuerpo tranquilo',
  'scaleTemplate.body.1.looksLike': 'Hombros sueltos, respiración lenta.',
  'scaleTemplate.body.1.feelsLike': 'Con calma y comodidad.',
  'scaleTemplate.body.1.staffResponse': 'Elogiar el cuerpo tranquilo.',
  'scaleTemplate.body.2.label': 'Cuerpo listo',
  'scaleTemplate.body.2.looksLike': 'Espalda derecha, ojos en el trabajo.',
  'scaleTemplate.body.2.feelsLike': 'Con energía y ganas.',
  'scaleTemplate.body.2.staffResponse': 'Empezar la tarea. Elogiar el cuerpo listo.',
  'scaleTemplate.body.3.label': 'Cuerpo inquieto',
  'scaleTemplate.body.3.looksLike': 'Se mueve en la silla, da golpecitos, se levanta.',
  'scaleTemplate.body.3.feelsLike': 'No puede estarse quieto.',
  'scaleTemplate.body.3.staffResponse':
    'Ofrecer una pausa para moverse o un objeto para las manos. Dar instrucciones cortas.',
  'scaleTemplate.body.4.label': 'Cuerpo tenso',
  'scaleTemplate.body.4.looksLike': 'Puños apretados, cuerpo rígido, respiración rápida.',
  'scaleTemplate.body.4.feelsLike': 'Calor y tensión, a punto de estallar.',
  'scaleTemplate.body.4.staffResponse':
    'Dar espacio y pocas palabras. Ofrecer respiraciones profundas o el espacio de descanso.',
  'scaleTemplate.body.5.label': 'Fuera de control',
  'scaleTemplate.body.5.looksLike': 'Golpea, tira cosas, corre.',
  'scaleTemplate.body.5.feelsLike': 'Mi cuerpo no para.',
  'scaleTemplate.body.5.staffResponse':
    'Mantener a todos a salvo y seguir el plan de seguridad. Hablarlo más tarde, con calma.',
};
