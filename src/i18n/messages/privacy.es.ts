import type { privacyEn } from './privacy.en';

export const privacyEs: Record<keyof typeof privacyEn, string> = {
  'gate.wait': 'Demasiados PIN incorrectos. Puede intentarlo de nuevo en {time}.',
  'gate.locked':
    'Demasiados PIN incorrectos: este PIN está bloqueado durante {time}. Mientras tanto, la pantalla del estudiante sigue funcionando y otros adultos pueden entrar con su propio PIN.',
  'forgot.title': '¿Olvidó el PIN?',
  'forgot.eraseWord': 'BORRAR',
  'forgot.typeWord': 'Para borrar todo en esta tableta, escriba {word}',
  'forgot.eraseButton': 'Borrar esta tableta',
  'forgot.erasing': 'Borrando…',
  'privacy.title': 'Privacidad',
  'privacy.intro': 'Qué guarda esta aplicación, dónde, quién puede verlo y cómo borrarlo.',
  'privacy.whatTitle': 'Qué se guarda',
  'privacy.what':
    'Los nombres de los estudiantes y del personal; las fotos de los estudiantes, cuando el maestro las toma; las tarjetas y sus imágenes; los horarios, tableros de elección, escalas de cinco puntos, preguntas de autorrevisión y planes de retirada de apoyos; y los registros de cada día: cómo empezó cada paso, elecciones, fichas, valoraciones, respuestas de autorrevisión, comprobaciones de los adultos y notas.',
  'privacy.pins':
    'Los PIN nunca se guardan: solo una comprobación cifrada de cada PIN (PBKDF2-SHA256 con una sal aleatoria), que no se puede convertir de nuevo en el PIN.',
  'privacy.whereTitle': 'Dónde se guarda',
  'privacy.where':
    'Solo en el almacenamiento de este navegador en este dispositivo. No hay cuenta ni servidor: la aplicación no envía nada a ninguna parte y funciona sin internet. Otra tableta u otro navegador tiene sus propios datos, aparte.',
  'privacy.device':
    'Los datos no están cifrados en la propia tableta: mantenga la tableta bloqueada con su propio código y no comparta su perfil del navegador.',
  'privacy.whoTitle': 'Quién puede verlo',
  'privacy.whoStudent':
    'Un estudiante ve su propio día en la pantalla del estudiante, y nada de los registros de otros estudiantes.',
  'privacy.whoPara':
    'Un asistente, con su PIN, ve el día de hoy y registra ayudas, apoyos y notas. Un asistente no puede cambiar planes, borrar datos ni exportar nada.',
  'privacy.whoTeacher':
    'El maestro, con el PIN del maestro, ve y cambia todo, revisa el progreso, descarga los registros (CSV) e imprime informes.',
  'privacy.filesTitle': 'Archivos que salen de la tableta',
  'privacy.files':
    'Solo los archivos que el maestro decide guardar: descargas de registros, informes impresos o en PDF, archivos de tableros y copias de seguridad. Guárdelos con el mismo cuidado que un expediente en papel de un estudiante.',
  'privacy.backupTitle': 'Cómo hacer una copia de seguridad',
  'privacy.backup':
    'El maestro guarda una copia de seguridad desde el área de adultos, como un archivo protegido con una contraseña. Guarde el archivo lejos de la tableta y la contraseña en otro lugar: sin la contraseña, el archivo no se puede leer. Una copia de seguridad es también la salida si se pierden el PIN del maestro y el código de recuperación.',
  'privacy.deleteStudentTitle': 'Cómo borrar a un estudiante',
  'privacy.deleteStudent':
    'El maestro abre Inicio, busca al estudiante en Estudiantes, elige «Borrar…» y lo confirma. Se borran juntos el estudiante, su foto, sus horarios, planes, preguntas de autorrevisión y todos sus registros. Las tarjetas, tableros y escalas que usa toda la clase se quedan. No se puede deshacer: haga antes una copia de seguridad si los registros aún pueden hacer falta.',
  'privacy.wipeTitle': 'Cómo borrar todo en esta tableta',
  'privacy.wipe':
    'El maestro abre Configuración y escribe la palabra que pide en «Borrar esta tableta»: se borra todo lo que esta aplicación guarda en esta tableta y la configuración empieza de nuevo. Un PIN olvidado se restablece con el código de recuperación anotado al configurar. Borrar los datos de este sitio en la configuración del navegador (en una tableta administrada, el administrador informático de la escuela) hace lo mismo que borrar.',
  'privacy.back': 'Volver',
  'teacher.deleteStudent': 'Borrar…',
  'teacher.deleteStudentOf': 'Borrar a {name}…',
  'teacher.deleteTitle': '¿Borrar a {name}?',
  'teacher.deleteWarning':
    'Esto borra a {name} de esta tableta, con su foto, sus horarios, planes, preguntas de autorrevisión y todos sus registros. No se puede deshacer.',
  'teacher.deleteBackupFirst':
    'Si los registros aún pueden hacer falta, haga antes una copia de seguridad, o descárguelos en Progreso.',
  'teacher.deleteConfirm': 'Borrar a {name} para siempre',
  'teacher.deleteKeep': 'Conservar a {name}',
  'teacher.deleted': 'Se borró a {name} con todos sus registros.',
} as const;
