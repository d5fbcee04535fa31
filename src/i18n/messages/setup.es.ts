// Spanish words of the first visit (setup) and of every error, loaded with the setup screen
// before the rest of the adult words; setup.en.ts has the same keys.
import type { setupEn } from './setup.en';

export const setupEs: Record<keyof typeof setupEn, string> = {
  'privacy.link': 'Privacidad: qué guarda esta aplicación y cómo borrarlo',
  'setup.title': 'Bienvenido a On My Own',
  'setup.intro':
    'Configure esta tableta una vez. Usted será el maestro: solo su PIN abre el área de adultos. Todo se queda en este dispositivo.',
  'setup.teacherName': 'Su nombre',
  'setup.pin': 'PIN del maestro (de 4 a 8 dígitos)',
  'setup.pinConfirm': 'Escriba el PIN otra vez',
  'setup.pinMismatch': 'Los dos PIN no son iguales. Escríbalos otra vez.',
  'setup.studentName': 'Nombre del primer estudiante',
  'setup.submit': 'Terminar',
  'setup.working': 'Configurando…',
  'setup.welcomeTitle': 'La tableta está lista',
  'setup.welcomeBody':
    'La pantalla del estudiante es ahora la pantalla de inicio. Para volver al área de adultos, mantenga pulsado un momento el pequeño candado de la esquina superior derecha de la pantalla del estudiante y escriba su PIN.',
  'error.invalid-event': 'No se pudo guardar el registro porque estaba incompleto. No se guardó nada.',
  'error.invalid-input': 'Revise lo que escribió. No se guardó nada.',
  'error.not-found':
    'Lo que muestra esta pantalla ya no está en la tableta (se borró, quizá en otra pantalla). No se guardó nada.',
  'error.state-changed':
    'Esto cambió mientras la pantalla estaba abierta (ya se respondió, se cerró o se terminó). No se guardó nada; vuelva a mirar.',
  'error.void-target-missing': 'No hay ningún registro que deshacer. No se cambió nada.',
  'error.void-target-invalid': 'Ese registro no se puede deshacer otra vez. No se cambió nada.',
  'error.not-allowed': 'Solo un maestro puede hacer eso.',
  'error.no-step-to-record': 'Ahora ningún paso espera a empezar. No se guardó nada.',
  'error.step-recorded-already': 'Ese paso ya tiene su inicio o su final. No se guardó nada.',
  'error.undo-expired':
    'Ese registro ya no se puede deshacer aquí: deshacer funciona durante 10 segundos. No se cambió nada.',
  'error.fading-not-due': 'Los datos ya no cumplen el criterio de este paso, así que el plan no cambió.',
  'error.wrong-pin': 'Ese PIN no es correcto. Inténtelo otra vez.',
  'error.pin-wait': 'Demasiados PIN incorrectos. Espere un poco y vuelva a intentarlo.',
  'error.pin-locked':
    'Demasiados PIN incorrectos: este PIN está bloqueado durante un tiempo. Otros adultos pueden entrar con su propio PIN.',
  'error.setup-already-done': 'Esta tableta ya está configurada. Use el área de adultos con su PIN.',
  'error.storage-full':
    'El dispositivo no tiene espacio, así que no se guardó. Libere espacio e inténtelo otra vez.',
  'error.write-failed': 'No se pudo guardar. No se cambió nada. Inténtelo otra vez.',
  'error.database-closed':
    'La aplicación se actualizó en otra pestaña o ventana, así que no se guardó. Vuelva a cargar la aplicación para seguir.',
  'error.board-not-json':
    '{file} no es un archivo de tablero: no contiene datos de tablero (JSON). No se importó nada.',
  'error.board-invalid':
    '{file} no es un tablero completo: {where} falta o tiene un tipo de valor incorrecto. No se importó nada.',
  'error.board-duplicate-id':
    'Dos botones o dos imágenes de {file} tienen el mismo identificador, {id}. No se importó nada.',
  'error.board-empty': '{file} no tiene botones que puedan ser opciones. No se importó nada.',
  'error.board-too-large': '{file} es demasiado grande: el límite es {max} MB. No se importó nada.',
  'error.board-too-many-buttons': '{file} tiene más de {max} botones. No se importó nada.',
  'error.board-too-many-files': '{file} contiene más de {max} archivos. No se importó nada.',
  'error.board-unsafe-path':
    '{file} nombra un archivo fuera del paquete del tablero ({path}), lo cual no está permitido. No se importó nada.',
  'error.board-zip-split':
    '{file} es una parte de un paquete dividido en varios archivos, que no se puede leer sola. Guarde el tablero de nuevo como un solo archivo .obz e impórtelo. No se importó nada.',
  'error.board-zip-invalid': '{file} está dañado o no es un paquete de tablero (.obz). No se importó nada.',
  'error.board-image-type':
    'La imagen {image} de {file} no es una imagen PNG, JPEG, GIF, WebP ni SVG. No se importó nada.',
  'error.board-image-unsafe':
    'La imagen {image} de {file} es un SVG que declara entidades o que no contiene nada que se pueda mostrar con seguridad. No se importó nada.',
  'error.board-option-count':
    'Un tablero de elección tiene de {min} a {max} opciones, pero «{board}» tiene {count}. No se importó nada.',
  'error.words-missing': 'Primero escriba y guarde las palabras en ese idioma; después grábelas.',
  'error.scale-labels-same':
    'Dos niveles de la escala tienen la misma palabra. Dé a cada nivel su propia palabra, para que ningún nivel se distinga solo por el color. No se guardó nada.',
  'error.backup-not-a-backup':
    'Este archivo no es una copia de seguridad de esta aplicación. No se cambió nada.',
  'error.backup-version':
    'Esta copia de seguridad es de la versión {version}, que esta aplicación no puede leer. Actualice la aplicación en esta tableta e inténtelo de nuevo. No se cambió nada.',
  'error.backup-invalid':
    'Esta copia de seguridad contiene algo que no es válido, así que no se usó. No se cambió nada.',
  'error.backup-damaged':
    'Esta copia de seguridad está dañada o se cambió después de guardarla (su suma de verificación no coincide). No se cambió nada.',
  'error.backup-truncated':
    'Esta copia de seguridad no está completa: termina antes de tiempo, quizá porque la copia se cortó. No se cambió nada.',
  'error.backup-too-large':
    'Esta copia de seguridad es más grande de lo que esta aplicación admite. No se cambió nada.',
  'error.backup-reference':
    'Esta copia de seguridad nombra algo que no está ni en el archivo ni en esta tableta (por ejemplo, un alumno o una imagen), así que no se usó. No se cambió nada.',
  'error.backup-passphrase-needed':
    'Esta copia de seguridad está protegida. Escriba su frase de contraseña. No se cambió nada.',
  'error.backup-passphrase-wrong':
    'Esa frase de contraseña no abre esta copia de seguridad (o el archivo se cambió). No se cambió nada.',
  'error.backup-passphrase-short':
    'Una frase de contraseña necesita al menos {min} caracteres, y las dos copias deben coincidir. No se guardó ninguna copia.',
  'error.backup-row-unfit':
    'Algo guardado en esta tableta no encaja en el formato de copia de seguridad, así que no se guardó ninguna copia. No se cambió nada.',
  'error.board-too-many-boards': '{file} contiene más de {max} tableros. No se importó nada.',
  'error.board-too-many-chosen':
    'Se pueden importar como máximo {max} tableros de elección a la vez. Elija menos tableros. No se importó nada.',
  'error.board-too-many-cards':
    '{file} crearía más de {max} tarjetas de una vez. Importe menos tableros cada vez. No se importó nada.',
  'error.board-pictures-too-large': 'Las imágenes de {file} suman más de {max} MB. No se importó nada.',
  'error.board-too-deep':
    '{file} está anidado más hondo que cualquier archivo de tablero ({max} niveles), así que no se leyó. No se importó nada.',
  'error.recording-type': 'Esto no es un archivo de sonido (WAV, MP3, Ogg, WebM o M4A). No se guardó nada.',
  'error.recording-too-large': 'Esta grabación pasa de 1 MB: bastan unas palabras. No se guardó nada.',
  'error.picture-type': 'Esto no es una imagen PNG, JPEG, GIF, WebP o SVG. No se guardó nada.',
  'error.picture-unsafe':
    'Esta imagen SVG no contiene nada que se pueda mostrar con seguridad (o declara entidades). No se guardó nada.',
  'error.event-day-mismatch':
    'Este registro se hizo para otro día que el del reloj de la tableta. No se guardó; inténtelo de nuevo.',
  'error.backup-version-text':
    'Esta copia indica su versión como texto («{version}») donde esta aplicación escribe un número, así que no la guardó esta aplicación o se cambió después. No se cambió nada.',
  'error.backup-no-teacher':
    'Esta copia no tiene ningún maestro entre su personal, así que después nadie podría administrar esta tableta. No se usó. No se cambió nada.',
  'error.restore-database-lost':
    'La copia que esta restauración estaba escribiendo se eliminó antes de usarse (los datos de la tableta se borraron, o se ordenaron, en otra pestaña o ventana). No se cambió nada. Empiece la restauración de nuevo.',
  'error.backup-pin-hash':
    'Un PIN del personal en esta copia no está guardado como esta aplicación guarda los PIN (su configuración de hash es distinta), así que el archivo no se usó. No se cambió nada.',
  'error.pin-count-unsaved':
    'Esta tableta no pudo guardar la cuenta de intentos de PIN (puede que el almacenamiento esté lleno), así que el PIN no se comprobó. Libere espacio en la tableta y vuelva a intentarlo.',
  'error.sync-offline':
    'No se pudo llegar al servidor de sincronización del aula. Este dispositivo guarda sus registros y lo intentará de nuevo cuando esté en línea.',
  'error.sync-unauthorized':
    'El servidor de sincronización no aceptó el nombre de la cuenta o la contraseña. Revíselos en Ajustes → Sincronización del aula.',
  'error.sync-forbidden':
    'El servidor de sincronización rechazó esta cuenta. La cuenta de un auxiliar puede registrar, pero solo la del maestro puede cambiar el plan.',
  'error.sync-no-database':
    'El servidor de sincronización no tiene una base de datos del aula con ese nombre. Revísela en Ajustes → Sincronización del aula.',
  'error.sync-conflict':
    'Otro dispositivo cambió lo mismo en el mismo momento. Sincronice de nuevo: se guardará el cambio más reciente.',
  'error.sync-server':
    'El servidor de sincronización tuvo un problema. Este dispositivo guarda sus registros; inténtelo más tarde o pregunte al servicio informático de la escuela.',
  'error.sync-malformed':
    'El servidor de sincronización envió algo que no es una respuesta de una base de datos del aula. No se cambió nada en este dispositivo.',
  'error.unknown': 'Pasó algo inesperado. No se cambió nada.',
};
