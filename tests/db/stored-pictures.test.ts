import { beforeEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { completeSetup } from '../../src/db/repos/setup';
import { gateStoredPictures } from '../../src/db/repos/stored-pictures';
import type { MediaId } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';
import { activeOrOutside, HOSTILE_SVGS, PDF, PNG } from '../support/obf-files';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const id = (n: number) => `01K00000000000000000000M${n}` as MediaId;

let db: AppDb;
let teacher: AdultSession;
beforeEach(async () => {
  db = freshDb();
  ({ session: teacher } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  ));
});

test('pictures an older version stored are passed through the gate once: a hostile SVG is cleaned', async () => {
  const [, namespaced] = HOSTILE_SVGS[1] ?? [];
  await db.media.bulkAdd([
    { id: id(1), ownerId: 'c1', blob: new Blob([namespaced ?? ''], { type: 'image/svg+xml' }), updatedAt: 1 },
    { id: id(2), ownerId: 'c2', blob: new Blob([PNG], { type: 'image/png' }), updatedAt: 1 },
    { id: id(3), ownerId: 'c3', blob: new Blob([PDF], { type: 'image/png' }), updatedAt: 1 },
  ]);

  expect(await gateStoredPictures(db, teacher)).toBe(2);

  const [svg, png, pdf] = await db.media.bulkGet([id(1), id(2), id(3)]);
  expect(activeOrOutside((await svg?.blob.text()) ?? '')).toBe(false);
  expect(svg).toMatchObject({ ownerId: 'c1', updatedAt: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(new Uint8Array((await png?.blob.arrayBuffer()) ?? [])).toEqual(PNG);
  expect(png?.hash).toMatch(/^[0-9a-f]{64}$/);
  // Refused by the gate: left as it was, and not shared.
  expect(pdf?.hash).toBeUndefined();
  expect(await gateStoredPictures(db, teacher)).toBe(0);
  await expect(gateStoredPictures(db, undefined)).rejects.toMatchObject({ code: 'not-allowed' });
});
