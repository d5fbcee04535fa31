// The whole kiosk over the app's database (fake-indexeddb): the student's day as the kiosk reads
// it, when the tablet is set to another student while it is open, and what it keeps of its last
// screen: as it takes over from that screen's snapshot, and nothing after a picture login.
import { render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { clock } from '../../src/app/clock';
import { KioskNavigationContext } from '../../src/app/kiosk-navigation';
import { endPictureLogin } from '../../src/app/picture-login';
import { db } from '../../src/db/instance';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { keepKioskSnapshot, readKioskSnapshot } from '../../src/db/repos/kiosk-snapshot';
import { saveSchedule } from '../../src/db/repos/schedules';
import { changeSetting } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import { addStudent } from '../../src/db/repos/students';
import { type StepId, ulid } from '../../src/domain/ids';
import type { KioskSnapshot } from '../../src/domain/kiosk-snapshot';
import type { AdultSession, Student } from '../../src/domain/people';
import { SETTLE_MS } from '../../src/domain/step-records';
import { schoolDayOf } from '../../src/domain/time';
import { Kiosk } from '../../src/ui/student/kiosk';
import { stubSpeech } from '../support/speech';

// The service worker's module needs the PWA plugin's build: the kiosk only asks it to hold updates.
vi.mock('../../src/pwa/service-worker', () => ({ holdUpdatesWhile: () => undefined }));

const SNAPSHOT_KEY = 'on-my-own:kiosk-snapshot';
// A Monday morning on the app's clock, whatever day the tests run on: the weekday's schedule applies.
const MONDAY = new Date(2026, 8, 7, 9).getTime();
const TODAY = schoolDayOf(MONDAY);
const navigation = { toAdultArea: () => undefined, toSetup: () => undefined, holdHistory: () => undefined };

beforeAll(() => {
  // jsdom lays nothing out: the layouts bring the current step into view and watch their size.
  HTMLElement.prototype.scrollIntoView = () => undefined;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

const stepIds = new Map<string, StepId>();
let teacher: AdultSession;
let ana: Student;
let ben: Student;

beforeEach(async () => {
  stubSpeech([]);
  localStorage.clear();
  const offset = MONDAY - Date.now();
  vi.spyOn(clock, 'now').mockImplementation(() => Date.now() + offset);
  await Promise.all(db.tables.map((table) => table.clear()));
  const now = MONDAY;
  ({ session: teacher, student: ana } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    now,
  ));
  ben = await addStudent(db, teacher, { name: 'Ben' }, now);
  const step = async (label: string) => {
    const id = ulid<'step'>(now);
    stepIds.set(label, id);
    return { id, cardId: (await createCard(db, teacher, { label }, now)).id, miniSteps: [] };
  };
  // Each a weekday's schedule only: the kiosk makes the day's copy when it opens the day.
  const monday = { kind: 'template', weekday: 1 };
  await saveSchedule(db, teacher, ana.id, monday, [await step('Reading'), await step('Math')], now);
  await saveSchedule(db, teacher, ben.id, monday, [await step('Art'), await step('Music')], now);
});
afterEach(() => {
  vi.restoreAllMocks();
  endPictureLogin();
});

const showKiosk = () =>
  render(() => (
    <KioskNavigationContext.Provider value={navigation}>
      <Kiosk />
    </KioskNavigationContext.Provider>
  ));

/** Ana's last screen as kept on this tablet: Reading to start, then Math, unless `kept` says otherwise. */
const anasSnapshot = (kept: Partial<KioskSnapshot> = {}) =>
  keepKioskSnapshot({
    version: 1,
    studentId: ana.id,
    day: TODAY,
    locale: 'en',
    name: 'Ana',
    layout: 'list',
    steps: [
      { label: 'Reading', status: 'current' },
      { label: 'Math', status: 'upcoming' },
    ],
    action: { tap: 'start' },
    ...kept,
  });

const startButton = () => screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement;

test('the tablet set to another student while the kiosk is open shows that student’s own day, which takes their tap', async () => {
  await changeSetting(db, teacher, 'kioskStudentId', ana.id, MONDAY);
  showKiosk();
  await screen.findByRole('heading', { name: 'Hello, Ana' });
  await waitFor(() => expect(startButton().disabled).toBe(false), { timeout: 3000 });
  await userEvent.click(startButton());
  await screen.findByRole('button', { name: /Done/ });

  await changeSetting(db, teacher, 'kioskStudentId', ben.id, MONDAY);
  await screen.findByRole('heading', { name: 'Hello, Ben' });
  // Ben's day, made from his weekday's schedule, with his first step waiting for its start.
  expect(await screen.findByText('Art')).toBeTruthy();
  expect(screen.queryByText('Reading')).toBeNull();
  await waitFor(() => expect(startButton().disabled).toBe(false), { timeout: 3000 });
  await userEvent.click(startButton());
  await screen.findByRole('button', { name: /Done/ });
  const bensStarts = (await eventsOfStudentDay(db, ben.id, TODAY)).filter((e) => e.type === 'step-started');
  expect(bensStarts.map((event) => 'stepId' in event && event.stepId)).toEqual([stepIds.get('Art')]);
});

test('taking over from the snapshot, the kiosk shows the day with its cards’ words and keeps a whole snapshot', async () => {
  await changeSetting(db, teacher, 'kioskStudentId', ana.id, MONDAY);
  const day = TODAY;
  // Kept by an older screen without its control: the kiosk keeps it anew once it has the day.
  anasSnapshot({ action: undefined });
  const written: string[] = [];
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
    if (key === SNAPSHOT_KEY) written.push(value);
    setItem.call(this, key, value);
  });
  // Whenever the kiosk's own day is on screen (its control takes a tap), its steps have their words.
  const seen: string[][] = [];
  const observer = new MutationObserver(() => {
    const list = document.querySelector('.kiosk-day ol');
    if (list) seen.push([...list.querySelectorAll('li')].map((row) => row.textContent ?? ''));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  showKiosk();
  await waitFor(() => expect(startButton().disabled).toBe(false), { timeout: 3000 });
  observer.disconnect();

  expect(seen.length).toBeGreaterThan(0);
  for (const rows of seen) for (const row of rows) expect(row).toMatch(/Reading|Math/);
  // Every snapshot written on the way is whole: one a reload could paint.
  expect(written.length).toBeGreaterThan(0);
  expect(JSON.parse(written.at(-1) ?? '{}').action).toEqual({ tap: 'start' });
  for (const value of written) expect(JSON.parse(value).steps).toHaveLength(2);
  expect(readKioskSnapshot({ day, studentId: ana.id })?.steps.map((step) => step.label)).toEqual([
    'Reading',
    'Math',
  ]);
});

test('a student who chose their picture on a shared tablet leaves no snapshot: a reload shows the pictures again', async () => {
  showKiosk();
  await userEvent.click(await screen.findByRole('button', { name: 'Ben' }));
  await screen.findByRole('heading', { name: 'Hello, Ben' });
  await waitFor(() => expect(startButton().disabled).toBe(false), { timeout: 3000 });
  await userEvent.click(startButton());
  await screen.findByRole('button', { name: /Done/ });
  expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
});

/** Ana's day opened on this tablet, then the page gone: her step was shown and her screen kept. */
async function anaOpenedBefore() {
  await changeSetting(db, teacher, 'kioskStudentId', ana.id, MONDAY);
  const before = showKiosk();
  await waitFor(() => expect(startButton().disabled).toBe(false), { timeout: 3000 });
  before.unmount();
}

/**
 * The app's clock stopped, and its timers held: time passes only as the test says, and a control
 * waiting to settle asks the clock for the rest of its half second, and takes no tap until the
 * clock is let go.
 */
function stopClock() {
  let now = clock.now();
  vi.spyOn(clock, 'now').mockImplementation(() => now);
  const after = clock.after;
  const held: (() => void)[] = [];
  let holding = true;
  const waits = vi.spyOn(clock, 'after').mockImplementation((ms, callback) => {
    if (!holding) return after(ms, callback);
    held.push(callback);
    return () => undefined;
  });
  return {
    pass: (ms: number) => {
      now += ms;
    },
    /** Whether a control asked to wait `ms` to settle. */
    waited: (ms: number) => waits.mock.calls.some(([asked]) => asked === ms),
    letGo: () => {
      holding = false;
      for (const callback of held.splice(0)) callback();
    },
  };
}

const currentStep = () => document.querySelector('.kiosk-day [aria-current="step"]')?.textContent ?? '';

test('Start painted from the snapshot 0.6 s before the kiosk has read the day takes a tap at once: it has settled', async () => {
  await anaOpenedBefore();
  const time = stopClock();
  showKiosk();
  // The snapshot is on screen; the kiosk reads the day while 0.6 s pass on the app's clock.
  expect(startButton().disabled).toBe(true);
  time.pass(600);
  await waitFor(() => expect(startButton().disabled).toBe(false), { timeout: 3000 });
  time.pass(400);
  await userEvent.click(startButton());
  await screen.findByRole('button', { name: /Done/ });
  const starts = (await eventsOfStudentDay(db, ana.id, TODAY)).filter((e) => e.type === 'step-started');
  expect(starts.map((event) => 'stepId' in event && event.stepId)).toEqual([stepIds.get('Reading')]);
});

test('a snapshot of another step: the kiosk’s Start is a new control, and settles before it takes a tap', async () => {
  await anaOpenedBefore();
  anasSnapshot({
    steps: [
      { label: 'Reading', status: 'finished' },
      { label: 'Math', status: 'current' },
    ],
  });
  const time = stopClock();
  showKiosk();
  expect(currentStep()).toContain('Math');
  time.pass(600);
  // The kiosk's own day, with Reading still to start: its Start waits its half second.
  await waitFor(() => expect(time.waited(SETTLE_MS)).toBe(true), { timeout: 3000 });
  expect(currentStep()).toContain('Reading');
  expect(startButton().disabled).toBe(true);
  time.letGo();
  await waitFor(() => expect(startButton().disabled).toBe(false));
});

test('a snapshot replaced by the pictures leaves nothing to count from: the Start after a picture login settles', async () => {
  anasSnapshot();
  const time = stopClock();
  showKiosk();
  expect(currentStep()).toContain('Reading');
  time.pass(600);
  // The tablet is set to no student: the class's pictures replace the snapshot.
  await userEvent.click(await screen.findByRole('button', { name: 'Ana' }));
  await screen.findByRole('heading', { name: 'Hello, Ana' });
  await waitFor(() => expect(time.waited(SETTLE_MS)).toBe(true), { timeout: 3000 });
  expect(startButton().disabled).toBe(true);
  time.letGo();
  await waitFor(() => expect(startButton().disabled).toBe(false));
});

test('a snapshot painted in a hidden page counts from when the page was seen', async () => {
  await anaOpenedBefore();
  anasSnapshot();
  const time = stopClock();
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  showKiosk();
  time.pass(600);
  visibility.mockReturnValue('visible');
  document.dispatchEvent(new Event('visibilitychange'));
  time.pass(100);
  // Seen for a tenth of a second as the kiosk takes over: the rest of the half second to wait.
  await waitFor(() => expect(time.waited(SETTLE_MS - 100)).toBe(true), { timeout: 3000 });
  expect(startButton().disabled).toBe(true);
  time.letGo();
  await waitFor(() => expect(startButton().disabled).toBe(false));
});
