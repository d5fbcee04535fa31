// Therapies, sensory and movement, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const THERAPIES: readonly ClassroomConcept[] = [
  concept(
    ['speaking-head', 'speech-balloon'],
    ['speech', 'speech therapy', 'slp', 'speech therapist', 'speech language', 'language therapy'],
    [
      'terapia del habla',
      'habla',
      'logopedia',
      'terapia de lenguaje',
      'lenguaje',
      'logopeda',
      'terapia de habla',
    ],
  ),
  concept(
    ['speaking-head', 'speech-balloon'],
    ['talk', 'talking', 'speak', 'say', 'tell'],
    ['hablar', 'decir', 'platicar', 'conversar'],
  ),
  concept(
    ['hand-with-fingers-splayed', 'scissors', 'pencil'],
    ['ot', 'o t', 'occupational therapy', 'occupational therapist', 'fine motor'],
    ['terapia ocupacional', 'to', 't o', 'motricidad fina'],
  ),
  concept(
    ['person-walking', 'leg', 'person-cartwheeling'],
    ['pt', 'p t', 'physical therapy', 'physical therapist', 'gross motor'],
    ['fisioterapia', 'terapia física', 'fisioterapeuta', 'motricidad gruesa'],
  ),
  concept(
    ['people-hugging', 'speech-balloon'],
    ['counseling', 'counselor', 'social work', 'social worker', 'check in with counselor'],
    ['consejería', 'consejero', 'consejera', 'orientación', 'orientador', 'psicólogo', 'psicóloga'],
  ),
  concept(
    ['handshake', 'people-hugging'],
    ['social skills', 'social group', 'friendship group', 'making friends'],
    ['habilidades sociales', 'grupo social'],
  ),
  concept(
    ['bubbles', 'teddy-bear', 'yo-yo'],
    ['sensory', 'sensory break', 'sensory time', 'sensory bin', 'sensory play'],
    ['sensorial', 'descanso sensorial', 'pausa sensorial', 'tiempo sensorial', 'juego sensorial'],
  ),
  concept(
    ['yo-yo', 'hand-with-fingers-splayed'],
    ['fidget', 'fidget toy', 'fidgets', 'stress ball', 'squeeze ball'],
    ['juguete sensorial', 'antiestrés', 'pelota antiestrés', 'fidget'],
  ),
  concept(
    ['headphone'],
    ['headphones', 'headset', 'noise cancelling headphones', 'ear muffs', 'earmuffs', 'ear defenders'],
    ['audífonos', 'auriculares', 'cascos', 'orejeras'],
  ),
  concept(
    ['person-in-lotus-position'],
    ['yoga', 'stretch', 'stretching', 'meditation', 'mindfulness'],
    ['yoga', 'estirar', 'estiramiento', 'meditación', 'atención plena'],
  ),
  concept(
    ['person-lifting-weights', 'person-running'],
    ['exercise', 'workout', 'exercises'],
    ['ejercicio', 'hacer ejercicio', 'ejercicios físicos'],
  ),
  concept(
    ['person-walking', 'footprints'],
    ['walk', 'walking', 'take a walk', 'go for a walk'],
    ['caminar', 'andar', 'dar un paseo', 'caminata', 'paseo'],
  ),
  concept(['person-running'], ['run', 'running', 'jog'], ['correr', 'carrera']),
  concept(
    ['woman-dancing', 'man-dancing'],
    ['dance', 'dancing', 'movement', 'move', 'movement break', 'wiggle', 'brain break'],
    ['bailar', 'baile', 'movimiento', 'moverse', 'pausa activa', 'pausa de movimiento'],
  ),
  concept(
    ['person-cartwheeling', 'kangaroo'],
    ['jump', 'jumping', 'hop', 'trampoline'],
    ['saltar', 'brincar', 'salto', 'trampolín', 'brinca'],
  ),
  concept(
    ['stop-sign', 'raised-hand'],
    ['stop', 'stop please', 'freeze'],
    ['alto', 'parar', 'detente', 'pare', 'detenerse'],
  ),
  concept(
    ['vertical-traffic-light', 'right-arrow'],
    ['go', "let's go", 'go ahead', 'ready set go'],
    ['ir', 'vamos', 'adelante', 'sigue', 'ya'],
  ),
];
