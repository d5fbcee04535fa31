// What the Choice boards screen and its board file worker say to each other.
import { AppError, type ErrorCode, type ErrorParams } from '../../../domain/errors';
import type { ImportedBoard } from '../../../domain/obf/obf-import';

export type WorkerRequest = { bytes: Uint8Array; fileName: string };

export type WorkerReply =
  | { kind: 'progress'; share: number }
  | { kind: 'read'; boards: ImportedBoard[] }
  /** The file was refused: the AppError, which cannot cross to the screen as itself. */
  | { kind: 'refused'; code: ErrorCode; details: string; params: ErrorParams }
  | { kind: 'failed'; details: string };

/**
 * The boards of a board file, read in a worker; `onProgress` hears how much is read (0 to 1).
 * A refused file rejects with the AppError the parser threw.
 */
export async function readBoardFileInWorker(
  file: Blob,
  fileName: string,
  onProgress: (share: number) => void,
): Promise<ImportedBoard[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const worker = new Worker(new URL('./board-file-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportedBoard[]>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        if (data.kind === 'progress') onProgress(data.share);
        else if (data.kind === 'read') resolve(data.boards);
        else if (data.kind === 'refused') reject(new AppError(data.code, data.details, data.params));
        else reject(new Error(data.details));
      };
      worker.onerror = (event) => reject(new Error(event.message));
      const request: WorkerRequest = { bytes, fileName };
      // Handed over, not copied: the file may be tens of megabytes.
      worker.postMessage(request, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
