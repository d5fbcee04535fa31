/** See sync-server.mjs: an in-memory CouchDB-protocol server on loopback, with CORS. */
export function startSyncServer(options?: { port?: number; host?: string }): Promise<{
  url: string;
  stop(): Promise<void>;
}>;
