import { scaledSize } from '../../domain/cards';

/** JPEG quality of stored photos: small files, no visible loss at card size. */
const JPEG_QUALITY = 0.85;

/**
 * A photo file made ready to store: decoded, scaled to at most 512 px on its longer side (never
 * enlarged), on white (JPEG has no transparency), as a JPEG Blob. Undefined when the file is not
 * an image this browser can decode; nothing is stored either way.
 */
export async function scalePhoto(file: Blob): Promise<Blob | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return undefined;
  }
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
    );
    return blob && blob.size > 0 ? blob : undefined;
  } catch {
    return undefined;
  } finally {
    bitmap.close();
  }
}
