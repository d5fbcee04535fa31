// Subjects and activities, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const SUBJECTS: readonly ClassroomConcept[] = [
  concept(
    ['open-book', 'books'],
    [
      'reading',
      'read',
      'read a book',
      'reading time',
      'independent reading',
      'guided reading',
      'literacy',
      'ela',
    ],
    ['leer', 'lectura', 'leer un libro', 'hora de leer', 'hora de lectura'],
  ),
  concept(['closed-book', 'blue-book', 'green-book', 'open-book'], ['book', 'books'], ['libro', 'libros']),
  concept(
    ['writing-hand', 'memo', 'pencil'],
    ['writing', 'write', 'journal', 'handwriting', 'write name', 'journal writing'],
    ['escribir', 'escritura', 'diario', 'caligrafía', 'escribir mi nombre'],
  ),
  concept(
    ['input-latin-letters', 'input-latin-uppercase'],
    ['spelling', 'spell', 'letters', 'abc', 'alphabet', 'phonics', 'letter sounds', 'abcs'],
    ['letras', 'abecedario', 'alfabeto', 'deletrear', 'ortografía', 'fonética', 'abc'],
  ),
  concept(
    ['input-numbers', 'abacus', 'plus'],
    ['math', 'maths', 'numbers', 'counting', 'count', 'mathematics', 'arithmetic', 'number work'],
    ['matemáticas', 'mates', 'números', 'contar', 'cálculo', 'aritmética'],
  ),
  concept(['plus'], ['add', 'plus', 'addition', 'adding'], ['sumar', 'suma', 'adición']),
  concept(
    ['minus'],
    ['subtract', 'minus', 'take away', 'subtraction'],
    ['restar', 'resta', 'menos', 'sustracción'],
  ),
  concept(['multiply'], ['multiply', 'times', 'multiplication'], ['multiplicar', 'multiplicación']),
  concept(['divide'], ['divide', 'division'], ['dividir', 'división']),
  concept(['heavy-equals-sign'], ['equals', 'equal', 'same'], ['igual', 'igual a', 'lo mismo']),
  concept(
    ['microscope', 'test-tube', 'alembic'],
    ['science', 'experiment', 'lab', 'science lab'],
    ['ciencias', 'ciencia', 'experimento', 'laboratorio'],
  ),
  concept(
    ['globe-showing-americas', 'world-map'],
    ['social studies', 'history', 'geography', 'map', 'globe'],
    ['estudios sociales', 'ciencias sociales', 'historia', 'geografía', 'mapa', 'globo terráqueo'],
  ),
  concept(
    ['artist-palette', 'paintbrush', 'crayon'],
    ['art', 'art class', 'paint', 'painting', 'crafts', 'art time'],
    ['arte', 'artes', 'pintura', 'pintar', 'manualidades', 'clase de arte', 'artes plásticas'],
  ),
  concept(
    ['crayon', 'artist-palette'],
    ['draw', 'drawing', 'color', 'coloring', 'colouring', 'colour'],
    ['dibujar', 'dibujo', 'colorear', 'pintar con crayones'],
  ),
  concept(
    ['musical-notes', 'musical-note', 'guitar', 'drum'],
    ['music', 'music class', 'music time', 'instruments'],
    ['música', 'clase de música', 'hora de música', 'instrumentos'],
  ),
  concept(['microphone', 'singer'], ['sing', 'song', 'singing', 'songs'], ['cantar', 'canción', 'canciones']),
  concept(
    ['desktop-computer', 'laptop'],
    ['computer', 'computer time', 'computers', 'computer lab', 'pc', 'chromebook', 'laptop'],
    ['computadora', 'computador', 'ordenador', 'compu', 'laboratorio de computación', 'laptop', 'portátil'],
  ),
  concept(
    ['mobile-phone'],
    ['tablet', 'ipad', 'device', 'ipad time', 'tablet time'],
    ['tableta', 'tablet', 'ipad', 'dispositivo'],
  ),
  concept(
    ['mobile-phone', 'telephone-receiver'],
    ['phone', 'cell phone', 'call', 'telephone'],
    ['teléfono', 'celular', 'llamar', 'móvil'],
  ),
  concept(
    ['television'],
    ['tv', 'television', 'video', 'movie', 'watch a video', 'watch tv'],
    ['tele', 'televisión', 'video', 'película', 'ver un video', 'ver la tele'],
  ),
  concept(
    ['video-game', 'game-die', 'joystick'],
    ['game', 'games', 'play a game', 'video game', 'board game'],
    ['juego', 'juegos', 'videojuego', 'juego de mesa'],
  ),
  concept(
    ['teddy-bear', 'puzzle-piece', 'soccer-ball'],
    ['play', 'play time', 'toys', 'toy', 'playtime'],
    ['jugar', 'juguete', 'juguetes', 'hora de jugar'],
  ),
  concept(['puzzle-piece'], ['puzzle', 'puzzles', 'jigsaw'], ['rompecabezas']),
  concept(
    ['brick', 'puzzle-piece'],
    ['blocks', 'lego', 'legos', 'building blocks', 'build'],
    ['bloques', 'legos', 'construir'],
  ),
  concept(
    ['potted-plant', 'seedling'],
    ['garden', 'plants', 'plant', 'gardening', 'water the plants'],
    ['jardín', 'plantas', 'planta', 'jardinería', 'regar las plantas'],
  ),
  concept(
    ['briefcase', 'broom'],
    ['job', 'jobs', 'classroom job', 'vocational', 'job time', 'chores'],
    ['empleo', 'oficio', 'tareas del salón', 'quehaceres', 'trabajo vocacional'],
  ),
  concept(
    ['card-index', 'memo'],
    ['sorting', 'sort', 'matching', 'match', 'file folder task'],
    ['clasificar', 'ordenar por', 'emparejar', 'relacionar'],
  ),
  concept(['bubbles'], ['bubbles', 'blow bubbles'], ['burbujas', 'hacer burbujas']),
];
