// Reads a board file off the screen's thread: a large or deeply nested file takes its time here,
// and the Choice boards screen keeps answering and shows how far the reading is.
import { isAppError } from '../../../domain/errors';
import { parseBoardFile } from '../../../domain/obf/obf-import';
import type { WorkerReply, WorkerRequest } from './board-file-messages';

const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { bytes, fileName } = event.data;
  try {
    const boards = parseBoardFile(bytes, fileName, (share) => reply({ kind: 'progress', share }));
    reply({ kind: 'read', boards });
  } catch (error) {
    reply(
      isAppError(error)
        ? { kind: 'refused', code: error.code, details: error.details, params: { ...error.params } }
        : { kind: 'failed', details: String(error) },
    );
  }
});
