// School objects, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const OBJECTS: readonly ClassroomConcept[] = [
  concept(['pencil'], ['pencil', 'pencils'], ['lápiz', 'lapicero']),
  concept(['pen', 'black-nib'], ['pen'], ['bolígrafo', 'pluma', 'boli']),
  concept(['crayon'], ['crayon', 'crayons'], ['crayón', 'crayones', 'crayolas', 'ceras']),
  concept(
    ['crayon', 'pen'],
    ['markers', 'marker', 'highlighter'],
    ['marcadores', 'plumones', 'rotuladores', 'marcador'],
  ),
  concept(
    ['page-facing-up', 'memo'],
    ['paper', 'piece of paper', 'page', 'sheet'],
    ['papel', 'hoja de papel', 'página', 'hoja'],
  ),
  concept(['notebook', 'spiral-notepad'], ['notebook', 'notepad'], ['cuaderno', 'libreta']),
  concept(['file-folder', 'open-file-folder'], ['folder', 'binder'], ['carpeta', 'fólder']),
  concept(
    ['backpack'],
    ['backpack', 'bag', 'book bag', 'school bag', 'unpack backpack', 'pack backpack'],
    ['mochila', 'bulto', 'morral', 'desempacar mochila'],
  ),
  concept(['straight-ruler', 'triangular-ruler'], ['ruler'], ['regla']),
  concept(
    ['timer-clock', 'hourglass-not-done', 'stopwatch'],
    ['timer', 'visual timer', 'set a timer'],
    ['temporizador', 'cronómetro', 'reloj de arena'],
  ),
  concept(
    ['alarm-clock', 'hourglass-done'],
    ["time's up", 'times up', 'time is up', 'alarm clock'],
    ['se acabó el tiempo', 'tiempo terminado', 'despertador'],
  ),
  concept(
    ['mantelpiece-clock', 'alarm-clock', 'watch'],
    ['clock', 'time', 'what time'],
    ['reloj', 'hora', 'tiempo', 'qué hora es'],
  ),
  concept(
    ['teddy-bear'],
    ['teddy', 'teddy bear', 'stuffed animal', 'comfort item'],
    ['peluche', 'osito', 'muñeco de peluche'],
  ),
  concept(['balloon'], ['balloon'], ['globo']),
  concept(['drum'], ['drum'], ['tambor']),
  concept(['guitar'], ['guitar'], ['guitarra']),
  concept(['musical-keyboard'], ['piano', 'keyboard piano'], ['piano']),
  concept(['bell'], ['bell', 'school bell'], ['campana', 'timbre']),
  concept(
    ['star', 'glowing-star'],
    ['star', 'stars', 'sticker', 'stickers'],
    ['estrella', 'estrellas', 'calcomanía', 'pegatina'],
  ),
  concept(
    ['wrapped-gift', 'trophy', 'star'],
    ['reward', 'prize', 'earn', 'earned'],
    ['premio', 'recompensa', 'ganar', 'ganaste'],
  ),
  concept(
    ['star', 'coin'],
    ['token', 'tokens', 'token board', 'points'],
    ['ficha', 'fichas', 'puntos', 'tablero de fichas'],
  ),
  concept(
    ['identification-card', 'name-badge'],
    ['id', 'badge', 'name tag', 'id card', 'lanyard'],
    ['credencial', 'gafete', 'identificación', 'tarjeta de identificación'],
  ),
  concept(['closed-umbrella', 'umbrella'], ['umbrella'], ['paraguas', 'sombrilla']),
  concept(['basket'], ['basket', 'tub'], ['canasta', 'cesta', 'canasto']),
  concept(['package'], ['box', 'package'], ['caja', 'paquete']),
  concept(['couch-and-lamp'], ['couch', 'sofa', 'beanbag', 'bean bag'], ['sofá', 'sillón', 'puf']),
  concept(['window'], ['window'], ['ventana']),
  concept(['printer'], ['printer', 'print'], ['impresora', 'imprimir']),
  concept(['keyboard'], ['keyboard', 'typing', 'type'], ['teclado', 'escribir a máquina', 'teclear']),
  concept(['computer-mouse'], ['computer mouse'], ['ratón', 'mouse']),
];
