import type { Page } from '@playwright/test';
import { seedToday } from './fixtures/seed';
import { seedNotes } from './fixtures/seed-notes';
import { SCHOOL_SERVER_ADMIN, schoolSyncPort, syncPort } from './fixtures/sync-port';
import { expect, test } from './fixtures/test';
import {
  addStudent,
  completeSetup,
  expectNoAxeViolations,
  leaveAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { anotherTablet } from './page-models/backups';
import { addPara, openParaBar, PARA, paraBar, planActivity, promptButton } from './page-models/para';
import { makeCard } from './page-models/teacher';

// The tablet goes offline and comes back: the service worker serves the app meanwhile.
test.use({ serviceWorkers: 'allow' });

const syncPanel = (page: Page) => page.getByRole('region', { name: 'Classroom sync' });

/** Settings → Classroom sync: the server behind the app's origin, the classroom's database. */
async function connect(page: Page, database: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const panel = syncPanel(page);
  await panel.getByLabel('Server address').fill(new URL('/couch', page.url()).href);
  await panel.getByLabel('Classroom database').fill(database);
  await panel.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
}

async function syncNow(page: Page): Promise<void> {
  const panel = syncPanel(page);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toContainText('Synced:');
  await expect(panel.getByTestId('sync-waiting')).toHaveText('Records waiting to be sent: 0.');
}

async function studentsOf(page: Page) {
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  return page.getByRole('region', { name: 'Students' });
}

test('a student added on the laptop reaches the tablet, and their deletion travels too', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  // The school's server has the classroom's database (made here as its admin would).
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);

  await completeSetup(laptop);
  await addStudent(laptop, 'Ben');
  await connect(laptop, database);
  await expect(syncPanel(laptop).getByTestId('sync-last')).toHaveText('Not synced yet.');
  await syncNow(laptop);
  await expect(syncPanel(laptop).getByTestId('sync-last')).toContainText('Last synced:');
  await expectNoAxeViolations(laptop);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  await syncNow(tablet);
  const onTablet = await studentsOf(tablet);
  const ben = onTablet.getByText('Ben', { exact: true });
  await ben.scrollIntoViewIfNeeded();
  await expect(ben).toBeInViewport();

  const onLaptop = await studentsOf(laptop);
  await onLaptop.getByRole('button', { name: 'Delete Ben…' }).click();
  await laptop.getByRole('button', { name: 'Delete Ben for good' }).click();
  await expect(onLaptop.getByRole('status')).toHaveText('Ben and all their records were deleted.');
  await laptop.getByRole('link', { name: 'Settings' }).click();
  await syncNow(laptop);

  await tablet.getByRole('link', { name: 'Settings' }).click();
  await syncNow(tablet);
  const afterSync = await studentsOf(tablet);
  const cleo = afterSync.getByText('Cleo', { exact: true });
  await cleo.scrollIntoViewIfNeeded();
  await expect(cleo).toBeInViewport();
  await expect(afterSync.getByText('Ben', { exact: true })).toHaveCount(0);
  await tablet.context().close();
});

test('with the server saved, a student added on the laptop appears on the tablet by itself, also after the tablet was offline', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);
  await completeSetup(laptop);
  await connect(laptop, database);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  const onTablet = await studentsOf(tablet);

  // Nobody presses Sync now: the laptop sends, the tablet's open request to the server hears it.
  await studentsOf(laptop);
  await addStudent(laptop, 'Ben');
  const ben = onTablet.getByText('Ben', { exact: true });
  await expect(ben).toHaveCount(1, { timeout: 20_000 });
  await ben.scrollIntoViewIfNeeded();
  await expect(ben).toBeInViewport();

  await tablet.context().setOffline(true);
  await addStudent(laptop, 'Dana');
  await laptop.getByRole('link', { name: 'Settings' }).click();
  await expect(syncPanel(laptop).getByTestId('sync-waiting')).toHaveText('Records waiting to be sent: 0.', {
    timeout: 20_000,
  });
  await expect(onTablet.getByText('Dana', { exact: true })).toHaveCount(0);
  // Back online, the tablet catches up at once.
  await tablet.context().setOffline(false);
  await expect(onTablet.getByText('Dana', { exact: true })).toHaveCount(1, { timeout: 20_000 });
  await tablet.context().close();
});

test('a para’s record on the student’s tablet reaches the teacher’s laptop, and the plan the teacher changes there reaches the tablet’s para bar', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);
  await completeSetup(laptop);
  await addPara(laptop);
  await leaveAdultArea(laptop);
  await seedToday(laptop, [{ label: 'Reading' }, { label: 'Math' }], {
    pictureStyle: 'word',
    layout: 'list',
  });
  await laptop.reload();
  await signIn(laptop, TEACHER.pin, /Ms\. Rivera/);
  await connect(laptop, database);
  await syncNow(laptop);

  // Ana's tablet: set up on its own, then given the classroom by the server and set to Ana.
  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  await syncNow(tablet);
  await tablet
    .getByRole('combobox', { name: 'Student screen on this tablet' })
    .selectOption({ label: 'Only Ana' });
  await expect(tablet.getByRole('status').filter({ hasText: /^Saved\.$/ })).toHaveCount(1);
  await leaveAdultArea(tablet);
  await signIn(tablet, PARA.pin, /Mr\. Lee/);
  await openParaBar(tablet);
  await promptButton(tablet, 'Verbal').click();
  await expect(paraBar(tablet).getByText('Last record: Reading, Verbal')).toBeVisible();

  // On the laptop, with nobody pressing Sync: the para's prompt is in Ana's review.
  await laptop.getByRole('link', { name: 'Progress' }).click();
  const fidelity = laptop.getByRole('region', { name: /^Was the plan carried out\? Week of / });
  await expect(
    fidelity
      .getByRole('table', { name: 'Prompts each adult gave, against the plan in force' })
      .getByRole('row', { name: /Mr\. Lee/ }),
  ).toHaveText(/Mr\. Lee\s*0\s*0\s*0\s*1/, { timeout: 20_000 });

  // The teacher plans Math on the laptop; the para on the tablet reads the change first.
  await planActivity(laptop, {
    activity: 'Math',
    now: { wait: 5, prompt: 'Verbal' },
    next: { wait: 10, prompt: 'Gestural' },
    percent: 80,
    days: 3,
  });
  const changes = paraBar(tablet).getByRole('region', { name: 'The plan changed: 1 change to read first' });
  await expect(changes.getByRole('listitem')).toHaveText(['Math: new plan — wait 5 s, then Verbal'], {
    timeout: 20_000,
  });
  await expect(changes).toBeInViewport();
  await expectNoAxeViolations(tablet);
  await tablet.context().close();
});

/** How many records a device holds, read from its database. */
const recordCount = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('on-my-own');
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const request = db.transaction('events').objectStore('events').count();
    const count = await new Promise<number>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });

test.describe('the server stops in the middle of a sync', () => {
  // The server's answers are replaced here, which the page sees only without a service worker.
  test.use({ serviceWorkers: 'block' });

  test('stopped after its first batch and started again: the sync resumes, and every record arrives exactly once', async ({
    page: tablet,
    browser,
    baseURL,
  }) => {
    const database = `classroom-${Date.now()}`;
    expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);
    await completeSetup(tablet);
    await seedNotes(tablet, 450);
    const records = await recordCount(tablet);

    // Once the first batch is written the server stops: the proxy in front of it answers 502.
    let stopped = false;
    await tablet.route('**/couch/**', async (route) => {
      if (stopped) return route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad Gateway' });
      const response = await route.fetch();
      if (new URL(route.request().url()).pathname.endsWith('/_bulk_docs')) stopped = true;
      return route.fulfill({ response });
    });
    await connect(tablet, database);
    const panel = syncPanel(tablet);
    await expect(panel.getByTestId('sync-error')).toHaveText(
      "Last attempt failed: The sync server had a problem. This device keeps its records; try again later or ask the school's IT.",
      { timeout: 20_000 },
    );
    await expect(panel.getByTestId('sync-waiting')).not.toHaveText('Records waiting to be sent: 0.');

    // The server is back: one tap finishes what was left.
    await tablet.unroute('**/couch/**');
    await syncNow(tablet);
    await expect(panel.getByTestId('sync-error')).toHaveCount(0);

    const laptop = await anotherTablet(browser, baseURL);
    await completeSetup(laptop, 'Ben');
    await connect(laptop, database);
    await syncNow(laptop);
    // The laptop has the tablet's records and its own (none yet), each once: the server too.
    expect(await recordCount(laptop)).toBe(records);
    const onServer = await fetch(
      `http://127.0.0.1:${syncPort}/${database}/_all_docs?startkey=%22events:%22&endkey=%22events:%EF%BF%B0%22`,
    );
    expect(((await onServer.json()) as { rows: unknown[] }).rows).toHaveLength(records);
    await laptop.context().close();
  });
});

/** Changes a card's words on the Cards screen. */
async function renameCard(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('link', { name: 'Cards' }).click();
  await page.getByRole('button', { name: `Change ${from}` }).click();
  await page.getByRole('textbox', { name: 'Label' }).fill(to);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('status').getByText(`The card “${to}” was changed.`, { exact: false }),
  ).toBeVisible();
}

test('a card changed on two devices while offline ends the same on both: the later change, the other listed', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  expect((await fetch(`http://127.0.0.1:${syncPort}/${database}`, { method: 'PUT' })).status).toBe(201);
  await completeSetup(laptop);
  await laptop.getByRole('link', { name: 'Cards' }).click();
  await makeCard(laptop, { label: 'Snack' });
  await connect(laptop, database);
  await syncNow(laptop);

  const tablet = await anotherTablet(browser, baseURL);
  await completeSetup(tablet, 'Cleo');
  await connect(tablet, database);
  await syncNow(tablet);

  // Both offline (each has opened Cards once, so its screen is loaded); the laptop changes the card
  // first, the tablet after it.
  await tablet.getByRole('link', { name: 'Cards' }).click();
  await expect(tablet.getByRole('button', { name: 'Change Snack' })).toBeVisible();
  await laptop.context().setOffline(true);
  await tablet.context().setOffline(true);
  await renameCard(laptop, 'Snack', 'Snack time');
  await renameCard(tablet, 'Snack', 'Snack break');
  await laptop.context().setOffline(false);
  await tablet.context().setOffline(false);

  for (const device of [laptop, tablet]) {
    await device.getByRole('link', { name: 'Cards' }).click();
    await expect(device.getByRole('button', { name: 'Change Snack break' })).toBeVisible({ timeout: 20_000 });
    await expect(device.getByRole('button', { name: 'Change Snack time' })).toHaveCount(0);
  }
  await laptop.getByRole('link', { name: 'Settings' }).click();
  const twice = syncPanel(laptop).getByRole('list', { name: 'Edited on two devices' });
  await expect(twice.getByRole('listitem')).toHaveText([
    /^Cards “Snack break”: another device’s later edit replaced this device’s/,
  ]);
  await expectNoAxeViolations(laptop);
  await tablet.context().close();
});

/** On the server with accounts, as its admin would: the classroom's database, a teacher and a para. */
async function schoolClassroom(database: string) {
  const admin = `Basic ${btoa(`${SCHOOL_SERVER_ADMIN.name}:${SCHOOL_SERVER_ADMIN.password}`)}`;
  const asAdmin = (path: string, body?: unknown) =>
    fetch(`http://127.0.0.1:${schoolSyncPort}${path}`, {
      method: 'PUT',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const accounts = {
    teacher: { username: `rivera-${database}`, password: 'teach-e2e', role: 'omo-teacher' },
    para: { username: `lee-${database}`, password: 'para-e2e', role: 'omo-para' },
  };
  expect((await asAdmin(`/${database}`)).status).toBe(201);
  for (const { username, password, role } of Object.values(accounts))
    expect(
      (
        await asAdmin(`/_users/org.couchdb.user:${username}`, {
          name: username,
          password,
          roles: [role],
          type: 'user',
        })
      ).status,
    ).toBe(201);
  // The one step only the server's admin can take: the teacher's role administers this database.
  expect((await asAdmin(`/${database}/_security`, { admins: { roles: ['omo-teacher'] } })).status).toBe(200);
  return accounts;
}

/** Settings → Classroom sync with an account, on the server with accounts behind /school-couch. */
async function connectAs(page: Page, database: string, account: { username: string; password: string }) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const panel = syncPanel(page);
  await panel.getByLabel('Server address').fill(new URL('/school-couch', page.url()).href);
  await panel.getByLabel('Classroom database').fill(database);
  await panel.getByLabel('Account', { exact: true }).fill(account.username);
  await panel.getByLabel('Password').fill(account.password);
  await panel.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved.');
}

test('on a para’s account the server takes records but refuses changes to the plan, and the device says which, in words', async ({
  page: laptop,
  browser,
  baseURL,
}) => {
  const database = `classroom-${Date.now()}`;
  const accounts = await schoolClassroom(database);

  await completeSetup(laptop);
  await addStudent(laptop, 'Ben');
  await connectAs(laptop, database, accounts.teacher);
  const panel = syncPanel(laptop);
  await panel.getByRole('button', { name: "Install the classroom's rules on the server" }).click();
  await expect(panel.getByRole('status')).toContainText("only the teacher's account change the plan");
  await syncNow(laptop);

  // A para's phone, set up on its own and synced with the para's account: its own setup (a student
  // Cleo) is a change to the plan the server refuses; the classroom comes down all the same.
  const phone = await anotherTablet(browser, baseURL);
  await completeSetup(phone, 'Cleo');
  await connectAs(phone, database, accounts.para);
  await syncNow(phone);
  const refused = syncPanel(phone).getByRole('list', { name: 'Refused by the server' });
  await refused.scrollIntoViewIfNeeded();
  await expect(refused).toBeInViewport();
  await expect(
    refused.getByRole('listitem').filter({ hasText: 'Students “Cleo”, changed here' }),
  ).toHaveCount(1);
  await expect(
    syncPanel(phone).getByText('The server takes changes to the plan only from the teacher’s account.'),
  ).toBeVisible();
  await expectNoAxeViolations(phone);
  await expect((await studentsOf(phone)).getByText('Ben', { exact: true })).toHaveCount(1);

  await laptop.getByRole('link', { name: 'Settings' }).click();
  await syncNow(laptop);
  await expect((await studentsOf(laptop)).getByText('Cleo', { exact: true })).toHaveCount(0);
  await phone.context().close();
});
