import type { BrowserContext, Page } from 'playwright-core';
import { harness, heapAfterGc, median, probedPage, round } from './browser';
import type { Probes } from './in-page';
import { scheduleShown, TAPS, tapFigures, tapSettled, tapStudentAction } from './taps';

export const TEACHER_PIN = '2468';
const PARA_PIN = '1357';

/** Presses and holds the kiosk's corner, then signs in at the PIN gate, as an adult does. */
async function signIn(page: Page, who: RegExp, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Adults: press and hold' }).hover();
  await page.mouse.down();
  await page.getByRole('heading', { name: 'Adult area' }).waitFor();
  await page.mouse.up();
  await page.getByRole('button', { name: who }).click();
  await page.getByLabel(/^PIN for/).fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

type ReviewTimes = { clickAt?: number; dashboardAt?: number; overviewAt?: number };

/**
 * Arms the page to time from the next click or change of a control to the paints that first show
 * (1) the one student's report — the summary with its percentages, the chart's line and the table
 * behind it — of `name` (or of whoever comes first), and (2) the class overview with every student's latest figure.
 */
async function armReviewTimer(page: Page, name: string | undefined, students: number): Promise<void> {
  await page.evaluate(
    ({ name, students }) => {
      const times: ReviewTimes = {};
      (window as unknown as { __review: ReviewTimes }).__review = times;
      const start = (event: Event) => {
        times.clickAt ??= event.timeStamp;
      };
      document.addEventListener('click', start, { capture: true, once: true });
      document.addEventListener('change', start, { capture: true, once: true });
      const afterPaint = (done: (at: number) => void) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(undefined);
        });
      const dashboardShown = () => {
        const report = document.querySelector('.review-report');
        if (!report) return false;
        return (
          (name === undefined || report.querySelector('h2')?.textContent?.includes(name) === true) &&
          /\d\s?%/.test(report.querySelector('.review-summary')?.textContent ?? '') &&
          report.querySelector('.review-chart polyline') !== null &&
          report.querySelector('.chart-table tbody tr') !== null
        );
      };
      const overviewShown = () => {
        const rows = [...document.querySelectorAll('section[aria-labelledby="class-title"] tbody tr')];
        return (
          rows.length === students &&
          rows.every((row) => /%/.test(row.querySelector('td')?.textContent ?? ''))
        );
      };
      const observer = new MutationObserver(() => {
        if (times.clickAt === undefined) return;
        if (times.dashboardAt === undefined && dashboardShown()) {
          times.dashboardAt = -1;
          afterPaint((at) => {
            times.dashboardAt = at;
          });
        }
        if (times.overviewAt === undefined && overviewShown()) {
          times.overviewAt = -1;
          afterPaint((at) => {
            times.overviewAt = at;
          });
        }
        if (times.dashboardAt !== undefined && times.overviewAt !== undefined) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    },
    { name, students },
  );
}

async function reviewTimes(page: Page): Promise<{ dashboard: number; overview: number }> {
  await page.waitForFunction(() => {
    const times = (window as unknown as { __review: ReviewTimes }).__review;
    return (times.dashboardAt ?? -1) > 0 && (times.overviewAt ?? -1) > 0;
  });
  const times = await page.evaluate(() => (window as unknown as { __review: ReviewTimes }).__review);
  const clickAt = times.clickAt ?? Number.NaN;
  return {
    dashboard: (times.dashboardAt ?? Number.NaN) - clickAt,
    overview: (times.overviewAt ?? Number.NaN) - clickAt,
  };
}

const RUNS = 5;

/**
 * The teacher's Progress over the year: from the tap on "Progress" to the first student's report
 * on screen, and to the class overview below it complete; then from choosing another student to
 * that student's report. Median of 5 each (the first open loads the screen's code; it is kept).
 */
export async function reviewTimings(
  context: BrowserContext,
  origin: string,
  students: { id: string; name: string }[],
) {
  const page = await probedPage(context);
  await page.goto(`${origin}/`);
  await scheduleShown(page);
  await signIn(page, /Ms\. Rivera/, TEACHER_PIN);
  await page.getByRole('heading', { name: 'Teacher', level: 1 }).waitFor();
  const open = { dashboard: [] as number[], overview: [] as number[] };
  const other: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { name: 'Teacher', level: 1 }).waitFor();
    await armReviewTimer(page, undefined, students.length);
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    const opened = await reviewTimes(page);
    open.dashboard.push(opened.dashboard);
    open.overview.push(opened.overview);
    const shown = await page.locator('#review-student').inputValue();
    const next = students.filter((student) => student.id !== shown)[run];
    if (!next) continue;
    await armReviewTimer(page, next.name, students.length);
    await page.locator('#review-student').selectOption(next.id);
    other.push((await reviewTimes(page)).dashboard);
  }
  await page.close();
  const figure = (values: number[]) => ({ medianMs: round(median(values)), runsMs: values.map(round) });
  return {
    dashboardOpen: figure(open.dashboard),
    dashboardOtherStudent: figure(other),
    classOverview: figure(open.overview),
  };
}

/**
 * A full day of one student on the kiosk with the para bar beside it: every step started (every
 * other one after the para's tap on a prompt) and finished. The JS heap after a full garbage
 * collection, before and after the day; and the para's taps to change painted and committed.
 */
export async function kioskDay(
  context: BrowserContext,
  origin: string,
  harnessPage: Page,
  studentId: string,
) {
  await harness(harnessPage, 'setKioskStudent', studentId);
  const page = await probedPage(context);
  await page.goto(`${origin}/`);
  await scheduleShown(page);
  const heapAtStart = await heapAfterGc(page);
  await signIn(page, /Mr\. Lee/, PARA_PIN);
  await page.getByRole('button', { name: 'Student screen with the para bar' }).click();
  const bar = page.getByRole('region', { name: /^Para bar: / });
  await bar.waitFor();
  const studentAction = page.locator('.current-step .step-action');
  const verbal = bar
    .getByRole('group', { name: 'What it took to start' })
    .getByRole('button', { name: 'Verbal', exact: true });
  await studentAction.waitFor();
  let taps = 0;
  let paraTaps = 0;
  while ((await studentAction.count()) > 0 && taps < TAPS) {
    const starting = (await studentAction.getAttribute('class'))?.includes('start') === true;
    if (starting && taps % 4 === 0 && (await verbal.count()) > 0) {
      await verbal.click();
      paraTaps++;
    } else if (!(await tapStudentAction(page))) {
      break;
    }
    await tapSettled(page);
    taps++;
  }
  const heapAfterDay = await heapAfterGc(page);
  const recorded = (await page.evaluate(() => (window as unknown as { __bench: Probes }).__bench)) as Probes;
  await page.close();
  return {
    taps,
    paraTaps,
    heapAtStartBytes: heapAtStart,
    heapAfterDayBytes: heapAfterDay,
    tapsOfTheDay: tapFigures([recorded]),
  };
}
