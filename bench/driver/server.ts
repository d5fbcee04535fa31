import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Files under `root` with their content type, or undefined when there is no such file. */
async function fileOf(root: string, path: string): Promise<{ body: Buffer; type: string } | undefined> {
  const file = join(root, normalize(path));
  if (!file.startsWith(root)) return undefined;
  const body = await readFile(file).catch(() => undefined);
  return body && { body, type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

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
      ? await fileOf(harness.root, path.slice(harness.path.length) || 'index.html')
      : await fileOf(dist, path === '/' ? 'index.html' : path);
    const { body, type } = found ?? { body: await readFile(join(dist, 'index.html')), type: TYPES['.html'] };
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
