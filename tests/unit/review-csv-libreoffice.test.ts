// The review's CSV files opened by LibreOffice Calc, headless, with the Text Import dialog's
// settings as Calc offers them for these files (README, "CSV"): every cell lands in its own
// column with its text whole (accents, quotes, commas, line breaks), numbers as numbers, days as
// dates, local times as times, and nothing run as a formula. Calc is installed by .ci/run when absent.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ScaleId, TargetId } from '../../src/domain/ids';
import { dailySummaryCsv, eventsCsv, type RecordNames } from '../../src/domain/review/csv';
import { rollupsFromEvents } from '../../src/domain/rollup';
import { parseCsv } from '../support/csv';
import { ANA, anEvent, aStart, aVoid, BEN, morning, STEP } from '../support/events';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
/** Comma, double quote, Unicode (UTF-8), from line 1, every column "Standard": the dialog's defaults here. */
const CALC_IMPORT = 'Text - txt - csv (StarCalc):44,34,76,1';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

type CalcCell = {
  type: string;
  text: string;
  value?: string;
  date?: string;
  time?: string;
  formula?: string;
};

let work: string;
beforeAll(async () => {
  if (!existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is not at ${SOFFICE} (or SOFFICE_PATH): install it with sudo apt-get install -y libreoffice-calc-nogui`,
    );
  work = await mkdtemp(join(tmpdir(), 'on-my-own-calc-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The sheet Calc makes of a CSV file, read back from its flat OpenDocument file. */
async function openInCalc(name: string, csv: string): Promise<CalcCell[][]> {
  await writeFile(join(work, `${name}.csv`), csv, 'utf8');
  await promisify(execFile)(
    SOFFICE,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      `--infilter=${CALC_IMPORT}`,
      '--convert-to',
      'fods',
      '--outdir',
      work,
      join(work, `${name}.csv`),
    ],
    { timeout: 60_000 },
  );
  const xml = await readFile(join(work, `${name}.fods`), 'utf8');
  const document = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  return [...document.getElementsByTagNameNS(TABLE, 'table-row')].map((row) =>
    [...row.getElementsByTagNameNS(TABLE, 'table-cell')].flatMap((cell) => {
      const attribute = (namespace: string, local: string) =>
        cell.getAttributeNS(namespace, local) ?? undefined;
      const read: CalcCell = {
        type: attribute(OFFICE, 'value-type') ?? 'empty',
        text: [...cell.getElementsByTagNameNS(TEXT, 'p')].map((p) => p.textContent).join('\n'),
        ...(attribute(OFFICE, 'value') === undefined ? {} : { value: attribute(OFFICE, 'value') }),
        ...(attribute(OFFICE, 'date-value') === undefined ? {} : { date: attribute(OFFICE, 'date-value') }),
        ...(attribute(OFFICE, 'time-value') === undefined ? {} : { time: attribute(OFFICE, 'time-value') }),
        ...(attribute(TABLE, 'formula') === undefined ? {} : { formula: attribute(TABLE, 'formula') }),
      };
      return Array.from({ length: Number(attribute(TABLE, 'number-columns-repeated') ?? 1) }, () => read);
    }),
  );
}

/** What Calc should hold for each cell of the file: the same text, typed where a spreadsheet types it. */
function expectSameSheet(sheet: CalcCell[][], csv: string) {
  const rows = parseCsv(csv);
  expect(sheet).toHaveLength(rows.length);
  rows.forEach((row, rowIndex) => {
    // Calc leaves trailing empty cells out of a row.
    const cells = sheet[rowIndex] ?? [];
    row.forEach((expected, column) => {
      const cell = cells[column] ?? { type: 'empty', text: '' };
      const where = `row ${rowIndex + 1}, column ${column + 1}`;
      expect(cell.formula, where).toBeUndefined();
      if (expected === '') expect(cell.type, where).toBe('empty');
      else if (/^-?\d+(\.\d+)?$/.test(expected))
        expect({ ...cell, where }).toMatchObject({ type: 'float', value: expected, where });
      else if (/^\d{2}:\d{2}:\d{2}$/.test(expected)) {
        const [hours, minutes, seconds] = expected.split(':');
        expect({ ...cell, where }).toMatchObject({
          type: 'time',
          time: `PT${hours}H${minutes}M${seconds}S`,
          where,
        });
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(expected))
        expect({ ...cell, where }).toMatchObject({ type: 'date', date: expected, where });
      else expect({ ...cell, where }).toMatchObject({ type: 'string', text: expected, where });
    });
  });
}

const TARGET = '01K000000000000000000000G1' as TargetId;
const names: RecordNames = {
  studentName: (id) => (id === ANA ? 'Ana María Núñez' : 'Benjamín "Ben" O’Neil'),
  staffName: () => 'Sra. Peña, para',
  stepLabels: (id) => (id === STEP ? { activity: 'Matemáticas', step: 'Hoja, parte 1' } : undefined),
  question: (id) => (id === TARGET ? '¿Estaba trabajando?' : undefined),
  cardLabel: () => '=Recreo',
};
const start = aStart(BEN, morning(1, 0), 'verbal');
const wrong = aStart(ANA, morning(1, 3), 'independent');
const events = [
  start,
  wrong,
  aVoid(wrong, morning(1, 9)),
  anEvent(
    { type: 'note', studentId: ANA, actor: { kind: 'student' }, text: 'Calm after "break",\nthen lunch' },
    morning(2, 5),
  ),
  anEvent(
    { type: 'note', studentId: BEN, actor: { kind: 'student' }, text: '@SUM(A1) +1 -2' },
    morning(2, 6),
  ),
  anEvent(
    {
      type: 'self-check-answered',
      studentId: ANA,
      actor: { kind: 'student' },
      targetId: TARGET,
      answer: 4,
      prompt: { kind: 'interval', dueAt: morning(3, 0) },
      checkRequested: true,
    },
    morning(3, 0),
  ),
  anEvent(
    {
      type: 'scale-rated',
      studentId: BEN,
      actor: { kind: 'student' },
      scaleId: '01K000000000000000000000S1' as ScaleId,
      level: 5,
      context: { kind: 'on-demand', askedBy: 'adult' },
    },
    morning(3, 2),
  ),
];

test('the records CSV opens in Calc one cell per field, text whole, numbers and days typed, no formula run', async () => {
  const csv = eventsCsv(events, names);
  const sheet = await openInCalc('records', csv);
  expectSameSheet(sheet, csv);
  // The byte order mark is read as such, not left in the first heading.
  expect(sheet[0]?.[0]?.text).toBe('event_id');
  expect(sheet.flat().some((cell) => cell.text === 'Ana María Núñez')).toBe(true);
});

test('the daily summary CSV opens in Calc the same way', async () => {
  const csv = dailySummaryCsv(rollupsFromEvents(events), (rollup) => names.studentName(rollup.studentId));
  const sheet = await openInCalc('daily', csv);
  expectSameSheet(sheet, csv);
  expect(sheet[0]?.[0]?.text).toBe('school_day');
});
