// Spanish words of the paper screen; same keys as paper.en.ts.
export const paperEs = {
  'adult.paper': 'Papel',
  'paper.title': 'Papel',
  'paper.intro':
    'Imprima el horario, los tableros y la escala de un estudiante tal como se ven en la pantalla, para los días sin tableta: recorte las tarjetas por las líneas discontinuas o imprima una tira para un horario con velcro.',
  'paper.student': 'Estudiante',
  'paper.what': 'Qué imprimir',
  'paper.what.schedule': 'Horario: tarjetas para recortar',
  'paper.what.strip': 'Horario: una tira',
  'paper.what.first-then': 'Primero / después',
  'paper.what.board': 'Un tablero de elección',
  'paper.what.tokens': 'Tablero de fichas',
  'paper.what.scale': 'Escala de cinco puntos',
  'paper.day': 'Día',
  'paper.board': 'Tablero',
  'paper.size': 'Tamaño de las tarjetas',
  'paper.size.5cm': 'Unos 5 cm',
  'paper.size.7.5cm': 'Unos 7,5 cm',
  'paper.print': 'Imprimir o guardar como PDF',
  'paper.preview': 'Lo que se imprimirá',
  'paper.nothing': 'Aún no hay nada que imprimir aquí para este estudiante.',
} as const;
