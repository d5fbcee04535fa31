import { expect, test } from './fixtures/test';
import {
  addStudent,
  completeSetup,
  enterPin,
  expectNoAxeViolations,
  leaveAdultArea,
  signIn,
  TEACHER,
} from './page-models/app';
import { addPara, PARA } from './page-models/para';

test('a para PIN reaches neither the review and its exports nor deleting a student, by link or by address', async ({
  page,
}) => {
  await completeSetup(page);
  await addPara(page);
  // The teacher sees what the para must not.
  await expect(page.getByRole('button', { name: 'Delete Ana…' })).toBeVisible();
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('button', { name: 'Download every record (CSV)' })).toBeVisible();
  await leaveAdultArea(page);

  await signIn(page, PARA.pin, /Mr\. Lee/);
  await expect(page.getByText('Signed in as Mr. Lee (Para)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Progress' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Choice boards' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Download|Print/ })).toHaveCount(0);
  // The privacy page is for everyone, from About.
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('link', { name: 'Privacy: what this app keeps, and how to delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  for (const address of ['/adult/review', '/adult/boards', '/adult/settings']) {
    await page.goto(address);
    await enterPin(page, PARA.pin, /Mr\. Lee/);
    await expect(page.getByText('Signed in as Mr. Lee (Para)')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('Only a teacher can do that.');
    await expect(page.getByRole('button', { name: /Download|Print|Export|Delete/ })).toHaveCount(0);
  }
});

test('the teacher deletes a student after a question naming them; the student screen no longer offers them', async ({
  page,
}) => {
  await completeSetup(page);
  await addStudent(page, 'Ben');
  await leaveAdultArea(page);
  await expect(page.getByRole('button', { name: 'Ben' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ana' })).toBeVisible();

  await signIn(page, TEACHER.pin);
  const students = page.getByRole('region', { name: 'Students' });
  await students.getByRole('button', { name: 'Delete Ben…' }).click();
  const question = page.getByRole('region', { name: 'Delete Ben?' });
  await expect(question).toContainText('It cannot be undone.');
  await expect(question).toContainText('make a backup first');
  // The safe answer has the focus.
  await expect(question.getByRole('button', { name: 'Keep Ben' })).toBeFocused();
  await expectNoAxeViolations(page);

  await question.getByRole('button', { name: 'Keep Ben' }).click();
  await expect(students.getByRole('listitem')).toHaveCount(2);

  await students.getByRole('button', { name: 'Delete Ben…' }).click();
  await page.getByRole('button', { name: 'Delete Ben for good' }).click();
  await expect(students.getByRole('status')).toHaveText('Ben and all their records were deleted.');
  await expect(students.getByRole('listitem')).toHaveText([/Ana/]);

  await leaveAdultArea(page);
  // One student left: the tablet goes straight to Ana's day; Ben is nowhere.
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(page.getByText('Ben')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Ana' })).toBeVisible();
  await expect(page.getByText('Ben')).toHaveCount(0);
});
