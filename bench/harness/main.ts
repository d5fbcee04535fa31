// The bench's page on the app's origin: makes the generated year through the app's own
// repositories, in the browser, in the app's database. Built by bench/vite.bench.config.ts into
// bench/.build, served beside the production build by the bench only; never part of dist/.
import { AppDb } from '../../src/db/app-db';
import { currentDatabaseName } from '../../src/db/current-database';
import { mergeBackup, restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { saveBoard } from '../../src/db/repos/boards';
import { createCard } from '../../src/db/repos/cards';
import { eventsOfStudentDay } from '../../src/db/repos/events';
import { saveReportingPeriods, saveReviewPlan } from '../../src/db/repos/review';
import { assignScale, saveScale } from '../../src/db/repos/scales';
import { ensureDaySchedule } from '../../src/db/repos/schedule-reads';
import { saveSchedule } from '../../src/db/repos/schedules';
import { changeSetting, deviceIdOf } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff, listStaff, signIn } from '../../src/db/repos/staff';
import { addStudent } from '../../src/db/repos/students';
import { saveTarget } from '../../src/db/repos/targets';
import { syncOnce } from '../../src/db/sync/replicator';
import type { AppEvent, ScaleLevel } from '../../src/domain/events';
import { type CardId, monotonicUlids } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { scaleDraft } from '../../src/domain/scales';
import { dayBounds, type SchoolDay } from '../../src/domain/time';
import { appendEvents } from './append-events';
import { type RowCosts, rowCosts } from './row-costs';
import {
  CARD_LABELS,
  dayEvents,
  growthOf,
  hasSelfReports,
  RECESS_CHOICES,
  SELF_CHECK_SECONDS,
  type StudentSetup,
  schoolDaysBefore,
  streamOf,
  usesTokens,
  weekdayOfDate,
  weekdayTemplate,
  YEAR_SHAPE,
} from './year';

export const BENCH_TEACHER = { name: 'Ms. Rivera', pin: '2468' } as const;
const BENCH_PARA = { name: 'Mr. Lee', pin: '1357' } as const;
const FIRST_NAMES = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jo'];
/** Events written per transaction: large enough to be quick, small enough to keep memory low. */
const BATCH_EVENTS = 5000;

/** The app's database; a restore (the bench's last step) switches it to the restored one. */
let db = new AppDb(currentDatabaseName());
const studentName = (index: number) =>
  `${FIRST_NAMES[index % FIRST_NAMES.length]} ${String.fromCharCode(65 + Math.floor(index / 10))}.`;

const symbol = (hue: number) =>
  new Blob(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="12" fill="hsl(${hue} 70% 55%)"/></svg>`,
    ],
    { type: 'image/svg+xml' },
  );

async function teacherSession(): Promise<AdultSession> {
  const teacher = (await listStaff(db)).find((member) => member.role === 'teacher');
  if (!teacher) throw new Error('no teacher: generate the year first');
  return signIn(db, teacher.id, BENCH_TEACHER.pin, Date.now());
}

export type YearReport = {
  students: number;
  schoolDays: number;
  firstDay: SchoolDay;
  lastDay: SchoolDay;
  events: number;
  schedules: number;
  ms: { setup: number; daySchedules: number; events: number; total: number };
};

/**
 * The class and its year: teacher, para, 30 students with a week of schedules each, cards,
 * a recess board, a feelings scale and self-checks, reporting periods and review plans; then
 * 180 school days of events ending the day before `today`, and today's schedules.
 */
async function generateYear(seed: number, today: SchoolDay): Promise<YearReport> {
  const started = performance.now();
  const now = Date.now();
  const { session, student: first } = await completeSetup(
    db,
    { teacherName: BENCH_TEACHER.name, pin: BENCH_TEACHER.pin, studentName: studentName(0) },
    now,
  );
  const para = await addStaff(db, session, { ...BENCH_PARA, role: 'para' }, now);
  const students: Student[] = [first];
  for (let index = 1; index < YEAR_SHAPE.students; index++)
    students.push(await addStudent(db, session, { name: studentName(index) }, now));
  const cards = new Map<string, CardId>();
  for (const [index, label] of CARD_LABELS.entries()) {
    const card = await createCard(
      db,
      session,
      { label, picture: { blob: symbol((index * 37) % 360), kind: 'symbol' } },
      now,
    );
    cards.set(label, card.id);
  }
  const board = await saveBoard(
    db,
    session,
    undefined,
    { name: 'Recess', options: RECESS_CHOICES.map((label) => ({ cardId: cards.get(label) })) },
    now,
  );
  const words = ['Calm', 'Okay', 'Worried', 'Upset', 'Very upset'];
  const scale = await saveScale(
    db,
    session,
    undefined,
    scaleDraft('How am I feeling?', (level: ScaleLevel) => ({
      label: words[level - 1] ?? '',
      looksLike: 'What it looks like.',
      staffResponse: 'What every adult does.',
    })),
    now,
  );
  const days = schoolDaysBefore(today, YEAR_SHAPE.schoolDays);
  const firstDay = days[0] ?? today;
  const lastDay = days.at(-1) ?? today;
  const setups: StudentSetup[] = [];
  for (const [index, student] of students.entries()) {
    const random = streamOf(seed, index, 1);
    const week = [1, 2, 3, 4, 5].map(() => weekdayTemplate(random, cards, now));
    for (const [weekday, items] of week.entries())
      await saveSchedule(db, session, student.id, { kind: 'template', weekday: weekday + 1 }, items, now);
    const selfReports = hasSelfReports(index);
    if (selfReports)
      await assignScale(db, session, student.id, { scaleId: scale.id, checkInAtStart: true }, now);
    const target = selfReports
      ? await saveTarget(
          db,
          session,
          student.id,
          undefined,
          {
            question: 'Was I working?',
            answer: 'yes-no',
            when: { kind: 'interval', seconds: SELF_CHECK_SECONDS },
            checks: 'random-1-in-4',
          },
          now,
        )
      : undefined;
    setups.push({
      index,
      studentId: student.id,
      paraId: para.id,
      ...(selfReports ? { scaleId: scale.id } : {}),
      ...(target ? { targetId: target.id } : {}),
      tokens: usesTokens(index),
      board: { boardId: board.id, options: board.options },
      growth: growthOf(random),
    });
    const baseline = { from: firstDay, to: days[19] ?? lastDay };
    const trial = { from: days.at(-30) ?? firstDay, to: lastDay };
    await saveReviewPlan(db, session, student.id, { baseline, trial, aimPercent: 80 });
  }
  const third = Math.floor(days.length / 3);
  await saveReportingPeriods(db, session, [
    { name: 'Fall', from: firstDay, to: days[third - 1] },
    { name: 'Winter', from: days[third], to: days[2 * third - 1] },
    { name: 'Spring', from: days[2 * third], to: lastDay },
  ]);
  const setupDone = performance.now();

  const deviceId = await deviceIdOf(db, now);
  const streams = setups.map((setup) => streamOf(seed, setup.index, 2));
  let pending: AppEvent[] = [];
  let events = 0;
  let scheduling = 0;
  let appending = 0;
  let schedules = 0;
  for (const [dayIndex, day] of days.entries()) {
    const morning = new Date(`${day}T07:30`).getTime();
    for (const [index, setup] of setups.entries()) {
      // The day's copy of the weekday's schedule, as the kiosk makes it when the day opens.
      const before = performance.now();
      const schedule = await ensureDaySchedule(db, setup.studentId, day, morning);
      scheduling += performance.now() - before;
      const random = streams[index];
      if (!schedule || !random) throw new Error(`no schedule for ${day}`);
      schedules++;
      pending.push(...dayEvents(random, setup, schedule, day, dayIndex / (days.length - 1), deviceId));
    }
    // Whole days only, so a correction and the event it cancels are written together.
    if (pending.length >= BATCH_EVENTS || dayIndex === days.length - 1) {
      const before = performance.now();
      await appendEvents(db, pending);
      appending += performance.now() - before;
      events += pending.length;
      pending = [];
    }
  }

  return {
    students: students.length,
    schoolDays: days.length,
    firstDay,
    lastDay,
    events,
    schedules,
    ms: {
      setup: Math.round(setupDone - started),
      daySchedules: Math.round(scheduling),
      events: Math.round(appending),
      total: Math.round(performance.now() - started),
    },
  };
}

/**
 * Today's schedule of every student (the weekday's, or Monday's on a weekend, so the bench runs
 * any day), written as the teacher would for the day, and the tablet set to the first student.
 */
async function prepareToday(today: SchoolDay): Promise<void> {
  const session = await teacherSession();
  const students = await db.students.toArray();
  for (const student of students) {
    const template = await db.schedules
      .where('studentId')
      .equals(student.id)
      .filter(
        (schedule) => schedule.slot.kind === 'template' && schedule.slot.weekday === weekdayOfDate(today),
      )
      .first();
    await saveSchedule(
      db,
      session,
      student.id,
      { kind: 'day', day: today },
      template?.items ?? [],
      Date.now(),
    );
  }
}

/** The students by name, with whether they rate and answer self-checks. */
async function studentsOfClass(): Promise<{ id: string; name: string; selfReports: boolean }[]> {
  const students = (await db.students.toArray()).sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  );
  return students.map((student) => ({
    id: student.id,
    name: student.name,
    selfReports: student.scale !== undefined,
  }));
}

/** The tablet set to one student, as the teacher does in Settings. */
async function setKioskStudent(studentId: string): Promise<void> {
  await changeSetting(db, await teacherSession(), 'kioskStudentId', studentId as Student['id']);
}

async function eventCount(): Promise<number> {
  return db.events.count();
}

/** The passphrase of the sealed export: only its cost (key derivation, AES-GCM) matters here. */
const BENCH_PASSPHRASE = 'bench passphrase';
/** The last unsealed export, kept in the page so the restore and merge read the very same file. */
let lastBackup: Blob | undefined;

export type BackupTiming = { ms: number; bytes: number };

/** The whole year saved to a backup file as the teacher's Backup screen does, sealed or not. */
async function exportYear(sealed: boolean): Promise<BackupTiming> {
  const session = await teacherSession();
  const started = performance.now();
  const file = await exportBackup(db, session, {
    now: Date.now(),
    ...(sealed ? { passphrase: BENCH_PASSPHRASE } : {}),
  });
  const ms = performance.now() - started;
  if (!sealed) lastBackup = file;
  return { ms, bytes: file.size };
}

function exportedFile(): File {
  if (!lastBackup) throw new Error('export the year first');
  // As the Backup screen hands over the file the teacher picked.
  return new File([lastBackup], 'on-my-own-backup.json', { type: lastBackup.type });
}

/** The year's file merged into the tablet that already holds it: nothing new is added. */
async function mergeYear(): Promise<{ ms: number; addedEvents: number; resolutions: number }> {
  const session = await teacherSession();
  const file = exportedFile();
  const started = performance.now();
  const summary = await mergeBackup(db, session, file);
  return {
    ms: performance.now() - started,
    addedEvents: summary.added.events,
    resolutions: summary.resolutions.length,
  };
}

/**
 * The year's file restored over the tablet's data: read once into a new database, checked, the
 * day figures worked out from its events, and switched to (everything replaced).
 */
async function restoreYear(): Promise<{ ms: number; events: number }> {
  const session = await teacherSession();
  const file = exportedFile();
  const started = performance.now();
  const summary = await restoreBackup(db, session, file);
  const ms = performance.now() - started;
  db = summary.database;
  return { ms, events: summary.counts.events };
}

/** IndexedDB's own cost of the year's events, one row each and one row per student's day. */
async function eventRowCosts(): Promise<RowCosts> {
  return rowCosts(db);
}

export type SyncTiming = { ms: number; pushed: number; pulled: number; setAside: number };

/** One sync of this device's database with the loopback server, as "Sync now" runs it. */
async function syncWith(server: string, database: string): Promise<SyncTiming> {
  const started = performance.now();
  const report = await syncOnce(db, { server, database }, { now: () => Date.now() });
  return {
    ms: performance.now() - started,
    pushed: report.pushed,
    pulled: report.pulled,
    setAside: report.setAside.length,
  };
}

/** Records that name no other record: a day of them can be copied to another day as they are. */
const COPIABLE = new Set<AppEvent['type']>([
  'step-shown',
  'step-started',
  'step-finished',
  'note',
  'token-given',
  'choice-made',
  'scale-rated',
  'self-check-answered',
  'support-noted',
]);

/**
 * A school day's records of the whole class, made on this device: `from`'s records of every
 * student copied to `to` with new ids and moments, as a day of the class sends them to the server.
 */
async function copyClassDay(from: SchoolDay, to: SchoolDay): Promise<number> {
  const shift = dayBounds(to).from - dayBounds(from).from;
  // Ids of the moment they are made, as the app's records have: a copy run after school hours
  // would otherwise carry ids older than the device's last push, which a sync never offers.
  const idNow = monotonicUlids<'event'>();
  const madeAt = Date.now();
  const copies: AppEvent[] = [];
  for (const student of await db.students.toArray())
    for (const event of await eventsOfStudentDay(db, student.id, from)) {
      if (!COPIABLE.has(event.type)) continue;
      const at = event.at + shift;
      copies.push({ ...event, id: idNow(madeAt), at, day: to } as AppEvent);
    }
  await appendEvents(db, copies);
  return copies.length;
}

/** The last school day with records, before `today`. */
async function lastRecordedDay(today: SchoolDay): Promise<SchoolDay | undefined> {
  return (
    await db.rollups
      .orderBy('day')
      .reverse()
      .filter((rollup) => rollup.day < today)
      .first()
  )?.day;
}

const bench = {
  generateYear,
  prepareToday,
  studentsOfClass,
  setKioskStudent,
  eventCount,
  exportYear,
  mergeYear,
  restoreYear,
  eventRowCosts,
  syncWith,
  copyClassDay,
  lastRecordedDay,
};
export type BenchHarness = typeof bench;
(window as unknown as { bench: BenchHarness }).bench = bench;
document.body.dataset.ready = 'true';
