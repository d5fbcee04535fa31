// Words and recordings per language: a card, a scale's levels and a question keep their Spanish
// (or English) words and the teacher's recordings of them, through edits, backups and restores.
import { afterEach, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { BackupWriter } from '../../src/db/backup/writer';
import { restoreBackup } from '../../src/db/repos/backup';
import { exportBackup } from '../../src/db/repos/backup-export';
import { createCard, setCardRecording, updateCard } from '../../src/db/repos/cards';
import { kioskStart } from '../../src/db/repos/kiosk-start';
import { saveScale, setLevelRecording } from '../../src/db/repos/scales';
import { changeSetting, classroomLocaleOf, writeSetting } from '../../src/db/repos/settings';
import { completeSetup } from '../../src/db/repos/setup';
import { saveTarget, setTargetRecording } from '../../src/db/repos/targets';
import type { FileRecord } from '../../src/domain/backup/record-schemas';
import { scaleDraft } from '../../src/domain/scales';
import { freshDb } from '../support/fresh-db';
import { fullDump } from '../support/full-dump';
import { tinyWav, wavBlob } from '../support/sounds';

const NOW = new Date(2026, 8, 7, 8, 0).getTime();
let dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

async function classroom() {
  const db = freshDb();
  dbs.push(db);
  const { session: teacher, student } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  );
  if (!student) throw new Error('setup makes the first student');
  return { db, teacher, student };
}

const bytesOf = async (db: AppDb, mediaId: string | undefined) =>
  new Uint8Array(await ((await db.media.get(mediaId as never))?.blob.arrayBuffer() ?? new ArrayBuffer(0)));

const feelings = (spanish: boolean) => {
  const draft = scaleDraft('How am I feeling?', (level) => ({
    label: ['Calm', 'Okay', 'Worried', 'Upset', 'Very upset'][level - 1] ?? '',
    looksLike: '',
    staffResponse: '',
  }));
  if (!spanish) return draft;
  const words = ['Tranquilo', 'Bien', 'Preocupado', 'Molesto', 'Muy molesto'];
  return {
    ...draft,
    inLanguages: { es: { name: '¿Cómo me siento?' } },
    levels: draft.levels.map((level) => ({
      ...level,
      inLanguages: { es: { label: words[level.level - 1] } },
    })),
  };
};

test('a card keeps its Spanish words and recording through an edit; taking the words away takes the recording', async () => {
  const { db, teacher } = await classroom();
  const card = await createCard(
    db,
    teacher,
    { label: 'Lunch', inLanguages: { es: { label: ' Almuerzo ', spokenText: '' } } },
    NOW,
  );
  expect(card.inLanguages).toEqual({ es: { label: 'Almuerzo' } });

  const recorded = await setCardRecording(db, teacher, card.id, wavBlob(800, 5), NOW + 1, 'es');
  const spanish = recorded.inLanguages?.es?.recording?.mediaId;
  expect(recorded.recording).toBeUndefined();
  expect(await bytesOf(db, spanish)).toEqual(tinyWav(800, 5));

  await updateCard(
    db,
    teacher,
    card.id,
    {
      label: 'Lunch',
      inLanguages: { es: { label: 'Comida', spokenText: 'Hora de comer' } },
      picture: 'keep',
    },
    NOW + 2,
  );
  expect((await db.cards.get(card.id))?.inLanguages).toEqual({
    es: { label: 'Comida', spokenText: 'Hora de comer', recording: { mediaId: spanish } },
  });

  await updateCard(db, teacher, card.id, { label: 'Lunch', picture: 'keep' }, NOW + 3);
  expect((await db.cards.get(card.id))?.inLanguages).toBeUndefined();
  expect(await db.media.count()).toBe(0);
});

test('no recording in a language without words; words over the limits or in an unknown language are refused', async () => {
  const { db, teacher } = await classroom();
  const card = await createCard(db, teacher, { label: 'Lunch' }, NOW);
  await expect(setCardRecording(db, teacher, card.id, wavBlob(), NOW, 'es')).rejects.toMatchObject({
    code: 'words-missing',
  });
  for (const inLanguages of [
    { es: { label: 'A'.repeat(61) } },
    { fr: { label: 'Déjeuner' } },
    { es: { label: '  ' } },
  ])
    await expect(createCard(db, teacher, { label: 'Recess', inLanguages }, NOW)).rejects.toMatchObject({
      code: 'invalid-input',
    });
  expect(await db.cards.count()).toBe(1);
  expect(await db.media.count()).toBe(0);
});

test("a scale's levels keep their words and recordings per language when the scale is saved again", async () => {
  const { db, teacher } = await classroom();
  const scale = await saveScale(db, teacher, undefined, feelings(true), NOW);
  await setLevelRecording(db, teacher, scale.id, 1, wavBlob(800, 3), NOW + 1);
  const recorded = await setLevelRecording(db, teacher, scale.id, 1, wavBlob(800, 4), NOW + 2, 'es');
  const calm = recorded.levels[0];
  expect(calm?.inLanguages?.es?.label).toBe('Tranquilo');
  expect(await bytesOf(db, calm?.recording?.mediaId)).toEqual(tinyWav(800, 3));
  expect(await bytesOf(db, calm?.inLanguages?.es?.recording?.mediaId)).toEqual(tinyWav(800, 4));

  const again = await saveScale(db, teacher, scale.id, feelings(true), NOW + 3);
  expect(again.levels[0]).toEqual(calm);
  expect(again.inLanguages).toEqual({ es: { name: '¿Cómo me siento?' } });

  // Without the Spanish words, the Spanish recording goes; the English one stays.
  const english = await saveScale(db, teacher, scale.id, feelings(false), NOW + 4);
  expect(english.inLanguages).toBeUndefined();
  expect(english.levels[0]?.inLanguages).toBeUndefined();
  expect(english.levels[0]?.recording).toEqual(calm?.recording);
  expect(await db.media.count()).toBe(1);
});

test('a question keeps its words and recordings per language; a para cannot record one', async () => {
  const { db, teacher, student } = await classroom();
  const question = {
    question: 'Was I working?',
    inLanguages: { es: { question: '¿Estuve trabajando?' } },
    answer: 'yes-no',
    when: { kind: 'interval', seconds: 60 },
    checks: 'every',
  };
  const target = await saveTarget(db, teacher, student.id, undefined, question, NOW);
  await expect(
    setTargetRecording(db, { ...teacher, role: 'para' }, target.id, wavBlob(), NOW, 'es'),
  ).rejects.toMatchObject({ code: 'not-allowed' });
  await setTargetRecording(db, teacher, target.id, wavBlob(800, 6), NOW + 1, 'es');
  const saved = await saveTarget(db, teacher, student.id, target.id, question, NOW + 2);
  expect(await bytesOf(db, saved.inLanguages?.es?.recording?.mediaId)).toEqual(tinyWav(800, 6));
  expect(saved.inLanguages?.es?.question).toBe('¿Estuve trabajando?');
});

test('a backup carries the words and recordings per language, and the classroom language: restored, they are the same', async () => {
  const { db, teacher, student } = await classroom();
  await writeSetting(db, 'classroomLocale', 'en', NOW);
  const card = await createCard(
    db,
    teacher,
    { label: 'Lunch', inLanguages: { es: { label: 'Almuerzo' } } },
    NOW,
  );
  await setCardRecording(db, teacher, card.id, wavBlob(800, 5), NOW, 'es');
  const scale = await saveScale(db, teacher, undefined, feelings(true), NOW);
  await setLevelRecording(db, teacher, scale.id, 3, wavBlob(800, 7), NOW, 'es');
  const target = await saveTarget(
    db,
    teacher,
    student.id,
    undefined,
    {
      question: 'Was I working?',
      inLanguages: { es: { question: '¿Estuve trabajando?' } },
      answer: 'yes-no',
      when: { kind: 'interval', seconds: 60 },
      checks: 'every',
    },
    NOW,
  );
  await setTargetRecording(db, teacher, target.id, wavBlob(800, 9), NOW, 'es');
  const file = await exportBackup(db, teacher, { now: NOW + 1000 });

  const wiped = freshDb();
  dbs.push(wiped);
  await writeSetting(wiped, 'adultLocale', 'es', NOW);
  const tablet = (await restoreBackup(wiped, teacher, file)).database;
  dbs.push(tablet);
  expect(await tablet.cards.get(card.id)).toEqual(await db.cards.get(card.id));
  expect(await tablet.scales.get(scale.id)).toEqual(await db.scales.get(scale.id));
  expect(await tablet.targets.get(target.id)).toEqual(await db.targets.get(target.id));
  const restored = await tablet.targets.get(target.id);
  expect(await bytesOf(tablet, restored?.inLanguages?.es?.recording?.mediaId)).toEqual(tinyWav(800, 9));
  // The classroom's language travels; this tablet's Spanish adult screens do not change it.
  expect(await classroomLocaleOf(tablet)).toBe('en');
  expect((await kioskStart(tablet)).classroomLocale).toBe('en');
});

test('without a classroom language set, the main words are taken to be in the language of the adult screens', async () => {
  const { db } = await classroom();
  expect(await classroomLocaleOf(db)).toBe('en');
  await writeSetting(db, 'adultLocale', 'es', NOW);
  expect(await classroomLocaleOf(db)).toBe('es');
  await writeSetting(db, 'classroomLocale', 'en', NOW);
  expect(await classroomLocaleOf(db)).toBe('en');
});

test('a teacher who turns the adult screens to Spanish does not turn the classroom’s English words Spanish', async () => {
  const { db, teacher } = await classroom();
  await changeSetting(db, teacher, 'adultLocale', 'es', NOW);
  expect(await classroomLocaleOf(db)).toBe('en');
  await changeSetting(db, teacher, 'adultLocale', 'en', NOW);
  await changeSetting(db, teacher, 'classroomLocale', 'es', NOW);
  await changeSetting(db, teacher, 'adultLocale', 'en', NOW);
  expect(await classroomLocaleOf(db)).toBe('es');
});

test('a hostile backup with bad words in another language is refused, and nothing changes', async () => {
  const { db, teacher } = await classroom();
  const card = await createCard(
    db,
    teacher,
    { label: 'Lunch', inLanguages: { es: { label: 'Almuerzo' } } },
    NOW,
  );
  const good = await exportBackup(db, teacher, { now: NOW + 1000 });
  const records = (await good.text())
    .split('\n')
    .slice(1, -2)
    .flatMap((line) => (JSON.parse(line) as { records: FileRecord[] }).records);
  const before = await fullDump(db);
  const withCard = (inLanguages: unknown) =>
    records.map((record) =>
      record.t === 'cards' && record.v.id === card.id
        ? { t: 'cards', v: { ...record.v, inLanguages } }
        : record,
    );
  for (const inLanguages of [
    { es: { label: 'A'.repeat(10_000) } },
    { xx: { label: 'Almuerzo' } },
    { es: { label: 'Almuerzo', recording: { mediaId: card.id } } },
  ]) {
    const writer = await BackupWriter.start({ createdAt: NOW, iterations: 1000 });
    for (const record of withCard(inLanguages)) await writer.add(record as FileRecord);
    await expect(restoreBackup(db, teacher, await writer.finish())).rejects.toMatchObject({
      code: expect.stringMatching(/^backup-/),
    });
    expect(await fullDump(db)).toEqual(before);
  }
});

test('a recording a scale level still plays stays when a card with the same sound lets go of it', async () => {
  const { db, teacher } = await classroom();
  const card = await createCard(
    db,
    teacher,
    { label: 'Calm', inLanguages: { es: { label: 'Tranquilo' } } },
    NOW,
  );
  const scale = await saveScale(db, teacher, undefined, feelings(true), NOW);
  // The same bytes: stored once, played by both.
  await setCardRecording(db, teacher, card.id, wavBlob(800, 5), NOW, 'es');
  const level = (await setLevelRecording(db, teacher, scale.id, 1, wavBlob(800, 5), NOW, 'es')).levels[0];
  const shared = level?.inLanguages?.es?.recording?.mediaId;
  expect((await db.cards.get(card.id))?.inLanguages?.es?.recording?.mediaId).toBe(shared);

  await setCardRecording(db, teacher, card.id, undefined, NOW + 1, 'es');
  expect(await bytesOf(db, shared)).toEqual(tinyWav(800, 5));
  await setLevelRecording(db, teacher, scale.id, 1, undefined, NOW + 2, 'es');
  expect(await db.media.count()).toBe(0);
});
