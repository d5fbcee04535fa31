// People at school and at home, in the classroom vocabulary (English and Spanish).
import { type ClassroomConcept, concept } from '../classroom-words';

export const PEOPLE: readonly ClassroomConcept[] = [
  concept(
    ['teacher', 'woman-teacher', 'man-teacher'],
    ['teacher', 'mr', 'mrs', 'ms'],
    ['maestra', 'maestro', 'profesora', 'profesor', 'profe'],
  ),
  concept(
    ['woman-teacher', 'man-teacher'],
    ['para', 'paraprofessional', 'aide', 'assistant', 'teacher assistant', 'helper'],
    ['asistente', 'auxiliar', 'ayudante', 'paraprofesional', 'maestra auxiliar'],
  ),
  concept(
    ['student', 'woman-student', 'man-student'],
    ['student', 'pupil', 'kid', 'kids', 'children'],
    ['estudiante', 'alumno', 'alumna', 'niños', 'estudiantes'],
  ),
  concept(
    ['people-hugging', 'busts-in-silhouette'],
    ['friend', 'friends', 'classmate', 'classmates', 'peer', 'buddy'],
    ['amigo', 'amiga', 'amigos', 'compañero', 'compañera', 'compañeros'],
  ),
  concept(
    ['busts-in-silhouette'],
    ['everyone', 'group', 'together', 'we', 'us', 'class group'],
    ['todos', 'grupo', 'juntos', 'nosotros'],
  ),
  concept(['index-pointing-at-the-viewer'], ['you'], ['tú', 'usted']),
  concept(['woman'], ['mom', 'mother', 'mommy', 'mum', 'mama'], ['mamá', 'madre', 'mami']),
  concept(['man'], ['dad', 'father', 'daddy', 'papa'], ['papá', 'padre', 'papi']),
  concept(
    ['busts-in-silhouette', 'house-with-garden'],
    ['family', 'parents', 'parent'],
    ['familia', 'padres'],
  ),
  concept(['baby'], ['baby'], ['bebé']),
  concept(['boy'], ['boy', 'brother'], ['niño', 'chico', 'hermano']),
  concept(['girl'], ['girl', 'sister'], ['niña', 'chica', 'hermana']),
  concept(['old-woman'], ['grandma', 'grandmother', 'granny'], ['abuela', 'abuelita']),
  concept(['old-man'], ['grandpa', 'grandfather'], ['abuelo', 'abuelito']),
  concept(
    ['woman-office-worker', 'office-worker'],
    ['principal', 'director', 'head teacher', 'office staff', 'secretary'],
    ['director', 'directora', 'secretaria', 'secretario'],
  ),
  concept(
    ['health-worker', 'stethoscope'],
    ['doctor', 'therapist'],
    ['doctor', 'doctora', 'médico', 'médica', 'terapeuta'],
  ),
  concept(['police-officer'], ['police', 'police officer', 'cop', 'officer'], ['policía', 'oficial']),
  concept(['firefighter'], ['firefighter', 'fireman'], ['bombero', 'bombera', 'bomberos']),
  concept(['cook'], ['cook', 'chef', 'lunch lady', 'cafeteria staff'], ['cocinero', 'cocinera', 'chef']),
  concept(['broom'], ['janitor', 'custodian'], ['conserje', 'intendente']),
  concept(
    ['bust-in-silhouette'],
    ['visitor', 'guest', 'substitute', 'sub', 'new person', 'stranger'],
    ['visita', 'visitante', 'sustituto', 'sustituta', 'suplente', 'persona nueva'],
  ),
];
