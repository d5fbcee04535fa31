import type { adultEn } from './adult.en';
import { backupEs } from './backup.es';
import { boardsEs } from './boards.es';
import { cardsEs } from './cards.es';
import { homeNotesEs } from './home-notes.es';
import { languagesEs } from './languages.es';
import { paperEs } from './paper.es';
import { paraEs } from './para.es';
import { plansEs } from './plans.es';
import { privacyEs } from './privacy.es';
import { reviewEs } from './review.es';
import { safetyEs } from './safety.es';
import { scaleTemplatesEs } from './scale-templates.es';
import { scalesEs } from './scales.es';
import { schedulesEs } from './schedules.es';
import { selfChecksEs } from './self-checks.es';
import { setupEs } from './setup.es';
import { syncEs } from './sync.es';
import { tokensEs } from './tokens.es';

export const adultEs: Record<keyof typeof adultEn, string> = {
  ...cardsEs,
  ...safetyEs,
  ...syncEs,
  ...schedulesEs,
  ...boardsEs,
  ...backupEs,
  ...tokensEs,
  ...reviewEs,
  ...selfChecksEs,
  ...scalesEs,
  ...scaleTemplatesEs,
  ...paraEs,
  ...paperEs,
  ...homeNotesEs,
  ...plansEs,
  ...privacyEs,
  ...setupEs,
  ...languagesEs,
  'storage.persisted':
    'El almacenamiento está protegido: el navegador no borrará los datos para liberar espacio.',
  'storage.notPersisted':
    'El almacenamiento no está protegido: el navegador puede borrar datos si falta espacio. Instale la aplicación y haga copias de seguridad.',
  'storage.unknown': 'Todavía no se ha pedido proteger el almacenamiento.',
  'storage.protect': 'Pedir al navegador que proteja el almacenamiento',
  'storage.protectRefused':
    'El navegador no protegió el almacenamiento esta vez. Instalar la aplicación en la pantalla de inicio suele ayudar; haga copias de seguridad con regularidad.',
  'storage.usage': '{used} usados de {available} disponibles',
  'storage.usageUnknown': 'Este navegador no indica cuánto almacenamiento se usa.',
  'gate.title': 'Área de adultos',
  'gate.whoAreYou': '¿Quién es usted?',
  'gate.enterPin': 'PIN de {name}',
  'gate.pinLabel': 'PIN',
  'gate.submit': 'Abrir',
  'gate.checking': 'Comprobando…',
  'gate.backToParaBar': 'Volver a la barra del asistente como {name}',
  'gate.backToKiosk': 'Volver a la pantalla del estudiante',
  'gate.clear': 'Borrar',
  'gate.delete': 'Borrar el último dígito',
  'gate.otherPerson': 'Otra persona',
  'role.teacher': 'Maestro',
  'role.para': 'Asistente',
  'adult.nav': 'Área de adultos',
  'adult.home': 'Inicio',
  'adult.cards': 'Tarjetas',
  'adult.schedules': 'Horarios',
  'adult.boards': 'Tableros de elección',
  'adult.review': 'Progreso',
  'adult.about': 'Acerca de',
  'adult.settings': 'Ajustes',
  'adult.signedInAs': 'Sesión de {name} ({role})',
  'adult.fullScreen': 'Pantalla del estudiante a pantalla completa',
  'adult.signOut': 'Volver a la pantalla del estudiante',
  'adult.updateReady':
    'Hay una nueva versión lista. Empieza cuando usted lo decida, nunca durante el trabajo de un estudiante.',
  'adult.updateNow': 'Actualizar ahora',
  'adult.updateLater': 'Más tarde',
  'teacher.title': 'Maestro',
  'teacher.students': 'Estudiantes',
  'teacher.noStudents':
    'Todavía no hay estudiantes. Agregue el primero abajo; aparecerá en la pantalla del estudiante.',
  'teacher.addStudent': 'Agregar un estudiante',
  'teacher.studentName': 'Nombre del estudiante',
  'teacher.add': 'Agregar',
  'teacher.studentAdded': 'Se agregó a {name}.',
  'teacher.photoHint':
    'En una tableta compartida, cada estudiante se encuentra por su foto. Las fotos se hacen más pequeñas y se quedan en este dispositivo.',
  'teacher.photoOf': 'Foto de {name}',
  'teacher.removePhoto': 'Quitar la foto',
  'teacher.removePhotoOf': 'Quitar la foto de {name}',
  'teacher.photoPreparing': 'Preparando la foto…',
  'teacher.photoSaved': 'Se guardó la foto de {name}.',
  'teacher.photoRemoved': 'Se quitó la foto de {name}.',
  'teacher.photoUnreadable':
    'Ese archivo no se pudo leer como foto. No se guardó nada. Elija una foto (por ejemplo JPEG o PNG).',
  'teacher.nextStep':
    'Cree las imágenes del día en Tarjetas, planee el día de cada estudiante en Horarios, ofrezca opciones en Tableros de elección, prepare Escalas y Autorrevisiones, y siga a cada estudiante en Progreso.',
  'teacher.staff': 'Personal',
  'teacher.onlyYou':
    'Solo usted puede abrir el área de adultos. Agregue un asistente para que registre con su propio PIN.',
  'teacher.addPara': 'Agregar un asistente',
  'teacher.paraName': 'Nombre del asistente',
  'teacher.paraPin': 'PIN del asistente (de 4 a 8 dígitos)',
  'teacher.paraAdded': '{name} ya puede entrar como asistente.',
  'classToday.title': 'La clase hoy',
  'classToday.find': 'Buscar un estudiante',
  'classToday.found':
    '{count, plural, one {# estudiante encontrado} other {# estudiantes encontrados}} de {total}',
  'classToday.figures':
    '{finished, plural, one {# paso terminado} other {# pasos terminados}} · {independent} de {started} empezados sin ayuda',
  'classToday.progress': 'Progreso de {name}',
  'classToday.manage': 'Gestionar estudiantes y personal',
  'today.title': 'Hoy para {name}',
  'today.student': 'Estudiante',
  'today.now': 'Ahora: {label}',
  'today.next': 'Después: {label}',
  'today.allDone': 'Todos los pasos de hoy están terminados.',
  'today.noSchedule': 'No hay nada planeado para hoy. El maestro planea los horarios en Horarios.',
  'today.lastChoice': 'Última elección de {name}: {label}',
  'today.boardToOpen': 'Abrir ahora un tablero de elección',
  'today.openBoard': 'Abrir {board} en la pantalla de {name}',
  'today.boardIsOpen': '«{board}» está abierto en la pantalla de {name}.',
  'today.closeBoard': 'Cerrarlo',
  'today.changeCard': 'Tarjeta del cambio',
  'today.chooseCard': 'Elija una tarjeta',
  'today.insertChange': 'Insertar un cambio',
  'today.changeInserted': '“{label}” viene ahora después, marcado como algo diferente.',
  'today.noCards': 'Todavía no hay tarjetas. El maestro las crea en Tarjetas.',
  'para.title': 'Hoy',
  'para.nothingToRecord':
    'Todavía no hay nada que registrar. Cuando el maestro planee el día, cada paso aparecerá aquí para registrarlo con un toque.',
  'settings.title': 'Ajustes',
  'settings.storage': 'Almacenamiento en este dispositivo',
  'settings.kiosk': 'Pantalla del estudiante en esta tableta',
  'settings.kioskShared': 'Tableta compartida: cada estudiante elige su foto',
  'settings.kioskOne': 'Solo {name}',
  'settings.saved': 'Guardado.',
  'settings.language': 'Idioma de las pantallas de adultos',
  'language.en': 'English',
  'language.es': 'Español',
};
