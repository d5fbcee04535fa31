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
  'boards.withoutPicture':
    'Estas opciones llegaron sin sus imágenes, que están en la web o no venían en el archivo (esta tableta nunca descarga de la web): {labels}. Muestran sus palabras; añada una foto o un símbolo en Tarjetas.',
  'boards.leftOut':
    'Botones que no se importaron porque no son opciones (enlaces a otros tableros, acciones de teclado, sin etiqueta): {count}.',
  'boards.quoted': '«{name}»',
  'boards.export': 'Exportar {name}',
  'boards.exported': 'Se exportó «{name}» como {file}. Búsquelo en sus descargas.',
};
