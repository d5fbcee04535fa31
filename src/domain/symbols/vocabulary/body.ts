// Body and self-care, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const BODY: readonly ClassroomConcept[] = [
  concept(
    ['soap', 'droplet', 'raising-hands'],
    ['wash hands', 'wash your hands', 'hand washing', 'handwashing', 'wash', 'clean hands'],
    [
      'lavarse las manos',
      'lavar manos',
      'lavado de manos',
      'lavarse',
      'lavar',
      'lávate las manos',
      'manos limpias',
    ],
  ),
  concept(['soap'], ['soap'], ['jabón']),
  concept(
    ['toothbrush', 'tooth'],
    ['brush teeth', 'brush your teeth', 'toothbrush', 'tooth brushing', 'toothpaste'],
    [
      'cepillarse los dientes',
      'lavarse los dientes',
      'cepillo de dientes',
      'cepillar dientes',
      'pasta de dientes',
    ],
  ),
  concept(['tooth'], ['tooth', 'teeth'], ['diente', 'dientes']),
  concept(
    ['shower', 'bathtub'],
    ['shower', 'bath', 'take a bath', 'bath time'],
    ['bañarse', 'ducha', 'ducharse', 'bañera', 'tina'],
  ),
  concept(
    ['hair-pick'],
    ['comb', 'brush hair', 'comb hair', 'hair', 'hairbrush'],
    ['peinarse', 'peine', 'cepillo', 'pelo', 'cabello', 'cepillarse el pelo'],
  ),
  concept(
    ['sneezing-face', 'roll-of-paper'],
    ['tissue', 'blow nose', 'blow your nose', 'kleenex', 'sneeze', 'cough', 'cover your cough'],
    ['pañuelo', 'pañuelo desechable', 'sonarse la nariz', 'estornudar', 'toser', 'tos', 'clínex'],
  ),
  concept(
    ['roll-of-paper'],
    ['toilet paper', 'paper towel', 'paper towels', 'towel'],
    ['papel higiénico', 'papel de baño', 'toalla de papel', 'toalla'],
  ),
  concept(
    ['baby-symbol', 'baby'],
    ['diaper', 'diaper change', 'pull up', 'pull ups', 'change diaper'],
    ['pañal', 'cambio de pañal', 'cambiar el pañal', 'pañales'],
  ),
  concept(
    ['t-shirt', 'jeans'],
    ['clothes', 'get dressed', 'dress', 'shirt', 'change clothes', 'pants'],
    ['ropa', 'vestirse', 'camisa', 'camiseta', 'cambiarse de ropa', 'pantalones'],
  ),
  concept(
    ['running-shoe', 'mans-shoe'],
    ['shoes', 'shoe', 'sneakers', 'put on shoes', 'tie shoes'],
    ['zapatos', 'zapato', 'tenis', 'zapatillas', 'ponerse los zapatos', 'amarrar zapatos'],
  ),
  concept(['socks'], ['socks', 'sock'], ['calcetines', 'medias', 'calcetín']),
  concept(
    ['coat'],
    ['coat', 'jacket', 'put on coat', 'hoodie', 'sweater', 'hang up coat'],
    ['abrigo', 'chaqueta', 'chamarra', 'suéter', 'sudadera', 'ponerse el abrigo'],
  ),
  concept(['billed-cap', 'womans-hat'], ['hat', 'cap'], ['gorra', 'sombrero', 'gorro']),
  concept(['gloves'], ['gloves', 'mittens'], ['guantes']),
  concept(['glasses'], ['glasses', 'eyeglasses'], ['lentes', 'gafas', 'anteojos']),
  concept(
    ['ear-with-hearing-aid'],
    ['hearing aid', 'hearing aids'],
    ['aparato auditivo', 'prótesis auditiva'],
  ),
  concept(
    ['person-in-manual-wheelchair', 'manual-wheelchair', 'wheelchair-symbol'],
    ['wheelchair'],
    ['silla de ruedas'],
  ),
  concept(
    ['pill'],
    ['medicine', 'meds', 'pill', 'medication'],
    ['medicina', 'medicamento', 'pastilla', 'remedio'],
  ),
  concept(
    ['adhesive-bandage'],
    ['band aid', 'bandaid', 'bandage', 'plaster'],
    ['curita', 'tirita', 'vendita', 'venda'],
  ),
  concept(
    ['lotion-bottle'],
    ['lotion', 'sunscreen', 'cream', 'hand cream'],
    ['crema', 'loción', 'protector solar', 'bloqueador'],
  ),
  concept(
    ['person-standing'],
    ['body', 'my body', 'body parts'],
    ['cuerpo', 'mi cuerpo', 'partes del cuerpo'],
  ),
  concept(
    ['eyes', 'eye'],
    ['look', 'eyes', 'see', 'eyes on teacher', 'looking', 'look at me'],
    ['mirar', 'mira', 'ver', 'ojos', 'ojo', 'mírame'],
  ),
  concept(
    ['ear'],
    ['listen', 'ears', 'ear', 'listening', 'listen ears', 'hear'],
    ['escuchar', 'escucha', 'oír', 'oye', 'oídos', 'orejas', 'oreja'],
  ),
  concept(['nose'], ['nose'], ['nariz']),
  concept(['mouth'], ['mouth', 'lips'], ['boca', 'labios']),
  concept(['hand-with-fingers-splayed', 'raised-back-of-hand'], ['hand', 'hands'], ['mano', 'manos']),
  concept(
    ['open-hands', 'raised-back-of-hand'],
    ['gentle hands', 'nice hands', 'safe hands', 'quiet hands', 'hands to self'],
    ['manos suaves', 'manos gentiles', 'manos quietas', 'manos tranquilas'],
  ),
  concept(['foot', 'footprints'], ['foot', 'feet'], ['pie', 'pies']),
  concept(['leg'], ['leg', 'legs'], ['pierna', 'piernas']),
  concept(['flexed-biceps'], ['arm', 'arms', 'muscles', 'strong'], ['brazo', 'brazos', 'músculos']),
  concept(['brain'], ['brain', 'head'], ['cerebro', 'cabeza']),
  concept(['mirror'], ['mirror'], ['espejo']),
];
