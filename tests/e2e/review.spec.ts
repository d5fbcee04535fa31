import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import type { PromptLevel } from '../../src/domain/events';
import { parseCsv } from '../support/csv';
import { pdfPages, pdfText, pdfTextSizes } from './fixtures/pdf-text';
import { seedHistory } from './fixtures/seed-history';
import { expect, test } from './fixtures/test';
import { completeSetup, expectNoAxeViolations, leaveAdultArea, signIn, TEACHER } from './page-models/app';

// A baseline week at 1 of 4 independent starts a day, and a trial week at 3 of 4.
const BASELINE: PromptLevel[] = ['independent', 'verbal', 'verbal', 'gestural'];
const TRIAL: PromptLevel[] = ['independent', 'independent', 'independent', 'model'];
const week = (month: number, monday: number, starts: PromptLevel[]) =>
  [0, 1, 2, 3, 4].map((offset) => ({ date: new Date(2026, month, monday + offset), starts }));

/** Runs an action that downloads a file, and reads the file as CSV rows keyed by the header. */
async function downloadedRows(
  page: Page,
  action: () => Promise<void>,
  fileStart = 'Ana-',
): Promise<Record<string, string>[]> {
  const downloading = page.waitForEvent('download');
  await action();
  const download: Download = await downloading;
  expect(download.suggestedFilename().startsWith(fileStart)).toBe(true);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const [header = [], ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
}

/** Saves the student's baseline and trial (and aim) from the plan form. */
async function savePhases(
  page: Page,
  phases: { baseline: [string, string]; trial: [string, string]; aimPercent?: string },
): Promise<void> {
  await page.getByLabel('Baseline from').fill(phases.baseline[0]);
  await page.getByLabel('Baseline to').fill(phases.baseline[1]);
  await page.getByLabel('Trial from').fill(phases.trial[0]);
  await page.getByLabel('Trial to').fill(phases.trial[1]);
  if (phases.aimPercent)
    await page.getByLabel('Aim (% of steps started independently)').fill(phases.aimPercent);
  await page.getByRole('button', { name: 'Save baseline, trial and aim' }).click();
  await expect(page.getByRole('status').getByText('Saved for Ana.')).toBeVisible();
}

/** Saves the year's reporting periods: name, first and last day of each. */
async function saveReportingPeriods(page: Page, periods: [string, string, string][]): Promise<void> {
  for (const [index, [name, from, to]] of periods.entries()) {
    await page.getByLabel(`Name of period ${index + 1}`).fill(name);
    await page.getByLabel(`Period ${index + 1} from`).fill(from);
    await page.getByLabel(`Period ${index + 1} to`).fill(to);
  }
  await page.getByRole('button', { name: 'Save reporting periods' }).click();
  await expect(page.getByRole('status').getByText('The reporting periods were saved.')).toBeVisible();
}

test('the teacher reads baseline against trial, prints the report and downloads the records', async ({
  page,
}) => {
  await completeSetup(page);
  await seedHistory(page, [...week(8, 7, BASELINE), ...week(9, 5, TRIAL)]);
  await page.goto('/');
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Progress' }).click();

  await savePhases(page, {
    baseline: ['2026-09-07', '2026-09-11'],
    trial: ['2026-10-05', '2026-10-09'],
    aimPercent: '80',
  });
  await saveReportingPeriods(page, [
    ['Fall', '2026-09-01', '2026-11-30'],
    ['Winter', '2026-12-01', '2027-03-12'],
    ['Spring', '2027-03-15', '2027-06-18'],
  ]);

  // The first reporting period, Fall.
  await page.getByLabel('Dates').selectOption('period-0');
  const report = page.getByRole('article', { name: 'Progress report: Ana' });
  await expect(report).toContainText(
    /Independent starts: 50% of 40 steps started on 10 school days \(Sep 1\s–\sNov 30\)\./,
  );
  await expect(report).toContainText(/In baseline \(Sep 7\s–\s11\): 25% independent starts\./);
  await expect(report).toContainText(/In the trial \(Oct 5\s–\s9\): 75% independent starts\./);
  await expect(report).toContainText('The aim is 80%.');
  await expect(
    report.getByRole('img', { name: /^Line chart of the share of steps started independently/ }),
  ).toBeVisible();
  await report.getByText('The figures behind the chart').first().click();
  await expect(report.getByRole('table').first().getByRole('row')).toHaveCount(11);
  await expect(report.getByRole('table', { name: 'What it took to start' })).toContainText('Independent');
  const weekly = report.getByRole('table', { name: 'Help given, week by week' });
  await expect(weekly.getByRole('row')).toHaveCount(3);
  await expect(weekly.getByRole('row', { name: /^Sep 7/ })).toContainText('25%');
  // Its ten columns stay inside the report on a tablet's screen.
  const [table, panel] = [await weekly.boundingBox(), await report.boundingBox()];
  expect(table && panel && table.x + table.width <= panel.x + panel.width).toBe(true);
  await expect(
    report.getByRole('img', { name: /mean seconds from a step shown to its start/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const daily = await downloadedRows(page, () =>
    page.getByRole('button', { name: 'Download the daily summary (CSV)' }).click(),
  );
  expect(daily.map((row) => [row.school_day, row.independent_percent])).toEqual([
    ...['07', '08', '09', '10', '11'].map((date) => [`2026-09-${date}`, '25']),
    ...['05', '06', '07', '08', '09'].map((date) => [`2026-10-${date}`, '75']),
  ]);
  const records = await downloadedRows(page, () =>
    page.getByRole('button', { name: 'Download every record (CSV)' }).click(),
  );
  expect(records).toHaveLength(40);
  expect(records.filter((row) => row.prompt === 'independent')).toHaveLength(20);
  expect(records.every((row) => row.student === 'Ana' && row.type === 'step-started')).toBe(true);
  expect(records[0]).toMatchObject({ local_date: '2026-09-07', school_day: '2026-09-07' });
  expect(records[0]?.local_time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  const classRecords = await downloadedRows(
    page,
    () => page.getByRole('button', { name: 'Download every record of the class (CSV)' }).click(),
    'class-records-2026-09-01-to-2026-11-30',
  );
  expect(classRecords).toEqual(records);

  await page.emulateMedia({ media: 'print' });
  const text = await pdfText(await page.pdf({ format: 'Letter' }));
  expect(text).toContain('Progress report: Ana');
  // The tables behind the charts are on paper too, without opening them first.
  expect(text).toContain('Mean time to start');
  expect(text).toMatch(
    /Independent starts per day, week by week Week Steps started Share Week of Sep 7 20 25%/,
  );
  expect(text).toMatch(/In baseline \(Sep 7\s?–\s?11\): 25% independent starts\./);
  expect(text).toMatch(/In the trial \(Oct 5\s?–\s?9\): 75% independent starts\./);
  // Only the report is on paper: no menus, no forms.
  expect(text).not.toContain('Back to the student screen');
  expect(text).not.toContain('Save baseline, trial and aim');
  await page.emulateMedia({ media: 'screen' });

  // A start found wrong weeks later is taken back with a reason: it leaves the figures, stays listed.
  const corrections = page.getByRole('region', { name: 'Correct the record' });
  await corrections.getByLabel('Records of the day').fill('2026-10-05');
  await expect(corrections.getByRole('listitem')).toHaveCount(4);
  await corrections.getByRole('button', { name: 'Take back: A step: started — Independent' }).first().click();
  await corrections.getByLabel('Why is it wrong?').fill('Recorded for the wrong student');
  await corrections.getByRole('button', { name: 'Take back this record' }).click();
  await expect(corrections.getByText('Taken back: Recorded for the wrong student')).toBeVisible();
  await expect(report).toContainText(/In the trial \(Oct 5\s–\s9\): 74% independent starts\./);

  // The day is then found to be an absence and marked not counted: it leaves every figure, and the
  // chart's line breaks there with the reason under it.
  const notCounted = page.getByRole('region', { name: 'Days not counted' });
  await notCounted.getByLabel('First day').fill('2026-10-05');
  await notCounted.getByLabel('Why').selectOption({ label: 'Absence' });
  await notCounted.getByLabel('Note (optional)').fill('Field trip');
  await notCounted.getByRole('button', { name: 'Do not count these days' }).click();
  await expect(notCounted.getByText('Oct 5: Absence (Field trip)')).toBeVisible();
  await expect(report).toContainText(/In the trial \(Oct 5\s–\s9\): 75% independent starts\./);
  await expect(report).toContainText(/Independent starts: 47% of 36 steps started on 9 school days/);
  // Under both day-by-day charts: the share independent and the time to start.
  const gaps = report.getByText('Gaps in the line: Oct 5: Absence (Field trip)');
  await expect(gaps).toHaveCount(2);
  await expect(gaps.first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an aimline from the baseline to the goal date: four days below it call for a change of plan', async ({
  page,
}) => {
  await completeSetup(page);
  // A baseline week at 25%, then two weeks that stay at 25% while the aim rises toward 80%.
  await seedHistory(page, [...week(8, 7, BASELINE), ...week(8, 14, BASELINE), ...week(8, 21, BASELINE)]);
  await page.goto('/');
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByLabel('Baseline from').fill('2026-09-07');
  await page.getByLabel('Baseline to').fill('2026-09-11');
  await page.getByLabel('Aim (% of steps started independently)').fill('80');
  await page.getByLabel(/^Goal date/).fill('2026-11-30');
  await page.getByRole('button', { name: 'Save baseline, trial and aim' }).click();
  await expect(page.getByRole('status').getByText('Saved for Ana.')).toBeVisible();
  await saveReportingPeriods(page, [
    ['Fall', '2026-09-01', '2026-11-30'],
    ['Winter', '2026-12-01', '2027-03-12'],
    ['Spring', '2027-03-15', '2027-06-18'],
  ]);
  await page.getByLabel('Dates').selectOption('period-0');

  const report = page.getByRole('article', { name: 'Progress report: Ana' });
  await expect(report).toContainText(
    'The last 4 school days with starts are below the aimline: consider changing the plan.',
  );
  await expect(report).toContainText('The trend is flat while the aimline rises.');
  await expect(report).toContainText(
    'Suggested progress code: insufficient progress to meet the goal. Confirm or change it in the report you write.',
  );
  const chart = report.getByRole('img', { name: /^Line chart of the share of steps started independently/ });
  // A flat line has no height to be seen by; it is drawn, with its name at its end.
  await expect(chart.locator('.aimline')).toBeVisible();
  await expect(chart.locator('.trend')).toHaveCount(1);
  await expect(chart.getByText('Aimline')).toBeVisible();
  await expect(chart.getByText('Trend')).toBeVisible();
  await expectNoAxeViolations(page);

  // A goal date inside the baseline is refused in words, and the plan stays as it was.
  await page.getByLabel(/^Goal date/).fill('2026-09-10');
  await page.getByRole('button', { name: 'Save baseline, trial and aim' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please check what you typed. Nothing was saved.');
  await expect(report).toContainText('consider changing the plan');
});

test('a goal mastered after the baseline: its date, and the maintenance probes that follow', async ({
  page,
}) => {
  await completeSetup(page);
  const ALONE: PromptLevel[] = ['independent', 'independent', 'independent', 'independent'];
  // A baseline week at 25%, then three school days all on her own; nothing since.
  await seedHistory(page, [...week(8, 7, BASELINE), ...week(8, 14, ALONE).slice(0, 3)]);
  await page.goto('/');
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByLabel('Baseline from').fill('2026-09-07');
  await page.getByLabel('Baseline to').fill('2026-09-11');
  await page.getByLabel('Aim (% of steps started independently)').fill('80');
  await expect(page.getByLabel('Mastered at (% independent)')).toHaveValue('90');
  await page.getByLabel('on this many school days in a row').fill('3');
  await page.getByRole('button', { name: 'Save baseline, trial and aim' }).click();
  await expect(page.getByRole('status').getByText('Saved for Ana.')).toBeVisible();
  await saveReportingPeriods(page, [
    ['Fall', '2026-09-01', '2026-11-30'],
    ['Winter', '2026-12-01', '2027-03-12'],
    ['Spring', '2027-03-15', '2027-06-18'],
  ]);
  await page.getByLabel('Dates').selectOption('period-0');

  const report = page.getByRole('article', { name: 'Progress report: Ana' });
  await expect(report).toContainText(
    'Mastered on Sep 16: 90% or more independent on 3 school days in a row.',
  );
  // Today is long past every probe's day, and no school day has answered them.
  await expect(report).toContainText('Maintenance 1 week later is due since Sep 23');
  await expect(report).toContainText('Maintenance 4 weeks later is due since Oct 14');
  await expect(report).toContainText('Suggested progress code: goal met.');
  await expectNoAxeViolations(page);
});

test('the dates control says the range the report shows: this month, last week, or dates of the teacher’s own', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2026, 9, 14, 10));
  await completeSetup(page);
  // Two weeks: 25% the week of Sep 7, 75% the week of Oct 5 (last week, seen from Oct 14).
  await seedHistory(page, [...week(8, 7, BASELINE), ...week(9, 5, TRIAL)]);
  await page.goto('/');
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Progress' }).click();
  const dates = page.getByLabel('Dates');
  const report = page.getByRole('article', { name: 'Progress report: Ana' });
  await expect(dates.locator('option:checked')).toHaveText(/^This month \(Oct 1\s–\s14\)$/);
  await expect(report).toContainText(/on 5 school days \(Oct 1\s–\s14\)/);

  await dates.selectOption('previous-week');
  await expect(dates.locator('option:checked')).toHaveText(/^Last week \(Oct 5\s–\s11\)$/);
  await expect(report).toContainText(/Independent starts: 75% of 20 steps started on 5 school days/);

  await dates.selectOption('custom');
  await page.getByLabel('From', { exact: true }).fill('2026-09-08');
  await page.getByLabel('To', { exact: true }).fill('2026-10-06');
  await expect(dates.locator('option:checked')).toHaveText(/^Other dates \(Sep 8\s–\sOct 6\)$/);
  await expect(report).toContainText(/42% of 24 steps started on 6 school days \(Sep 8\s–\sOct 6\)/);
  await expectNoAxeViolations(page);
});

test('the report of a typical term prints on two pages', async ({ page }) => {
  // A term of 12 weeks, 10 steps a day, more of them started independently as it goes on.
  const levels: PromptLevel[] = ['verbal', 'gestural', 'model', 'independent'];
  const term = Array.from({ length: 60 }, (_, index) => ({
    date: new Date(2026, 8, 7 + Math.floor(index / 5) * 7 + (index % 5)),
    starts: Array.from({ length: 10 }, (_, step) =>
      step < index / 6 ? 'independent' : (levels[step % levels.length] ?? 'verbal'),
    ),
  }));
  await completeSetup(page);
  await seedHistory(page, term);
  await page.goto('/');
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Progress' }).click();
  await savePhases(page, { baseline: ['2026-09-07', '2026-09-18'], trial: ['2026-10-19', '2026-11-27'] });
  await saveReportingPeriods(page, [
    ['Fall', '2026-09-07', '2026-11-27'],
    ['Winter', '2026-11-30', '2027-03-12'],
    ['Spring', '2027-03-15', '2027-06-18'],
  ]);
  await page.getByLabel('Dates').selectOption('period-0');
  await expect(page.getByRole('article', { name: 'Progress report: Ana' })).toContainText(
    'on 60 school days',
  );

  // Save as PDF suggests the document's title as the file's name: the student and the period.
  await expect(page).toHaveTitle(/^Progress report, Ana, Sep 7\s–\sNov 27, 2026$/);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  expect(await pdfText(pdf)).toMatch(/Week of Nov 23/);
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeLessThanOrEqual(2);
  // Every word on paper at 8 pt or more (to the PDF's rounding), the charts' dates and figures too.
  const sizes = await pdfTextSizes(pdf);
  expect(sizes.filter((run) => run.points < 7.99)).toEqual([]);
  expect(sizes.filter((run) => run.text === 'Sep 7' || run.text === '100%').length).toBeGreaterThan(0);
  // Each page names the student and the period, and says which page it is.
  for (const [index, text] of pages.entries()) {
    expect(text).toContain('Progress report: Ana');
    expect(text).toMatch(/Sep 7\s?–\s?Nov 27, 2026/);
    expect(text).toContain(`${index + 1} / ${pages.length}`);
  }
});

test('the teacher chooses to show a student their progress, and the kiosk shows it', async ({ page }) => {
  await completeSetup(page);
  await seedHistory(page, [{ date: new Date(), starts: ['independent', 'verbal', 'independent'] }]);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'My progress' })).toBeHidden();
  await signIn(page, TEACHER.pin);
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('radio', { name: 'A star for each step started on their own today' }).check();
  await expect(page.getByRole('status').getByText('Saved. Ana’s screen shows it right away.')).toBeVisible();
  await leaveAdultArea(page);

  const progress = page.getByRole('region', { name: 'My progress' });
  await expect(progress.getByRole('button', { name: 'Today I started 2 steps on my own.' })).toBeVisible();
  await expect(progress).toContainText('★★');
  await expectNoAxeViolations(page);
});
