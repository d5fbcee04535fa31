// Requests and answers, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const REQUESTS: readonly ClassroomConcept[] = [
  concept(
    ['plus', 'raised-hand'],
    ['more', 'more please', 'i want more'],
    ['más', 'otra', 'otro', 'más por favor', 'quiero más'],
  ),
  concept(['folded-hands'], ['please'], ['por favor']),
  concept(['folded-hands', 'smiling-face'], ['thank you', 'thanks'], ['gracias', 'muchas gracias']),
  concept(
    ['pensive-face', 'folded-hands'],
    ['sorry', "i'm sorry", 'apologize'],
    ['perdón', 'lo siento', 'disculpa', 'perdóname'],
  ),
  concept(['check-mark-button', 'thumbs-up', 'head-shaking-vertically'], ['yes', 'yeah', 'yep'], ['sí']),
  concept(
    ['cross-mark', 'thumbs-down', 'head-shaking-horizontally'],
    ['no', 'nope', 'no thank you', 'no thanks'],
    ['no', 'no gracias'],
  ),
  concept(
    ['palm-up-hand', 'open-hands'],
    ['want', 'i want', 'need', 'i need'],
    ['quiero', 'querer', 'necesito', 'yo quiero'],
  ),
  concept(
    ['leftwards-pushing-hand', 'rightwards-pushing-hand'],
    ['space', 'personal space', 'alone time', 'leave me alone', 'need space', 'privacy'],
    ['espacio', 'espacio personal', 'déjame solo', 'déjame sola', 'estar solo', 'tiempo a solas'],
  ),
  concept(
    ['sparkles', 'wrapped-gift'],
    ['change', 'something different', 'surprise', 'new', 'different'],
    ['cambio', 'algo diferente', 'diferente', 'nuevo', 'novedad'],
  ),
  concept(
    ['warning'],
    ['danger', 'careful', 'be careful', 'caution', 'unsafe'],
    ['peligro', 'cuidado', 'ten cuidado', 'precaución'],
  ),
  concept(
    ['prohibited', 'no-entry'],
    ['not allowed', 'no entry', 'forbidden', "don't", 'do not', 'not safe'],
    ['prohibido', 'no se permite', 'no se puede', 'no entrar'],
  ),
  concept(
    ['hourglass-not-done', 'raised-hand'],
    ['not now', 'later please', 'wait a minute'],
    ['ahora no', 'todavía no', 'un momento'],
  ),
  concept(
    ['raised-hand', 'bust-in-silhouette'],
    ['me', 'i', 'my', 'mine', 'myself'],
    ['yo', 'mío', 'mía', 'a mí'],
  ),
];
