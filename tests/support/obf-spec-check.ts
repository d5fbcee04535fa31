// The Open Board Format's rules for a board file (https://www.openboardformat.org/docs), as the
// spec and its validator state them, checked on what this app exports: a list of the rules a
// board breaks, empty when it passes.
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown) => (typeof value === 'string' && value.length > 0) || typeof value === 'number';

export function obfProblems(board: unknown, packageFiles?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const problem = (text: string) => problems.push(text);
  if (!isObject(board)) return ['a board is a JSON object'];
  // "format" is required and names the version of the format.
  if (typeof board.format !== 'string' || !/^open-board-0\.\d+$/.test(board.format))
    problem('format must be "open-board-0.x"');
  if (!isId(board.id)) problem('id is required');
  if (typeof board.locale !== 'string' || !/^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/.test(board.locale))
    problem('locale must be a language code');
  if (board.name !== undefined && typeof board.name !== 'string') problem('name must be text');

  // Buttons: a list, each with a unique id; a label is text; an image_id names an image of the board.
  if (!Array.isArray(board.buttons)) problem('buttons must be a list');
  const buttons = Array.isArray(board.buttons) ? board.buttons : [];
  const buttonIds = new Set<string>();
  // Images and sounds: lists (both required, even when empty), each with a unique id, and where it is.
  for (const list of ['images', 'sounds'] as const)
    if (!Array.isArray(board[list])) problem(`${list} must be a list`);
  const images = Array.isArray(board.images) ? board.images : [];
  const sounds = Array.isArray(board.sounds) ? board.sounds : [];
  const imageIds = new Set<string>();
  for (const image of images) {
    if (!isObject(image) || !isId(image.id)) {
      problem('each image needs an id');
      continue;
    }
    const id = String(image.id);
    if (imageIds.has(id)) problem(`image id ${id} is used twice`);
    imageIds.add(id);
    if (typeof image.content_type !== 'string' || !/^image\/[\w.+-]+$/.test(image.content_type))
      problem(`image ${id} needs a content_type`);
    for (const side of ['width', 'height'] as const)
      if (!Number.isInteger(image[side]) || (image[side] as number) <= 0)
        problem(`image ${id} needs a ${side}`);
    const where = ['data', 'path', 'url'].filter((key) => typeof image[key] === 'string');
    if (where.length === 0) problem(`image ${id} needs data, a path or a url`);
    if (typeof image.data === 'string' && !/^data:image\/[\w.+-]+;base64,/.test(image.data))
      problem(`image ${id} data must be a data: URI`);
    if (typeof image.path === 'string' && packageFiles && !packageFiles.has(image.path))
      problem(`image ${id} path ${image.path} is not in the package`);
  }
  const soundIds = new Set<string>();
  for (const sound of sounds) {
    if (!isObject(sound) || !isId(sound.id)) {
      problem('each sound needs an id');
      continue;
    }
    const id = String(sound.id);
    if (soundIds.has(id)) problem(`sound id ${id} is used twice`);
    soundIds.add(id);
    if (typeof sound.content_type !== 'string' || !/^audio\/[\w.+-]+$/.test(sound.content_type))
      problem(`sound ${id} needs a content_type`);
    if (!['data', 'path', 'url'].some((key) => typeof sound[key] === 'string'))
      problem(`sound ${id} needs data, a path or a url`);
    if (typeof sound.data === 'string' && !/^data:audio\/[\w.+-]+;base64,/.test(sound.data))
      problem(`sound ${id} data must be a data: URI`);
    if (typeof sound.path === 'string' && packageFiles && !packageFiles.has(sound.path))
      problem(`sound ${id} path ${sound.path} is not in the package`);
  }
  for (const button of buttons) {
    if (!isObject(button) || !isId(button.id)) {
      problem('each button needs an id');
      continue;
    }
    const id = String(button.id);
    if (buttonIds.has(id)) problem(`button id ${id} is used twice`);
    buttonIds.add(id);
    if (button.label !== undefined && typeof button.label !== 'string')
      problem(`button ${id} label must be text`);
    if (button.image_id !== undefined && !imageIds.has(String(button.image_id)))
      problem(`button ${id} names image ${String(button.image_id)}, which the board does not have`);
    if (button.sound_id !== undefined && !soundIds.has(String(button.sound_id)))
      problem(`button ${id} names sound ${String(button.sound_id)}, which the board does not have`);
  }

  // Grid: rows and columns are numbers, order has that many rows of that many cells, and each
  // cell is null or a button's id.
  const grid = board.grid;
  if (!isObject(grid)) return [...problems, 'grid is required'];
  const { rows, columns, order } = grid;
  if (!Number.isInteger(rows) || !Number.isInteger(columns))
    problem('grid rows and columns must be whole numbers');
  if (!Array.isArray(order)) return [...problems, 'grid order must be a list of rows'];
  if (order.length !== rows) problem(`grid has ${String(rows)} rows but its order has ${order.length}`);
  for (const [index, row] of order.entries()) {
    if (!Array.isArray(row)) {
      problem(`grid row ${index} must be a list`);
      continue;
    }
    if (row.length !== columns) problem(`grid row ${index} has ${row.length} cells, not ${String(columns)}`);
    for (const cell of row)
      if (cell !== null && !buttonIds.has(String(cell))) problem(`grid cell ${String(cell)} names no button`);
  }
  return problems;
}
