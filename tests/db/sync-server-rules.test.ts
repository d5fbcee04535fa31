// Roles hold on the server too: with the rules the teacher's account installs, a para's account
// records but cannot change the plan, and nobody changes or deletes a record.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { appendEvents } from '../../bench/harness/append-events';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import type { AppDb } from '../../src/db/app-db';
import { updateStudentSettings } from '../../src/db/repos/students';
import { installClassroomRules, saveSyncAccount } from '../../src/db/repos/sync';
import { syncOnce } from '../../src/db/sync/replicator';
import { installServerRules } from '../../src/db/sync/server-rules';
import { AppError } from '../../src/domain/errors';
import { PARA_ROLE, TEACHER_ROLE } from '../../src/domain/sync/server-rules';
import { schoolDayOf } from '../../src/domain/time';
import { seedClassroom } from '../support/classroom';
import { anEvent, aShown, morning } from '../support/events';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 7, 12);
const DATABASE = 'classroom';
const DAY = schoolDayOf(NOW);

let server: { url: string; stop(): Promise<void> };
const call = async (method: string, path: string, body: unknown, auth?: string) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(auth ? { Authorization: `Basic ${btoa(auth)}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

// As a school's CouchDB admin sets up a classroom: the database and one account per role.
beforeAll(async () => {
  server = await startSyncServer();
  await call('PUT', `/${DATABASE}`, undefined);
  await call('PUT', '/_users/org.couchdb.user:rivera', {
    name: 'rivera',
    password: 'teach',
    roles: [TEACHER_ROLE],
    type: 'user',
  });
  await call('PUT', '/_users/org.couchdb.user:lee', {
    name: 'lee',
    password: 'para',
    roles: [PARA_ROLE],
    type: 'user',
  });
  await call('PUT', '/_config/admins/admin', 'secret');
  // The one step only the server's admin can take: the teacher's role administers this database.
  await call('PUT', `/${DATABASE}/_security`, { admins: { roles: [TEACHER_ROLE] } }, 'admin:secret');
  await installServerRules({ server: server.url, database: DATABASE, username: 'rivera', password: 'teach' });
});
afterAll(async () => {
  await server.stop();
});
let dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

const teacherAccount = () => ({
  server: server.url,
  database: DATABASE,
  username: 'rivera',
  password: 'teach',
});
const paraAccount = () => ({ server: server.url, database: DATABASE, username: 'lee', password: 'para' });

test("a para's account records, but its change to the plan is refused by the server and said", async () => {
  const laptop = freshDb();
  const tablet = freshDb();
  dbs.push(laptop, tablet);
  const { teacher, ana } = await seedClassroom(laptop, NOW);
  await syncOnce(laptop, teacherAccount(), { now: () => NOW });
  await syncOnce(tablet, paraAccount(), { now: () => NOW });

  // On the para's tablet, someone changes Ana (a tampered device: the app itself asks for the teacher).
  await updateStudentSettings(tablet, teacher, ana.id, { locale: 'es' }, NOW + 1000);
  await appendEvents(tablet, [aShown(ana.id, NOW + 1500)]);
  const report = await syncOnce(tablet, paraAccount(), { now: () => NOW + 2000 });

  expect(report.refused).toEqual([
    {
      id: `students:${ana.id}`,
      reason: 'server: Only the teacher changes the plan.',
      table: 'students',
      name: 'Ana',
    },
  ]);
  expect(report.setAside).toEqual([]);
  await syncOnce(laptop, teacherAccount(), { now: () => NOW + 3000 });
  expect((await laptop.students.get(ana.id))?.locale).toBe('en');
  expect(await laptop.events.count()).toBe(await tablet.events.count());
});

test("a para's account records, but the teacher's records (days not counted, a support change) are refused", async () => {
  const laptop = freshDb();
  const tablet = freshDb();
  dbs.push(laptop, tablet);
  const { teacher, ana } = await seedClassroom(laptop, NOW);
  await syncOnce(laptop, teacherAccount(), { now: () => NOW });
  await syncOnce(tablet, paraAccount(), { now: () => NOW });

  // A tampered tablet writes the teacher's records straight into its log, beside a para's record.
  const staff = { kind: 'staff', staffId: teacher.staffId } as const;
  const [notCounted, supportChange, shown] = await appendEvents(tablet, [
    anEvent(
      { type: 'days-not-counted', studentId: ana.id, actor: staff, from: DAY, to: DAY, reason: 'absence' },
      NOW + 1000,
    ),
    anEvent(
      {
        type: 'support-changed',
        studentId: ana.id,
        actor: staff,
        change: { support: 'needs', before: [], after: ['slept'] },
      },
      NOW + 1100,
    ),
    aShown(ana.id, NOW + 1500),
  ]);
  const report = await syncOnce(tablet, paraAccount(), { now: () => NOW + 2000 });
  const refused = 'server: Only the teacher changes the plan.';
  expect(report.refused).toEqual([
    { id: `events:${notCounted?.id}`, reason: refused, table: 'events' },
    { id: `events:${supportChange?.id}`, reason: refused, table: 'events' },
  ]);
  if (!shown) throw new Error('the para’s record was written');
  await syncOnce(laptop, teacherAccount(), { now: () => NOW + 3000 });
  expect(await laptop.events.get(shown.id)).toBeDefined();
  expect(await laptop.events.where('type').anyOf(['days-not-counted', 'support-changed']).count()).toBe(0);

  // The same records from the teacher's account are taken.
  await appendEvents(laptop, [
    anEvent(
      { type: 'days-not-counted', studentId: ana.id, actor: staff, from: DAY, to: DAY, reason: 'absence' },
      NOW + 4000,
    ),
  ]);
  expect((await syncOnce(laptop, teacherAccount(), { now: () => NOW + 5000 })).refused).toEqual([]);
});

test('a record on the server is never changed or deleted, not even by the teacher', async () => {
  const laptop = freshDb();
  dbs.push(laptop);
  const { ana } = await seedClassroom(laptop, NOW);
  const [event] = await appendEvents(laptop, [aShown(ana.id, morning(8))]);
  await syncOnce(laptop, teacherAccount(), { now: () => NOW });
  const path = `/${DATABASE}/events:${event?.id}`;
  const held = await call('GET', path, undefined, 'rivera:teach');
  for (const auth of ['lee:para', 'rivera:teach']) {
    const changed = await call('PUT', path, { ...held.json, table: 'events', row: { nope: 1 } }, auth);
    expect(changed.status).toBe(403);
    const deleted = await call(
      'PUT',
      path,
      { _id: held.json._id, _rev: held.json._rev, _deleted: true },
      auth,
    );
    expect(deleted.status).toBe(403);
  }
});

test('without an account, or with a wrong password, nothing is read: said as such', async () => {
  const device = freshDb();
  dbs.push(device);
  for (const remote of [
    { server: server.url, database: DATABASE },
    { ...paraAccount(), password: 'wrong' },
  ]) {
    const error = await syncOnce(device, remote).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('sync-unauthorized');
  }
});

test('the teacher installs the rules from Settings with the saved account; a para cannot', async () => {
  const laptop = freshDb();
  dbs.push(laptop);
  const { teacher } = await seedClassroom(laptop, NOW);
  await saveSyncAccount(laptop, teacher, teacherAccount());
  await expect(installClassroomRules(laptop, { ...teacher, role: 'para' })).rejects.toMatchObject({
    code: 'not-allowed',
  });
  await installClassroomRules(laptop, teacher);
  const security = await call('GET', `/${DATABASE}/_security`, undefined, 'rivera:teach');
  expect(security.json).toMatchObject({ members: { roles: [TEACHER_ROLE, PARA_ROLE] } });
});

test("a para's account cannot install or change the rules", async () => {
  // CouchDB answers a member who is not the database's admin with 401, as for a wrong password.
  await expect(installServerRules(paraAccount())).rejects.toMatchObject({ code: 'sync-unauthorized' });
});
