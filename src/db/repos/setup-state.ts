import type { AppDb } from '../app-db';

/**
 * Setup is needed until the first teacher exists. Kept apart from setup itself, which the start
 * screen checks on every launch without loading PIN hashing and forms.
 */
export async function needsSetup(db: AppDb): Promise<boolean> {
  return (await db.staff.count()) === 0;
}
