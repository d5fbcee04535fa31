// Where the classroom's CouchDB database is and the account a device signs in with, as the
// teacher types them in Settings → Classroom sync.
import * as v from 'valibot';

/** CouchDB's own rule for a database name. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export const syncAccountSchema = v.strictObject({
  /** The server's origin (and path, behind a reverse proxy): http or https only. */
  // A pattern rather than v.url(): valibot lives in the kiosk's chunk, and each of its checks
  // used anywhere is carried there.
  server: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(2048),
    v.regex(/^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i, 'must be an http:// or https:// address'),
  ),
  database: v.pipe(v.string(), v.trim(), v.maxLength(238), v.regex(DATABASE_NAME, 'not a database name')),
  username: v.pipe(v.string(), v.trim(), v.maxLength(256)),
  password: v.pipe(v.string(), v.maxLength(1024)),
});
export type SyncAccount = v.InferOutput<typeof syncAccountSchema>;

/** The origin a Content-Security-Policy must allow for this account's server. */
export const syncOriginOf = (account: Pick<SyncAccount, 'server'>): string => new URL(account.server).origin;
