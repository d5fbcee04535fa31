import { expect, type Page } from '@playwright/test';

export const PARA = { name: 'Mr. Lee', pin: '1357' };

/** The teacher adds a para on the adult home, as the Staff section offers. */
export async function addPara(page: Page): Promise<void> {
  await page.getByLabel('Para’s name').fill(PARA.name);
  await page.getByLabel('Para’s PIN (4 to 8 digits)').fill(PARA.pin);
  await page.getByRole('button', { name: 'Add a para' }).click();
  await expect(page.getByRole('region', { name: 'Staff' }).getByRole('status')).toHaveText(
    `${PARA.name} can now sign in as a para.`,
  );
}

export const paraBar = (page: Page, student = 'Ana') =>
  page.getByRole('region', { name: `Para bar: ${student}` });

/** One of the para's prompt buttons: what it took to start the step on screen. */
export const promptButton = (page: Page, level: string) =>
  paraBar(page)
    .getByRole('group', { name: 'What it took to start' })
    .getByRole('button', { name: level, exact: true });

/** From the adult area to the student's screen with the para bar beside it. */
export async function openParaBar(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Student screen with the para bar' }).click();
  await expect(paraBar(page)).toBeVisible();
}

type Stage = { wait: number; prompt: string };

/** The teacher plans an activity under Schedules: the help now, the criterion, the next step. */
export async function planActivity(
  page: Page,
  plan: { activity: string; now: Stage; next: Stage; percent: number; days: number },
): Promise<void> {
  await page.getByRole('link', { name: 'Schedules' }).click();
  const panel = page.getByRole('region', { name: /^Independence plan for/ });
  await panel.getByLabel('Activity', { exact: true }).selectOption({ label: plan.activity });
  for (const [group, stage] of [
    ['What the adults do now', plan.now],
    ['The next step, when the data meet the criterion', plan.next],
  ] as const) {
    const fields = panel.getByRole('group', { name: group });
    await fields.getByLabel(/^Wait before prompting/).fill(String(stage.wait));
    await fields.getByLabel('Prompt after the wait').selectOption({ label: stage.prompt });
  }
  const criterion = panel.getByRole('group', { name: 'Time to fade when' });
  await criterion.getByLabel(/percent of the starts/).fill(String(plan.percent));
  await criterion.getByLabel(/school days in a row/).fill(String(plan.days));
  await panel.getByRole('button', { name: 'Save the plan' }).click();
  await expect(panel.getByText(`The plan for ${plan.activity} was saved.`)).toBeVisible();
}
