// Feelings and how the body feels, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const FEELINGS: readonly ClassroomConcept[] = [
  concept(
    ['grinning-face', 'smiling-face-with-smiling-eyes', 'beaming-face-with-smiling-eyes'],
    ['happy', 'glad', 'good', 'joy', 'feel happy', 'i feel good'],
    ['feliz', 'contento', 'contenta', 'alegre', 'bien', 'alegría', 'me siento bien'],
  ),
  concept(
    ['crying-face', 'frowning-face', 'pensive-face'],
    ['sad', 'upset', 'unhappy', 'cry', 'crying', 'feel sad'],
    ['triste', 'tristeza', 'llorar', 'llorando', 'me siento triste'],
  ),
  concept(
    ['angry-face', 'pouting-face', 'face-with-steam-from-nose'],
    ['angry', 'mad', 'frustrated', 'grumpy', 'furious'],
    [
      'enojado',
      'enojada',
      'enfadado',
      'enfadada',
      'molesto',
      'molesta',
      'frustrado',
      'frustrada',
      'furioso',
      'enojo',
    ],
  ),
  concept(
    ['fearful-face', 'anxious-face-with-sweat'],
    ['scared', 'afraid', 'fear', 'frightened'],
    ['miedo', 'asustado', 'asustada', 'tengo miedo'],
  ),
  concept(
    ['worried-face', 'anxious-face-with-sweat'],
    ['worried', 'nervous', 'anxious', 'worry'],
    ['preocupado', 'preocupada', 'nervioso', 'nerviosa', 'ansioso', 'ansiosa'],
  ),
  concept(
    ['tired-face', 'yawning-face', 'sleepy-face'],
    ['tired', 'sleepy', 'exhausted'],
    ['cansado', 'cansada', 'sueño', 'tengo sueño', 'agotado'],
  ),
  concept(
    ['face-with-thermometer', 'nauseated-face', 'face-with-medical-mask'],
    ['sick', 'ill', 'not feeling well', 'unwell', 'fever', 'throw up', 'feel sick'],
    ['enfermo', 'enferma', 'fiebre', 'me siento mal', 'vomitar', 'malestar'],
  ),
  concept(
    ['face-with-head-bandage', 'adhesive-bandage'],
    ['hurt', 'pain', 'ouch', 'it hurts', 'injury', 'boo boo', 'headache', 'stomach ache'],
    [
      'dolor',
      'me duele',
      'duele',
      'herido',
      'herida',
      'lastimado',
      'lastimada',
      'dolor de cabeza',
      'dolor de estómago',
    ],
  ),
  concept(
    ['star-struck', 'partying-face'],
    ['excited', "can't wait"],
    ['emocionado', 'emocionada', 'entusiasmado'],
  ),
  concept(
    ['astonished-face', 'face-with-open-mouth'],
    ['surprised', 'shocked', 'wow'],
    ['sorprendido', 'sorprendida', 'asombrado', 'guau'],
  ),
  concept(
    ['confused-face', 'face-with-raised-eyebrow'],
    ['confused', "i don't understand", "don't understand"],
    ['confundido', 'confundida', 'no entiendo'],
  ),
  concept(
    ['thinking-face'],
    ['think', 'thinking', "i don't know", "don't know", 'hmm'],
    ['pensar', 'pienso', 'no sé', 'pensando'],
  ),
  concept(
    ['unamused-face', 'expressionless-face'],
    ['bored', 'boring'],
    ['aburrido', 'aburrida', 'aburrimiento'],
  ),
  concept(
    ['zany-face', 'face-with-tongue', 'face-with-tears-of-joy'],
    ['silly', 'funny', 'joke', 'laugh', 'laughing'],
    ['chistoso', 'chistosa', 'gracioso', 'graciosa', 'chiste', 'reír', 'risa'],
  ),
  concept(
    ['smiling-face-with-sunglasses', 'flexed-biceps'],
    ['proud', 'i did it', 'confident'],
    ['orgulloso', 'orgullosa', 'lo logré', 'seguro de mí'],
  ),
  concept(
    ['thumbs-up', 'clapping-hands', 'star'],
    ['good job', 'well done', 'great job', 'nice work', 'great', 'awesome', 'nice job'],
    ['buen trabajo', 'bien hecho', 'muy bien', 'excelente', 'genial', 'bravo'],
  ),
  concept(
    ['red-heart', 'smiling-face-with-hearts'],
    ['love', 'heart', 'i love you'],
    ['amor', 'corazón', 'te quiero', 'te amo', 'cariño'],
  ),
  concept(['thumbs-up'], ['like', 'i like', 'i like it'], ['me gusta', 'gustar', 'me gusta esto']),
  concept(
    ['thumbs-down'],
    ["don't like", 'dislike', "i don't like", 'not like'],
    ['no me gusta', 'no gustar'],
  ),
  concept(
    ['flushed-face'],
    ['embarrassed', 'shy'],
    ['avergonzado', 'avergonzada', 'tímido', 'tímida', 'vergüenza', 'pena'],
  ),
  concept(
    ['exploding-head', 'face-with-spiral-eyes'],
    ['overwhelmed', 'too much', 'stressed', 'stress'],
    ['abrumado', 'abrumada', 'demasiado', 'estresado', 'estresada', 'estrés'],
  ),
  concept(
    ['ok-hand', 'slightly-smiling-face'],
    ['ok', 'okay', 'fine', 'alright', 'all right', 'so so'],
    ['vale', 'está bien', 'de acuerdo', 'okey', 'más o menos', 'regular'],
  ),
  concept(
    ['smiling-face', 'thinking-face', 'crying-face'],
    ['feelings', 'emotions', 'how do i feel', 'how i feel', 'feeling'],
    ['sentimientos', 'emociones', 'cómo me siento', 'sentir', 'emoción'],
  ),
  concept(['people-hugging', 'hugging-face'], ['hug', 'hugs'], ['abrazo', 'abrazar', 'abrazos']),
  concept(
    ['raised-hand', 'clapping-hands'],
    ['high five', 'clap', 'clapping'],
    ['choca esos cinco', 'chócala', 'aplaudir', 'aplauso'],
  ),
  concept(
    ['face-savoring-food', 'fork-and-knife'],
    ['hungry', 'i am hungry', "i'm hungry"],
    ['hambre', 'tengo hambre', 'hambriento', 'hambrienta'],
  ),
  concept(
    ['cup-with-straw', 'droplet'],
    ['thirsty', 'i am thirsty', "i'm thirsty"],
    ['sed', 'tengo sed', 'sediento'],
  ),
  concept(['hot-face', 'thermometer'], ['hot', 'too hot', 'warm'], ['calor', 'tengo calor', 'caliente']),
  concept(['cold-face', 'snowflake'], ['cold', 'too cold', 'freezing', 'chilly'], ['frío', 'tengo frío']),
  concept(
    ['speaker-high-volume', 'loudspeaker'],
    ['loud', 'noise', 'noisy', 'too loud', 'loud noise'],
    ['ruido', 'fuerte', 'ruidoso', 'mucho ruido', 'muy fuerte'],
  ),
  concept(
    ['smiling-face-with-halo', 'handshake'],
    ['kind', 'nice', 'be kind', 'gentle', 'be nice'],
    ['amable', 'bueno', 'buena', 'ser amable', 'gentil'],
  ),
];
