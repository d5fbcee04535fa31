// Getting around, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const TRANSPORT: readonly ClassroomConcept[] = [
  concept(
    ['bus', 'oncoming-bus'],
    ['bus', 'school bus', 'bus ride', 'ride the bus', 'bus time', 'bus line'],
    ['autobús', 'camión', 'guagua', 'bus', 'colectivo', 'autobús escolar'],
  ),
  concept(
    ['automobile', 'oncoming-automobile'],
    ['car', 'ride', 'car ride', 'car rider', 'pick up', 'pickup', 'parent pickup'],
    ['carro', 'coche', 'auto', 'automóvil', 'recogida'],
  ),
  concept(['minibus'], ['van', 'minibus'], ['furgoneta', 'van', 'combi']),
  concept(
    ['bicycle', 'person-biking'],
    ['bike', 'bicycle', 'ride bike', 'tricycle', 'trike'],
    ['bicicleta', 'bici', 'triciclo'],
  ),
  concept(['kick-scooter'], ['scooter'], ['patinete', 'scooter', 'monopatín']),
  concept(['skateboard'], ['skateboard'], ['patineta']),
  concept(['train', 'locomotive', 'metro'], ['train', 'subway', 'metro'], ['tren', 'metro', 'subterráneo']),
  concept(['airplane'], ['airplane', 'plane'], ['avión']),
  concept(['sailboat', 'ship'], ['boat', 'ship'], ['barco', 'bote', 'lancha']),
  concept(['taxi'], ['taxi', 'cab'], ['taxi']),
  concept(['ambulance'], ['ambulance'], ['ambulancia']),
  concept(['fire-engine'], ['fire truck', 'fire engine'], ['camión de bomberos']),
  concept(['police-car'], ['police car'], ['patrulla', 'carro de policía']),
  concept(['delivery-truck', 'pickup-truck'], ['truck'], ['camioneta', 'tráiler', 'troca']),
  concept(['helicopter'], ['helicopter'], ['helicóptero']),
  concept(['vertical-traffic-light'], ['traffic light', 'stop light', 'red light green light'], ['semáforo']),
  concept(
    ['children-crossing'],
    ['crosswalk', 'cross the street', 'crossing', 'safe crossing'],
    ['cruzar la calle', 'paso de peatones', 'cruce', 'paso peatonal'],
  ),
  concept(['rocket'], ['rocket'], ['cohete']),
];
