/** See sync-server.mjs: an in-memory CouchDB-protocol server on loopback, with CORS. */
export function startSyncServer(options?: { port?: number; host?: string }): Promise<{
  url: string;
  stop(): Promise<void>;
}>;
/** Ends the server's admin party with one admin account: accounts and rules then hold. */
export function addServerAdmin(url: string, name: string, password: string): Promise<void>;
