// The replicator against a real CouchDB-protocol server (express-pouchdb in memory, on loopback):
// two devices meet through it, every event arrives once, an interruption at any request resumes
// without loss or duplicates, and what the server sends is checked before it is kept.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { appendEvents } from '../../bench/harness/append-events';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import type { AppDb } from '../../src/db/app-db';
import { mergeBackup, restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { setCardRecording } from '../../src/db/repos/cards';
import { reportingPeriods, saveReportingPeriods } from '../../src/db/repos/review';
import { rebuildRollups } from '../../src/db/repos/rollups';
import { deleteStudent } from '../../src/db/repos/student-removal';
import { updateStudentSettings } from '../../src/db/repos/students';
import type { Fetch, SyncRemote } from '../../src/db/sync/couch-client';
import { SYNC_BATCH, syncOnce } from '../../src/db/sync/replicator';
import { toBase64 } from '../../src/domain/backup/encoding';
import { isClassroomSetting } from '../../src/domain/classroom-settings';
import { AppError } from '../../src/domain/errors';
import type { MediaId, StudentId } from '../../src/domain/ids';
import { seedClassroom } from '../support/classroom';
import { aShown, morning } from '../support/events';
import { freshDb } from '../support/fresh-db';
import { fullDump } from '../support/full-dump';
import { activeOrOutside, HOSTILE_SVGS, utf8 } from '../support/obf-files';
import { tinyWav, wavBlob } from '../support/sounds';

const NOW = Date.UTC(2026, 8, 7, 12);
const LATER = NOW + 3_600_000;

let server: { url: string; stop(): Promise<void> };
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.stop();
});

let dbs: AppDb[] = [];
let remote: SyncRemote;
beforeEach(async () => {
  dbs = [];
  remote = { server: server.url, database: `classroom-${crypto.randomUUID()}` };
  const created = await fetch(`${server.url}/${remote.database}`, { method: 'PUT' });
  expect(created.status).toBe(201);
});
afterEach(() => {
  for (const db of dbs) db.close();
});
const newDb = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};

/** What a classroom's devices share, but pictures (compared by their bytes) and a device's own settings. */
async function sharedDump(db: AppDb) {
  const dump = await fullDump(db, { without: ['media'] });
  dump.settings = (dump.settings ?? []).filter((row) => isClassroomSetting((row as { key: string }).key));
  return dump;
}

/** A classroom with more events than one batch, so pushes and pulls take several requests. */
async function busyClassroom(db: AppDb) {
  const seeded = await seedClassroom(db, NOW);
  const shows = Array.from({ length: SYNC_BATCH + 50 }, (_, index) =>
    aShown(seeded.ana.id, morning(7) + index * 1000),
  );
  await appendEvents(db, shows);
  return seeded;
}

const at = (time: number) => ({ now: () => time });

/** A fresh database holding the same rows as another: a seeded classroom made once, used many times. */
async function copyOf(template: AppDb): Promise<AppDb> {
  const rows = await Promise.all(
    template.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  const copy = newDb();
  await copy.transaction('rw', copy.tables, async () => {
    for (const [name, tableRows] of rows) await copy.table(name).bulkAdd(tableRows);
  });
  return copy;
}

async function serverDocCount(): Promise<number> {
  const info = (await (await fetch(`${server.url}/${remote.database}`)).json()) as { doc_count: number };
  return info.doc_count;
}

describe('two devices meet through the server', () => {
  test('what one device pushes, another pulls whole, with its day figures worked out there', async () => {
    const tablet = newDb();
    await busyClassroom(tablet);
    const laptop = newDb();

    const pushed = await syncOnce(tablet, remote, at(NOW));
    const pulled = await syncOnce(laptop, remote, at(NOW));

    expect(pushed.setAside).toEqual([]);
    expect(pulled.setAside).toEqual([]);
    expect(await sharedDump(laptop)).toEqual(await sharedDump(tablet));
    const rollups = await laptop.rollups.toArray();
    await rebuildRollups(laptop);
    expect(await laptop.rollups.toArray()).toEqual(rollups);
  });

  test('every event exactly once, however often the devices sync', async () => {
    const tablet = newDb();
    await busyClassroom(tablet);
    const laptop = newDb();
    for (let round = 0; round < 3; round++) {
      await syncOnce(tablet, remote, at(NOW));
      await syncOnce(laptop, remote, at(NOW));
    }
    const events = await tablet.events.count();
    expect(await laptop.events.count()).toBe(events);
    const docs = await serverDocCount();
    await syncOnce(laptop, remote, at(LATER));
    expect(await serverDocCount()).toBe(docs);
  });

  test('a backup merged into a synced tablet sends its records at the next sync, though they are older than the last', async () => {
    const laptop = newDb();
    const { teacher, ana } = await seedClassroom(laptop, NOW);
    let tablet = newDb();
    tablet = (await restoreBackup(tablet, teacher, await exportBackup(laptop, teacher, { now: NOW })))
      .database;
    await syncOnce(tablet, remote, at(LATER));
    // The laptop, never synced, kept a morning's records, all older than the tablet's last push.
    await appendEvents(
      laptop,
      Array.from({ length: 30 }, (_, index) => aShown(ana.id, morning(7) + index * 1000)),
    );
    await updateStudentSettings(laptop, teacher, ana.id, { locale: 'es' }, NOW + 1000);
    const summary = await mergeBackup(tablet, teacher, await exportBackup(laptop, teacher, { now: LATER }));
    expect(summary.added.events).toBe(30);

    await syncOnce(tablet, remote, at(LATER + 1000));
    const phone = newDb();
    await syncOnce(phone, remote, at(LATER + 2000));

    expect(await phone.events.count()).toBe(await tablet.events.count());
    expect(await sharedDump(phone)).toEqual(await sharedDump(tablet));
    expect(await phone.students.get(ana.id)).toMatchObject({ locale: 'es' });
  });

  test('of two edits of the same student the later wins on both devices', async () => {
    const tablet = newDb();
    const { teacher, ana } = await seedClassroom(tablet, NOW);
    const laptop = newDb();
    await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));

    // Offline, each device changes Ana's language; the tablet's change is the later one.
    await updateStudentSettings(laptop, teacher, ana.id, { locale: 'en' }, NOW + 1000);
    await updateStudentSettings(tablet, teacher, ana.id, { locale: 'es' }, NOW + 2000);
    await syncOnce(laptop, remote, at(NOW + 3000));
    await syncOnce(tablet, remote, at(NOW + 3000));
    const report = await syncOnce(laptop, remote, at(NOW + 4000));

    expect(await laptop.students.get(ana.id)).toEqual(await tablet.students.get(ana.id));
    expect(await tablet.students.get(ana.id)).toMatchObject({ locale: 'es', updatedAt: NOW + 2000 });
    expect(report.resolved).toContainEqual({
      id: `students:${ana.id}`,
      table: 'students',
      name: 'Ana',
      kept: 'server',
    });
  });

  test('of two edits of a classroom setting the later wins on both devices, and the other is named', async () => {
    const tablet = newDb();
    const { teacher } = await seedClassroom(tablet, NOW);
    const laptop = newDb();
    const periods = (first: string) => [
      { name: first, from: '2026-09-01', to: '2026-11-20' },
      { name: 'Winter', from: '2026-11-23', to: '2027-02-26' },
      { name: 'Spring', from: '2027-03-01', to: '2027-06-18' },
    ];
    await saveReportingPeriods(tablet, teacher, periods('Fall'), NOW);
    await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));

    // Offline, each device renames the period; the laptop's change is the later one.
    await saveReportingPeriods(tablet, teacher, periods('Term 1'), NOW + 1000);
    await saveReportingPeriods(laptop, teacher, periods('Autumn'), NOW + 2000);
    await syncOnce(laptop, remote, at(NOW + 3000));
    const report = await syncOnce(tablet, remote, at(NOW + 3000));
    await syncOnce(laptop, remote, at(NOW + 4000));

    for (const db of [tablet, laptop])
      expect((await reportingPeriods(db)).map((period) => period.name)).toEqual([
        'Autumn',
        'Winter',
        'Spring',
      ]);
    expect(report.resolved).toContainEqual({
      id: 'settings:reportingPeriods',
      table: 'settings',
      kept: 'server',
    });
  });

  test('an edit refused as a conflict because another device wrote meanwhile is offered again in the same round', async () => {
    const tablet = newDb();
    const { teacher, ana } = await seedClassroom(tablet, NOW);
    const laptop = newDb();
    await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));
    await updateStudentSettings(laptop, teacher, ana.id, { locale: 'en' }, NOW + 1000);
    await updateStudentSettings(tablet, teacher, ana.id, { locale: 'es' }, NOW + 2000);

    // The laptop's older edit lands between the tablet's reading the server and its writing.
    let raced = false;
    const racing: Fetch = async (input, init) => {
      if (!raced && input.includes('/_bulk_docs')) {
        raced = true;
        await syncOnce(laptop, remote, at(NOW + 3000));
      }
      return fetch(input, init);
    };
    await syncOnce(tablet, remote, { fetch: racing, now: () => NOW + 3000 });
    await syncOnce(laptop, remote, at(NOW + 4000));

    expect(raced).toBe(true);
    expect(await tablet.students.get(ana.id)).toMatchObject({ locale: 'es', updatedAt: NOW + 2000 });
    expect(await laptop.students.get(ana.id)).toEqual(await tablet.students.get(ana.id));
  });

  test('a student deleted on one device disappears from the other, events and all', async () => {
    const tablet = newDb();
    const { teacher, ana } = await busyClassroom(tablet);
    const laptop = newDb();
    await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));

    await deleteStudent(laptop, teacher, ana.id, LATER);
    await syncOnce(laptop, remote, at(LATER));
    await syncOnce(tablet, remote, at(LATER));

    expect(await tablet.students.get(ana.id)).toBeUndefined();
    expect(
      await tablet.events
        .where('[studentId+at]')
        .between([ana.id, 0], [ana.id, 2 ** 48])
        .count(),
    ).toBe(0);
    expect(await tablet.deletions.get(ana.id)).toMatchObject({ kind: 'students', at: LATER });
    // A new device never sees her either.
    const phone = newDb();
    const phoneReport = await syncOnce(phone, remote, at(LATER));
    expect(phoneReport.setAside).toEqual([]);
    expect(await phone.students.get(ana.id)).toBeUndefined();
    expect(await sharedDump(phone)).toEqual(await sharedDump(tablet));
  });
});

/** A fetch that fails the `failAt`-th request (counting from 0) as `fault` says, and passes the rest. */
function faulty(failAt: number, fault: () => Promise<Response>): { fetch: Fetch; requests: () => number } {
  let count = 0;
  return {
    fetch: (input, init) => (count++ === failAt ? fault() : fetch(input, init)),
    requests: () => count,
  };
}

const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('pictures travel once, through the picture gate', () => {
  const pictures = async (db: AppDb) =>
    Object.fromEntries(
      await Promise.all(
        (await db.media.toArray()).map(async (row) => [
          row.id,
          { type: row.blob.type, text: await row.blob.text() },
        ]),
      ),
    );

  test("the tablet's pictures reach the laptop with the same bytes, and are not sent again", async () => {
    const tablet = newDb();
    await seedClassroom(tablet, NOW);
    expect(await tablet.media.count()).toBeGreaterThan(0);
    const laptop = newDb();

    const pushed = await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));
    expect(await pictures(laptop)).toEqual(await pictures(tablet));
    const docs = await serverDocCount();
    expect(pushed.pushed).toBe(docs);

    const again = await syncOnce(tablet, remote, at(LATER));
    expect(again.pushed).toBe(0);
    expect(await serverDocCount()).toBe(docs);
  });

  test("a card's recording reaches the other device with the same bytes, played by the same card", async () => {
    const tablet = newDb();
    const { teacher, reading } = await seedClassroom(tablet, NOW);
    await setCardRecording(tablet, teacher, reading.id, wavBlob(), NOW);
    const laptop = newDb();

    await syncOnce(tablet, remote, at(NOW));
    const report = await syncOnce(laptop, remote, at(NOW));
    expect(report.setAside).toEqual([]);
    const recording = (await laptop.cards.get(reading.id))?.recording;
    const row = recording && (await laptop.media.get(recording.mediaId));
    expect(row?.blob.type).toBe('audio/wav');
    expect(new Uint8Array((await row?.blob.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(tinyWav());
  });

  test('a recording replaced on one device is deleted on the other too; one still played there is kept', async () => {
    const tablet = newDb();
    const { teacher, reading, math } = await seedClassroom(tablet, NOW);
    const first = (await setCardRecording(tablet, teacher, reading.id, wavBlob(), NOW)).recording?.mediaId;
    const laptop = newDb();
    const phone = newDb();
    await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));
    await syncOnce(phone, remote, at(NOW));
    if (!first) throw new Error('the card has its recording');
    expect(await laptop.media.get(first)).toBeDefined();
    // On the phone, Math is given the same recording before the deletion arrives.
    await phone.cards.update(math.id, { recording: { mediaId: first } });

    await setCardRecording(tablet, teacher, reading.id, wavBlob(300, 5), LATER);
    await syncOnce(tablet, remote, at(LATER));
    await syncOnce(laptop, remote, at(LATER));
    expect(await laptop.media.get(first)).toBeUndefined();
    expect(await laptop.deletions.get(first)).toMatchObject({ kind: 'media', by: teacher.staffId });
    const second = (await laptop.cards.get(reading.id))?.recording?.mediaId;
    expect(second && (await laptop.media.get(second))).toBeDefined();

    // There it stays, as Math still plays it; the deletion is kept all the same.
    await syncOnce(phone, remote, at(LATER + 1000));
    expect(await phone.media.get(first)).toBeDefined();
    expect(await phone.deletions.get(first)).toBeDefined();
  });

  test('a script-bearing SVG from the server is kept cleaned, and bytes that are no picture are set aside', async () => {
    const laptop = newDb();
    const svg = HOSTILE_SVGS[0]?.[1] ?? '';
    const picture = (id: string, data: string) => ({
      _id: `media:${id}`,
      table: 'media',
      row: { id, ownerId: '01J0000000000000000000000A', updatedAt: NOW, type: 'image/svg+xml', data },
    });
    const hostileId = '01J0000000000000000000000B';
    const pageId = '01J0000000000000000000000C';
    const written = await fetch(`${server.url}/${remote.database}/_bulk_docs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        docs: [
          picture(hostileId, toBase64(utf8(svg))),
          picture(pageId, toBase64(utf8('<html><script>alert(1)</script></html>'))),
        ],
      }),
    });
    expect(written.status).toBe(201);

    const report = await syncOnce(laptop, remote, at(NOW));
    const kept = await laptop.media.get(hostileId as MediaId);
    expect(kept?.blob.type).toBe('image/svg+xml');
    expect(activeOrOutside((await kept?.blob.text()) ?? '')).toBe(false);
    expect(await laptop.media.get(pageId as MediaId)).toBeUndefined();
    expect(report.setAside.map((item) => item.id)).toEqual([`media:${pageId}`]);
  });
});

describe('an interruption at any request resumes without loss or duplicates', () => {
  test('a server database recreated under the same name is pulled again from its start, as its checkpoint is gone', async () => {
    const tablet = newDb();
    const { ana } = await busyClassroom(tablet);
    const laptop = newDb();
    await syncOnce(tablet, remote, at(NOW));
    await syncOnce(laptop, remote, at(NOW));
    await fetch(`${server.url}/${remote.database}`, { method: 'DELETE' });
    await fetch(`${server.url}/${remote.database}`, { method: 'PUT' });

    const [late] = await appendEvents(tablet, [aShown(ana.id, LATER)]);
    await syncOnce(tablet, remote, at(LATER));
    await syncOnce(laptop, remote, at(LATER));

    expect(late && (await laptop.events.get(late.id))).toEqual(late);
  });

  test('the network cut at each request of a push and of a pull', async () => {
    const tablet = newDb();
    await busyClassroom(tablet);
    const expected = await sharedDump(tablet);
    const counting = faulty(-1, networkDown);
    // How many requests a whole first sync of this classroom takes, each one a place to cut it.
    const reference = newDb();
    await busyClassroom(reference);
    await syncOnce(
      reference,
      { ...remote, database: remote.database },
      { ...at(NOW), fetch: counting.fetch },
    );
    const steps = counting.requests();
    expect(steps).toBeGreaterThan(6);

    for (let cut = 0; cut < steps; cut++) {
      const database = `${remote.database}-cut-${cut}`;
      await fetch(`${server.url}/${database}`, { method: 'PUT' });
      const here = { ...remote, database };
      const source = await copyOf(tablet);
      const cutPush = faulty(cut, networkDown);
      expect(await codeOf(syncOnce(source, here, { ...at(NOW), fetch: cutPush.fetch }))).toBe('sync-offline');
      await syncOnce(source, here, at(NOW));
      const target = newDb();
      const cutPull = faulty(cut, networkDown);
      const outcome = await codeOf(syncOnce(target, here, { ...at(NOW), fetch: cutPull.fetch }));
      expect(['sync-offline', 'no error']).toContain(outcome);
      await syncOnce(target, here, at(NOW));
      expect(await target.events.count()).toBe(expected.events?.length);
      expect((await sharedDump(target)).events).toEqual((await sharedDump(source)).events);
      source.close();
      target.close();
    }
  }, 120_000);
});

describe("the server's refusals and failures are named, and change nothing here", () => {
  const answer = (status: number, body: string) => () => Promise.resolve(new Response(body, { status }));
  for (const [status, code] of [
    [401, 'sync-unauthorized'],
    [403, 'sync-forbidden'],
    [404, 'sync-no-database'],
    [409, 'sync-conflict'],
    [500, 'sync-server'],
  ] as const) {
    test(`${status} → ${code}`, async () => {
      const tablet = newDb();
      await seedClassroom(tablet, NOW);
      await syncOnce(tablet, remote, at(NOW));
      const laptop = newDb();
      const before = await sharedDump(laptop);
      // Request 0 reads the server's checkpoint; request 1 asks for its changes.
      const failing = faulty(1, answer(status, '{"error":"x","reason":"y"}'));
      expect(await codeOf(syncOnce(laptop, remote, { ...at(NOW), fetch: failing.fetch }))).toBe(code);
      expect(await sharedDump(laptop)).toEqual(before);
    });
  }

  test('an answer that is not JSON is refused as such', async () => {
    const laptop = newDb();
    const failing = faulty(0, answer(200, '{"results": [ nope'));
    expect(await codeOf(syncOnce(laptop, remote, { ...at(NOW), fetch: failing.fetch }))).toBe(
      'sync-malformed',
    );
    expect(await sharedDump(laptop)).toEqual(await sharedDump(newDb()));
  });
});

describe('documents from the server are untrusted', () => {
  async function putRaw(id: string, body: string) {
    const response = await fetch(`${server.url}/${remote.database}/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(response.ok).toBe(true);
  }

  test('an oversize document, one with __proto__ and one that breaks its schema are set aside by name; the rest arrive', async () => {
    const tablet = newDb();
    const { ana } = await seedClassroom(tablet, NOW);
    await syncOnce(tablet, remote, at(NOW));
    const student = await tablet.students.get(ana.id);
    const bigId = `students:${'0'.repeat(10)}${'A'.repeat(16)}`;
    await putRaw(
      bigId,
      JSON.stringify({
        table: 'students',
        row: { ...student, id: bigId.slice(9), name: 'x'.repeat(300_000) },
      }),
    );
    // A server may drop such a key itself; this one arrives as a hostile server would send it.
    const protoId = `students:${'0'.repeat(10)}${'B'.repeat(16)}`;
    const protoChange = `{"seq":"0-x","id":"${protoId}","changes":[],"doc":{"_id":"${protoId}","_rev":"1-a","table":"students","row":{"id":"${protoId.slice(9)}","name":"P","locale":"en","createdAt":1,"updatedAt":1,"__proto__":{"isTeacher":true}}}}`;
    const hostile: Fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!input.includes('/_changes') || input.includes('since=0') === false) return response;
      const text = (await response.text()).replace('"results":[', `"results":[${protoChange},`);
      return new Response(text, { status: response.status });
    };
    const wrongId = `cards:${'0'.repeat(10)}${'C'.repeat(16)}`;
    await putRaw(wrongId, JSON.stringify({ table: 'cards', row: { id: wrongId.slice(6), label: 42 } }));

    const laptop = newDb();
    const report = await syncOnce(laptop, remote, { ...at(NOW), fetch: hostile });

    expect(report.setAside.map((item) => item.id).sort()).toEqual([bigId, protoId, wrongId].sort());
    expect(report.setAside.find((item) => item.id === protoId)?.reason).toContain('__proto__');
    expect(report.setAside.find((item) => item.id === bigId)?.reason).toBe('too large');
    expect(await sharedDump(laptop)).toEqual(await sharedDump(tablet));
    expect(({} as Record<string, unknown>).isTeacher).toBeUndefined();
    expect(await laptop.students.get(protoId.slice(9) as StudentId)).toBeUndefined();
  });

  test('a deletion of an event, which never happens in the app, is set aside', async () => {
    const tablet = newDb();
    await seedClassroom(tablet, NOW);
    await syncOnce(tablet, remote, at(NOW));
    const [event] = await tablet.events.toArray();
    if (!event) throw new Error('no event');
    const id = `events:${event.id}`;
    const held = (await (await fetch(`${server.url}/${remote.database}/${id}`)).json()) as { _rev: string };
    await fetch(`${server.url}/${remote.database}/${id}?rev=${held._rev}`, { method: 'DELETE' });

    const laptop = newDb();
    const report = await syncOnce(laptop, remote, at(NOW));
    expect(report.setAside).toEqual([{ id, reason: 'deleted without a record of the deletion' }]);
  });
});
