// What an imported board may hold. Far above any real choice board, far below what would freeze a
// classroom tablet: a hostile or broken file is refused before it costs much memory or time.
import { AppError } from '../errors';

const MB = 1024 * 1024;

/** The file an adult picks, .obf or .obz; also each board inside an .obz. */
export const OBF_MAX_FILE_BYTES = 20 * MB;
/** All entries of an .obz together, as their headers declare before anything is inflated. */
export const OBZ_MAX_UNCOMPRESSED_BYTES = 50 * MB;
export const OBZ_MAX_ENTRIES = 1000;
export const OBF_MAX_BUTTONS = 200;
export const OBF_MAX_IMAGES = 1000;
/** Boards one package may hold: a large real pageset has about a hundred. */
export const OBZ_MAX_BOARDS = 300;
/** Choice boards one import may write (each of its options becomes a card). */
export const OBF_MAX_BOARDS = 50;
/** Cards one import may write, all its boards together. */
export const OBF_MAX_CARDS = 1000;
/**
 * Pictures one import may bring, decoded, each counted once (a file in the package is one picture
 * however many buttons name it). Ten times a large real set; below the package's own limit.
 */
export const OBF_MAX_IMPORT_PICTURE_BYTES = 30 * MB;
/** Lists and objects inside each other; a board needs five or so, any extension field a few more. */
export const OBF_MAX_JSON_DEPTH = 64;
/** Rows in a grid, and cells in each row. */
export const OBF_MAX_GRID_SIDE = 100;
export const OBF_MAX_ID_LENGTH = 200;
export const OBF_NAME_MAX_LENGTH = 100;
/** Labels and spoken words longer than this are no words a board shows: the file is not read. */
export const OBF_MAX_TEXT_LENGTH = 10_000;
/** Labels, spoken texts and pictures (each, once decoded or unzipped) follow the card limits: every option can become a card. */
export {
  CARD_LABEL_MAX_LENGTH as OBF_LABEL_MAX_LENGTH,
  PICTURE_MAX_BYTES as OBF_MAX_IMAGE_BYTES,
  SPOKEN_TEXT_MAX_LENGTH as OBF_SPOKEN_MAX_LENGTH,
} from '../cards';

/** The error for a file, entry or picture over a byte limit; the message gives the limit in MB. */
export function tooLargeError(file: string, maxBytes: number): AppError {
  return new AppError('board-too-large', `${file} is over ${maxBytes} bytes`, { file, max: maxBytes / MB });
}
