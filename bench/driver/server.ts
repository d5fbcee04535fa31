import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { CONTENT_TYPES, staticFile } from '../../tests/e2e/fixtures/static-files';

/**
 * The production build as a static host serves it (hashed assets cached for good, the rest
 * revalidated), and the bench's harness under its own path on the same origin, so both see the
 * same IndexedDB. Every other path is the app, as for a single-page app.
 */
export async function startBenchServer(
  port: number,
  dist: string,
  harness: { path: string; root: string },
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const found = path.startsWith(harness.path)
      ? await staticFile(harness.root, path.slice(harness.path.length) || 'index.html')
      : await staticFile(dist, path === '/' ? 'index.html' : path);
    const { body, type } = found ?? {
      body: await readFile(join(dist, 'index.html')),
      type: CONTENT_TYPES['.html'],
    };
    response.writeHead(200, {
      'content-type': type ?? 'text/html',
      'cache-control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://localhost:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
