import type { cardsEn } from './cards.en';

export const cardsEs: Record<keyof typeof cardsEn, string> = {
  'cards.title': 'Tarjetas',
  'cards.intro':
    'Una tarjeta es una actividad del día: sus palabras, una imagen y lo que dice la tableta cuando un estudiante la toca.',
  'cards.newCard': 'Tarjeta nueva',
  'cards.label': 'Texto',
  'cards.labelHint': 'Las palabras de la tarjeta, por ejemplo Almuerzo o Lectura.',
  'cards.spokenText': 'Texto hablado (opcional)',
  'cards.spokenTextHint':
    'Lo que dice la tableta cuando se toca la tarjeta. Déjelo vacío para decir el texto.',
  'cards.pictureSource': 'Imagen',
  'cards.sourcePhoto': 'Foto',
  'cards.sourceSymbol': 'Símbolo',
  'cards.sourceNone': 'Sin imagen (solo palabras)',
  'cards.noPictureHint': 'La tarjeta muestra solo su texto, como en un horario escrito.',
  'cards.photoInput': 'Tomar o elegir una foto',
  'cards.photoHint': 'Se hace más pequeña (512 píxeles como máximo) antes de guardarla.',
  'cards.photoPreparing': 'Preparando la foto…',
  'cards.photoUnreadable':
    'Ese archivo no se pudo leer como imagen. No se guardó nada. Elija una foto (por ejemplo JPEG o PNG).',
  'cards.photoPreview': 'La foto, tal como se guardará',
  'cards.symbolSearch': 'Buscar símbolos',
  'cards.symbolSearchHint':
    'Escriba una palabra de la clase en español o en inglés, por ejemplo almuerzo, lavarse las manos, autobús o book.',
  'cards.symbolsLoading': 'Cargando los símbolos…',
  'cards.symbolsFailed':
    'No se pudieron cargar los símbolos. Vuelva a cargar la página e inténtelo otra vez.',
  'cards.symbolResults': 'Símbolos',
  'cards.symbolsFound': 'Símbolos encontrados: {count}.',
  'cards.symbolsMore': 'Se muestran {shown} de {total} símbolos. Escriba más para encontrar otros.',
  'cards.symbolsNone': 'Ningún símbolo coincide con «{query}». Pruebe otra palabra o use una foto.',
  'cards.symbolChosen': 'Símbolo elegido: {name}',
  'cards.noSymbolChosen': 'Todavía no hay un símbolo elegido. Elija uno abajo.',
  'cards.save': 'Guardar tarjeta',
  'cards.saved': 'Se guardó la tarjeta «{label}».',
  'cards.needPhoto': 'Primero tome o elija una foto, o elija otro tipo de imagen. No se guardó nada.',
  'cards.needSymbol': 'Primero elija un símbolo, o elija otro tipo de imagen. No se guardó nada.',
  'cards.editTitle': 'Cambiando «{label}»',
  'cards.edit': 'Cambiar {label}',
  'cards.recordingTitle': 'Grabación',
  'cards.recordingYes':
    'Cuando se toca la tarjeta, la tableta reproduce esta grabación en lugar de decir las palabras.',
  'cards.recordingNo': 'Sin grabación: cuando se toca la tarjeta, la tableta dice sus palabras.',
  'cards.recordingStart': 'Grabar su voz',
  'cards.recordingStop': 'Parar y guardar la grabación',
  'cards.recordingNow':
    'Grabando… diga las palabras de la tarjeta y luego toque «Parar y guardar la grabación».',
  'cards.recordingPlay': 'Escuchar la grabación',
  'cards.recordingRemove': 'Quitar la grabación',
  'cards.recordingFile': 'O elija un archivo de sonido (WAV, MP3, Ogg, WebM o M4A, hasta 1 MB)',
  'cards.recordingSaved': 'Se guardó la grabación de «{label}».',
  'cards.recordingRemoved': 'Se quitó la grabación de «{label}»: la tableta vuelve a decir sus palabras.',
  'cards.recordingNoMicrophone': 'Este dispositivo no puede grabar aquí. Elija un archivo de sonido.',
  'cards.recordingRefused':
    'No se permitió el micrófono. Permítalo en el navegador o elija un archivo de sonido.',
  'cards.recordingUnplayable': 'Este dispositivo no puede reproducir la grabación.',
  'cards.recordingAfterSave':
    'Guarde primero la tarjeta; después, al cambiarla, puede añadir una grabación con su voz.',
  'cards.currentPicture': 'La imagen actual de la tarjeta. Elija otra para reemplazarla.',
  'cards.saveChanges': 'Guardar cambios',
  'cards.stopEditing': 'Dejar de cambiar',
  'cards.changed': 'Se cambió la tarjeta «{label}». Los horarios y tableros la muestran enseguida.',
  'cards.yourCards': 'Sus tarjetas',
  'cards.noCards':
    'Todavía no hay tarjetas. Haga la primera arriba: escriba un texto, elija una foto, un símbolo o ninguna imagen y luego Guardar tarjeta.',
  'cards.kindPhoto': 'Foto',
  'cards.kindSymbol': 'Símbolo',
  'cards.kindWritten': 'Solo palabras',
  'cards.says': 'Dice: «{text}»',
  'about.title': 'Acerca de On My Own',
  'about.what':
    'On My Own ayuda a los estudiantes de educación especial a seguir su día por sí mismos: horarios visuales, tableros de elección y autoevaluaciones en una tableta, con registros de un toque para los adultos que los acompañan.',
  'about.private':
    'Todo se queda en este dispositivo. La aplicación funciona sin internet y no envía nada a ninguna parte.',
  'about.credits': 'Créditos',
  'about.symbolsCredit': 'Símbolos: Fluent Emoji de Microsoft Corporation, licencia MIT',
  'about.symbolsSource': 'Fuente: {url}',
  'about.licenceTitle': 'Licencia de los símbolos',
  'about.licenceLanguage': 'La licencia se muestra en inglés, tal como se publicó.',
};
