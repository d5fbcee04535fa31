// A choice board as an .obf: one JSON file with its pictures inline, so it needs nothing else to be
// read by another AAC app, or by parseObf here, which gives the same board back.
import type { Locale } from '../people';
import { type BoardImage, toDataUri } from './obf-image';
import { OBF_FORMAT } from './obf-schema';

export type ExportedOption = { id: string; label: string; spokenText?: string; image?: BoardImage };
export type ExportedBoard = { id: string; name: string; locale: Locale; options: readonly ExportedOption[] };

/** The board as .obf JSON text; its grid is as near square as the options allow, filled row by row. */
export function boardToObf(board: ExportedBoard): string {
  const { options } = board;
  const columns = Math.ceil(Math.sqrt(options.length));
  const rows = columns === 0 ? 0 : Math.ceil(options.length / columns);
  const order = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => options[row * columns + column]?.id ?? null),
  );
  return JSON.stringify(
    {
      format: OBF_FORMAT,
      id: board.id,
      locale: board.locale,
      name: board.name,
      buttons: options.map((option) => ({
        id: option.id,
        label: option.label,
        ...(option.spokenText ? { vocalization: option.spokenText } : {}),
        // Buttons and images have ids of their own kinds, so a picture can share its option's id.
        ...(option.image ? { image_id: option.id } : {}),
      })),
      images: options.flatMap((option) =>
        option.image
          ? [{ id: option.id, data: toDataUri(option.image), content_type: option.image.type }]
          : [],
      ),
      grid: { rows, columns, order },
    },
    null,
    2,
  );
}
