// Places in and around school, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const PLACES: readonly ClassroomConcept[] = [
  concept(
    ['toilet', 'restroom', 'water-closet'],
    [
      'bathroom',
      'restroom',
      'toilet',
      'potty',
      'washroom',
      'go to the bathroom',
      'bathroom break',
      'wc',
      'boys bathroom',
      'girls bathroom',
    ],
    ['baño', 'ir al baño', 'servicio', 'sanitario', 'inodoro', 'retrete', 'aseo', 'váter', 'excusado'],
  ),
  concept(
    ['school', 'student'],
    ['classroom', 'class', 'room', 'my class', 'my classroom'],
    ['salón', 'aula', 'clase', 'salón de clases', 'mi clase'],
  ),
  concept(['school'], ['school', 'go to school'], ['escuela', 'colegio', 'ir a la escuela']),
  concept(
    ['books', 'open-book'],
    ['library', 'library time', 'media center'],
    ['biblioteca', 'hora de biblioteca'],
  ),
  concept(['basketball', 'person-bouncing-ball'], ['gym', 'gymnasium', 'gym time'], ['gimnasio']),
  concept(
    ['person-bouncing-ball', 'soccer-ball', 'running-shoe'],
    ['pe', 'p e', 'physical education', 'adapted pe', 'sports', 'gym class'],
    ['educación física', 'ed física', 'deportes', 'gimnasia', 'clase de gimnasia'],
  ),
  concept(
    ['playground-slide', 'deciduous-tree'],
    ['playground', 'slide', 'outside play area'],
    ['patio', 'patio de recreo', 'tobogán', 'resbaladilla', 'parque de juegos'],
  ),
  concept(
    ['office-building', 'woman-office-worker'],
    ['office', 'front office', 'main office', 'school office'],
    ['oficina', 'dirección'],
  ),
  concept(
    ['woman-health-worker', 'health-worker', 'stethoscope'],
    ['nurse', 'school nurse', "nurse's office", 'health office', 'clinic'],
    ['enfermera', 'enfermero', 'enfermería', 'clínica'],
  ),
  concept(
    ['door'],
    ['door', 'hallway', 'hall', 'corridor', 'open the door', 'close the door'],
    ['puerta', 'pasillo', 'corredor'],
  ),
  concept(
    ['deciduous-tree', 'sun'],
    ['outside', 'go outside', 'outdoors', 'fresh air'],
    ['afuera', 'salir', 'al aire libre', 'fuera', 'salir afuera'],
  ),
  concept(['house'], ['home', 'house', 'my house'], ['casa', 'hogar', 'mi casa']),
  concept(['national-park', 'deciduous-tree'], ['park', 'nature walk', 'nature'], ['parque', 'naturaleza']),
  concept(
    ['convenience-store', 'shopping-cart'],
    ['store', 'shop', 'shopping', 'grocery store', 'supermarket'],
    ['tienda', 'compras', 'ir de compras', 'supermercado', 'mercado'],
  ),
  concept(['hospital'], ['hospital'], ['hospital']),
  concept(['bus-stop'], ['bus stop'], ['parada de autobús', 'parada del autobús', 'parada']),
  concept(
    ['person-in-lotus-position', 'bubbles'],
    [
      'calm corner',
      'calm down corner',
      'cool down spot',
      'safe space',
      'quiet corner',
      'sensory room',
      'calming corner',
    ],
    ['rincón de calma', 'rincón tranquilo', 'sala sensorial', 'espacio seguro', 'rincón de la calma'],
  ),
  concept(
    ['cooking', 'shallow-pan-of-food'],
    ['kitchen', 'cooking', 'cooking class', 'make food'],
    ['cocina', 'cocinar', 'clase de cocina', 'preparar comida'],
  ),
  concept(
    ['person-swimming'],
    ['swim', 'swimming', 'pool', 'swimming pool'],
    ['nadar', 'natación', 'piscina', 'alberca'],
  ),
  concept(['elephant', 'lion'], ['zoo'], ['zoológico', 'zoo']),
  concept(['tractor', 'cow'], ['farm'], ['granja', 'rancho']),
  concept(['beach-with-umbrella'], ['beach'], ['playa']),
  concept(['tooth', 'health-worker'], ['dentist'], ['dentista']),
  concept(
    ['person-getting-haircut'],
    ['haircut', 'hair cut', 'barber'],
    ['corte de pelo', 'peluquería', 'cortar el pelo', 'barbería'],
  ),
  concept(['elevator'], ['elevator', 'lift'], ['elevador', 'ascensor']),
];
