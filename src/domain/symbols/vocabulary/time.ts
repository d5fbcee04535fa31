// Time, days and weather, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const TIME: readonly ClassroomConcept[] = [
  concept(['spiral-calendar', 'tear-off-calendar'], ['today'], ['hoy']),
  concept(['tear-off-calendar'], ['tomorrow'], ['mañana']),
  concept(['tear-off-calendar'], ['yesterday'], ['ayer']),
  concept(['sunrise', 'sun'], ['morning', 'am'], ['por la mañana', 'en la mañana']),
  concept(['sun', 'sun-behind-cloud'], ['afternoon', 'pm'], ['tarde', 'por la tarde', 'en la tarde']),
  concept(
    ['night-with-stars', 'crescent-moon'],
    ['night', 'evening', 'tonight'],
    ['noche', 'por la noche', 'esta noche'],
  ),
  concept(['backhand-index-pointing-down'], ['now', 'right now'], ['ahora', 'ahorita', 'ya mismo']),
  concept(
    ['soon-arrow', 'hourglass-not-done'],
    ['soon', 'later', 'in a minute'],
    ['pronto', 'más tarde', 'en un momento', 'al rato'],
  ),
  concept(
    ['stopwatch', 'hourglass-not-done'],
    ['minutes', 'minute', 'five minutes', '5 minutes', 'one minute', '1 minute'],
    ['minuto', 'minutos', 'cinco minutos', 'un minuto'],
  ),
  concept(
    ['spiral-calendar'],
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekday', 'school day'],
    ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'día de escuela'],
  ),
  concept(
    ['house-with-garden', 'sun'],
    ['weekend', 'saturday', 'sunday'],
    ['fin de semana', 'sábado', 'domingo'],
  ),
  concept(
    ['beach-with-umbrella', 'desert-island'],
    ['vacation', 'holiday', 'no school', 'day off'],
    ['vacaciones', 'día festivo', 'no hay escuela', 'día libre', 'feriado'],
  ),
  concept(['sun'], ['sunny', 'sun'], ['sol', 'soleado', 'hace sol']),
  concept(
    ['cloud-with-rain', 'umbrella-with-rain-drops'],
    ['rain', 'rainy', 'raining'],
    ['lluvia', 'lluvioso', 'llueve', 'lloviendo'],
  ),
  concept(['snowflake', 'snowman'], ['snow', 'snowy', 'snowing'], ['nieve', 'nevando', 'nieva']),
  concept(['wind-face'], ['wind', 'windy'], ['viento', 'hace viento']),
  concept(['cloud'], ['cloudy', 'cloud', 'clouds'], ['nublado', 'nube', 'nubes']),
  concept(
    ['sun-behind-cloud', 'cloud-with-rain'],
    ['weather', 'weather report'],
    ['clima', 'pronóstico del tiempo', 'pronóstico'],
  ),
];
