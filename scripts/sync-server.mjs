// A CouchDB-protocol server in memory, for the sync tests and for someone trying sync out:
// express-pouchdb (PouchDB Server's own HTTP layer) over PouchDB's memory adapter, on loopback,
// with CORS so the app's page may call it. Nothing is written to disk; stopping it forgets all.
//   node scripts/sync-server.mjs [--port 5984]      (npm run sync-server)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Starts the server; port 0 takes a free one. Resolves to its URL and a stop function. */
export async function startSyncServer({ port = 0, host = '127.0.0.1' } = {}) {
  const express = require('express');
  const expressPouchDb = require('express-pouchdb');
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  // The server's config and log file go to a folder of their own, removed on stop.
  const folder = mkdtempSync(join(tmpdir(), 'omo-sync-'));
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory', prefix: `${folder}/` });
  const app = express();
  app.use((request, response, next) => {
    const origin = request.headers.origin;
    if (origin) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE');
      response.setHeader('Access-Control-Allow-Headers', 'Accept, Authorization, Content-Type');
      response.statusCode = 204;
      response.end();
      return;
    }
    next();
  });
  app.use(
    expressPouchDb(MemoryPouch, {
      inMemoryConfig: true,
      logPath: join(folder, 'log.txt'),
      overrideMode: { exclude: ['routes/fauxton'] },
    }),
  );
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => {
          rmSync(folder, { recursive: true, force: true });
          resolve(undefined);
        });
      }),
  };
}

/**
 * Ends the server's "admin party" (everyone an admin) with one admin account, as a school's
 * CouchDB has: accounts and the classroom's rules then hold.
 */
export async function addServerAdmin(url, name, password) {
  const response = await fetch(`${url}/_config/admins/${encodeURIComponent(name)}`, {
    method: 'PUT',
    body: JSON.stringify(password),
  });
  if (!response.ok) throw new Error(`admin not added: ${response.status}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const { url } = await startSyncServer({ port: Number(option('--port') ?? 5984) });
  // --admin name:password: a server with accounts, like a school's (the e2e tests' second server).
  const admin = option('--admin');
  if (admin) {
    const [name = '', password = ''] = admin.split(':');
    await addServerAdmin(url, name, password);
  }
  console.log(`Sync server (in memory) on ${url}${admin ? ', with an admin account' : ''}`);
}
