import type { boardsEn } from './boards.en';

export const boardsEs: Record<keyof typeof boardsEn, string> = {
  'boards.title': 'Tableros de elección',
  'boards.intro':
    'Un tablero de elección ofrece al estudiante algunas opciones, como tarjetas. Decida cuáles convienen y cuántas ve cada estudiante a la vez; ofrezca un tablero en un paso del horario.',
  'boards.newBoard': 'Nuevo tablero de elección',
  'boards.editTitle': 'Editando «{name}»',
  'boards.name': 'Nombre del tablero',
  'boards.options': 'Opciones ({count})',
  'boards.noOptions': 'Todavía no hay opciones. Añada tarjetas abajo; un tablero necesita al menos dos.',
  'boards.optionListName': 'Opciones, en orden',
  'boards.optionCard': 'Tarjeta para una opción',
  'boards.addOption': 'Añadir opción',
  'boards.save': 'Guardar tablero',
  'boards.cancel': 'Dejar de editar',
  'boards.saved': 'Se guardó el tablero «{name}».',
  'boards.tooFew': 'Un tablero necesita al menos {min} opciones.',
  'boards.yourBoards': 'Sus tableros',
  'boards.noBoards': 'Todavía no hay tableros de elección. Cree uno arriba o importe un archivo de tablero.',
  'boards.optionsOf': 'Opciones de {name}',
  'boards.edit': 'Editar {name}',
  'boards.shownTo': '{name} ve {count} de {total, plural, one {# opción} other {# opciones}}',
  'boards.tooFewShown': 'Un estudiante ve al menos {min} opciones, para que haya una elección.',
  'boards.shownSaved': 'Guardado: {name} ve {count} de {total, plural, one {# opción} other {# opciones}}.',
  'boards.filesTitle': 'Archivos de tableros',
  'boards.importLabel': 'Importar un archivo de tablero',
  'boards.importHint':
    'Un tablero .obf o un paquete .obz, de otra aplicación de CAA o de esta. Cada botón se convierte en una tarjeta; las imágenes guardadas en el archivo se importan, las imágenes de internet no. Para compartir un tablero, expórtelo desde Sus tableros, abajo.',
  'boards.importing': 'Importando…',
  'boards.importSaving': 'Revisando las imágenes y guardando los tableros…',
  'boards.importProgress': 'Progreso de la importación',
  'boards.picturesCleaned':
    'Se quitaron partes de imágenes que podían ejecutar código o traer cosas de la web; los dibujos se conservaron. Imágenes limpiadas: {count}.',
  'boards.importedOne': 'Se importó el tablero «{name}» con {count} opciones. Está en Sus tableros, abajo.',
  'boards.importedMany': 'Se importaron {count} tableros: {names}. Están en Sus tableros, abajo.',
  'boards.importedCards':
    '{count, plural, one {Se creó # tarjeta} other {Se crearon # tarjetas}} sin tablero, para los horarios. Están en Tarjetas.',
  'boards.previewTitle': 'Elija de «{file}»',
  'boards.previewIntro':
    'Este archivo contiene {count} tableros. Elija cuáles serán tableros de elección y qué botones serán tarjetas. No se guarda nada hasta que importe.',
  'boards.previewUse': 'Qué hacer con «{name}»',
  'boards.useChoiceBoard': 'Un tablero de elección',
  'boards.useSplit': 'Tableros de elección de {max} opciones como máximo',
  'boards.useCards': 'Solo tarjetas, para los horarios',
  'boards.useLeave': 'Dejar fuera',
  'boards.previewOptions': 'Botones de «{name}» que serán tarjetas',
  'boards.previewNoOptions': 'Ningún botón de este tablero puede ser una tarjeta.',
  'boards.previewImport': 'Importar lo elegido',
  'boards.previewCancel': 'Cancelar',
  'boards.previewNothing': 'Elija al menos un tablero para importar, o cancele.',
  'boards.notesOf': 'Lo que no se tomó de «{name}»',
  'boards.note.hidden': 'Botones ocultos, que siguen ocultos (no se ofrecen como opciones): {count}{labels}.',
  'boards.note.action': 'Acciones de teclado y de frase, que no son opciones: {count}{labels}.',
  'boards.note.opens-board': 'Botones que abren otro tablero del archivo: {count}{labels}.',
  'boards.note.link-outside':
    'Enlaces a tableros fuera de este archivo, que no se pueden seguir: {count}{labels}.',
  'boards.note.no-label': 'Botones sin palabras: {count}.',
  'boards.note.not-in-grid': 'Botones que el tablero no muestra: {count}{labels}.',
  'boards.note.picture-remote-not-fetched':
    'Imágenes en la web, que esta tableta nunca descarga (las tarjetas muestran sus palabras): {count}{labels}.',
  'boards.note.picture-not-included':
    'Imágenes de un conjunto de símbolos que no está en el archivo: {count}{labels}.',
  'boards.note.picture-missing': 'Imágenes que el tablero nombra pero no contiene: {count}{labels}.',
  'boards.note.picture-unreadable': 'Imágenes que no se pudieron leer: {count}{labels}.',
  'boards.note.label-shortened':
    'Etiquetas acortadas para caber en una tarjeta; se dice el texto entero: {count}{labels}.',
  'boards.note.sound-missing':
    'Sonidos que el tablero nombra pero no contiene (las tarjetas dicen sus palabras): {count}{labels}.',
  'boards.note.sound-unreadable':
    'Sonidos que no se pudieron leer (las tarjetas dicen sus palabras): {count}{labels}.',
  'boards.note.sound-remote-not-fetched':
    'Sonidos en la web, que la tableta nunca descarga (las tarjetas dicen sus palabras): {count}{labels}.',
  'boards.note.sound-not-included':
    'Sonidos que no están en el archivo (las tarjetas dicen sus palabras): {count}{labels}.',
  'boards.note.sound-not-audio':
    'Sonidos que no son un archivo de sonido que esta aplicación reproduzca (las tarjetas dicen sus palabras): {count}{labels}.',
  'boards.note.sound-too-large': 'Sonidos de más de 1 MB (las tarjetas dicen sus palabras): {count}{labels}.',
  'boards.note.too-few-choices':
    'Solo una opción, muy pocas para un tablero de elección: se puede guardar como tarjeta.',
  'boards.note.too-many-choices':
    '{count} opciones, más de las que caben en un tablero: se puede dividir o guardar como tarjetas.',
  'boards.note.format-missing': 'El archivo no dice su formato; se leyó como un tablero Open Board Format.',
  'boards.note.name-missing': 'El tablero no tiene nombre; se nombra por su identificador.',
  'boards.note.locale-named': 'El idioma estaba escrito como un nombre y se leyó como un código{labels}.',
  'boards.note.locale-unknown':
    'El idioma no es uno que esta aplicación conozca, así que no se guardó{labels}.',
  'boards.note.extensions-ignored': 'Campos que una aplicación añadió para sí (ext_), no usados: {count}.',
  'boards.note.images-without-id': 'Imágenes sin identificador, que ningún botón puede mostrar: {count}.',
  'boards.note.unreadable': 'Este tablero no se pudo leer: está dañado o no es un archivo de tablero.',
  'boards.exportPackage': 'Exportar {name} como paquete (.obz)',
  'boards.exportAll': 'Exportar todos los tableros en un paquete (.obz)',
  'boards.exportedAll':
    '{count, plural, one {Se exportó # tablero} other {Se exportaron # tableros}} como {file}. Búsquelo en sus descargas.',
  'boards.quoted': '«{name}»',
  'boards.export': 'Exportar {name}',
  'boards.exported': 'Se exportó «{name}» como {file}. Búsquelo en sus descargas.',
};
