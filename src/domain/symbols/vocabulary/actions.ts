// Actions a classroom asks for, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const ACTIONS: readonly ClassroomConcept[] = [
  concept(
    ['chair'],
    ['sit', 'sit down', 'sit in chair', 'sitting', 'seat', 'chair', 'sit on chair'],
    ['sentarse', 'siéntate', 'sentado', 'sentada', 'silla', 'asiento'],
  ),
  concept(
    ['person-standing'],
    ['stand', 'stand up', 'standing'],
    ['pararse', 'ponerse de pie', 'levántate', 'párate'],
  ),
  concept(
    ['backhand-index-pointing-down', 'index-pointing-up'],
    ['choose', 'pick', 'point', 'pick one', 'which one', 'make a choice'],
    ['elegir', 'escoger', 'señalar', 'cuál', 'escoge', 'elige'],
  ),
  concept(
    ['palm-up-hand', 'open-hands'],
    ['give', 'give me', 'hand me'],
    ['dar', 'dame', 'darme', 'entregar'],
  ),
  concept(
    ['index-pointing-at-the-viewer', 'person-raising-hand'],
    ['take turns', 'my turn', 'your turn', 'turn', 'turns', 'whose turn'],
    ['turno', 'mi turno', 'tu turno', 'esperar turno', 'tomar turnos', 'turnarse'],
  ),
  concept(['handshake', 'open-hands'], ['share', 'sharing'], ['compartir']),
  concept(['unlocked', 'open-file-folder'], ['open', 'open it'], ['abrir', 'ábrelo']),
  concept(['locked'], ['close', 'shut', 'lock'], ['cerrar', 'ciérralo']),
  concept(['scissors'], ['cut', 'cutting', 'scissors', 'cut paper'], ['cortar', 'tijeras', 'recortar']),
  concept(
    ['softball', 'basketball', 'soccer-ball'],
    ['ball', 'play ball', 'throw', 'catch', 'kick'],
    ['pelota', 'balón', 'lanzar', 'atrapar', 'patear'],
  ),
  concept(['alarm-clock', 'sun'], ['wake up', 'get up'], ['despertar', 'despertarse', 'levantarse']),
  concept(
    ['flexed-biceps', 'repeat-button'],
    ['try', 'try again', 'keep trying', 'i can try'],
    ['intentar', 'intenta', 'inténtalo', 'sigue intentando', 'puedo intentar'],
  ),
  concept(['repeat-button'], ['again', 'repeat', 'one more time'], ['otra vez', 'repetir']),
  concept(
    ['red-question-mark', 'person-raising-hand'],
    ['ask', 'question', 'ask a question', 'why', 'what', 'questions'],
    ['pregunta', 'preguntar', 'por qué', 'qué', 'preguntas'],
  ),
  concept(
    ['dollar-banknote', 'coin', 'credit-card'],
    ['money', 'pay', 'buy', 'coins', 'dollar', 'cash'],
    ['dinero', 'pagar', 'comprar', 'monedas', 'dólar', 'efectivo'],
  ),
  concept(
    ['light-bulb'],
    ['light', 'lights', 'lights off', 'lights on', 'lamp'],
    ['luz', 'luces', 'lámpara', 'apagar la luz', 'prender la luz'],
  ),
  concept(
    ['camera'],
    ['camera', 'picture', 'photo', 'take a picture'],
    ['cámara', 'foto', 'fotografía', 'tomar una foto'],
  ),
  concept(
    ['envelope', 'postbox'],
    ['mail', 'envelope', 'note home', 'send'],
    ['correo', 'carta', 'sobre', 'nota a casa', 'enviar'],
  ),
  concept(
    ['sponge'],
    ['wipe', 'wipe table', 'wipe the table', 'sponge'],
    ['limpiar la mesa', 'esponja', 'trapo'],
  ),
  concept(
    ['magnifying-glass-tilted-left'],
    ['find', 'look for', 'search', 'lost', 'find it'],
    ['buscar', 'encontrar', 'perdido', 'perdida', 'búscalo'],
  ),
  concept(
    ['dashing-away', 'person-running'],
    ['hurry', 'fast', 'quick', 'hurry up', 'quickly'],
    ['rápido', 'rápida', 'apúrate', 'deprisa', 'rápidamente'],
  ),
  concept(
    ['snail', 'turtle'],
    ['slow', 'slowly', 'slow down'],
    ['despacio', 'lento', 'lenta', 'más despacio'],
  ),
  concept(
    ['hammer-and-wrench', 'wrench'],
    ['fix', 'broken', 'fix it', 'repair'],
    ['arreglar', 'roto', 'rota', 'reparar', 'arréglalo'],
  ),
  concept(['key'], ['key'], ['llave']),
  concept(['wrapped-gift'], ['gift', 'present'], ['regalo', 'sorpresa']),
];
