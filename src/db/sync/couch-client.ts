// The few CouchDB HTTP calls replication needs, over fetch. Every answer is untrusted: a status
// that is not success becomes an AppError whose code says what a person can do about it, and a
// body that is not JSON is refused as such. What the JSON holds is checked by the caller.
import { AppError } from '../../domain/errors';

/** Where the classroom's database is, and the account this device signs in with. */
export type SyncRemote = {
  /** The server's origin and path, e.g. `https://couch.school.example` (no trailing slash needed). */
  server: string;
  database: string;
  username?: string;
  password?: string;
};

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class CouchClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;

  constructor(
    remote: SyncRemote,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
  ) {
    this.base = `${remote.server.replace(/\/+$/, '')}/${encodeURIComponent(remote.database)}`;
    this.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    // No account name: a server without accounts (npm run sync-server), where anyone may write.
    if (remote.username) {
      const credentials = new TextEncoder().encode(`${remote.username}:${remote.password ?? ''}`);
      this.headers.Authorization = `Basic ${btoa(String.fromCharCode(...credentials))}`;
    }
  }

  /** One request to the database; the answer's JSON, or an AppError naming what went wrong. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<{ json: unknown; chars: number }> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method,
        headers: this.headers,
        credentials: 'omit',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new AppError('sync-offline', String(error));
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new AppError('sync-offline', String(error));
    }
    if (!response.ok)
      throw new AppError(codeOfStatus(response.status), `${method} ${path}: ${response.status}`);
    try {
      return { json: JSON.parse(text) as unknown, chars: text.length };
    } catch {
      throw new AppError('sync-malformed', `${method} ${path}: not JSON`);
    }
  }
}

function codeOfStatus(status: number) {
  if (status === 401) return 'sync-unauthorized' as const;
  if (status === 403) return 'sync-forbidden' as const;
  if (status === 404) return 'sync-no-database' as const;
  if (status === 409) return 'sync-conflict' as const;
  return 'sync-server' as const;
}
