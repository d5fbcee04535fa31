// Installs the classroom's rules (../../domain/sync/server-rules.ts) in its CouchDB database,
// from the teacher's account: the database's _security and the validate_doc_update design document.
import * as v from 'valibot';
import { AppError } from '../../domain/errors';
import { RULES_DESIGN_ID, rulesDesignDocument, securityDocument } from '../../domain/sync/server-rules';
import { CouchClient, type Fetch, type SyncRemote } from './couch-client';

export async function installServerRules(remote: SyncRemote, fetcher?: Fetch): Promise<void> {
  const client = new CouchClient(remote, fetcher);
  const design = { ...rulesDesignDocument() };
  try {
    const { json } = await client.request('GET', `/${RULES_DESIGN_ID}`);
    const held = v.safeParse(v.object({ _rev: v.string() }), json);
    if (!held.success) throw new AppError('sync-malformed', 'design document without a revision');
    Object.assign(design, { _rev: held.output._rev });
  } catch (error) {
    // Not there yet: it is created.
    if (!(error instanceof AppError && error.code === 'sync-no-database')) throw error;
  }
  await client.request('PUT', `/${RULES_DESIGN_ID}`, design);
  await client.request('PUT', '/_security', securityDocument());
}
