import { MemoryRouter, Route } from '@solidjs/router';
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { listScales } from '../../src/db/repos/scale-reads';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { scaleDraft } from '../../src/domain/scales';
import { ScaleEditor } from '../../src/ui/teacher/scales/scale-editor';

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  return endAdultSession;
});

test("the teacher writes a scale's name and level words in Spanish; saved, each level can be recorded in both languages", async () => {
  const user = userEvent.setup();
  const start = scaleDraft('Voice', (level) => ({
    label: `Voice ${level}`,
    looksLike: '',
    staffResponse: '',
  }));
  render(() => (
    <MemoryRouter>
      <Route
        path="/"
        component={() => <ScaleEditor start={start} onClose={() => {}} onDirtyChange={() => {}} />}
      />
    </MemoryRouter>
  ));
  await user.click(await screen.findByText('Words in Spanish'));
  await user.type(screen.getByLabelText('Name in Spanish'), 'Voz');
  for (const level of [1, 2, 3, 4, 5])
    await user.type(screen.getByLabelText(`Level ${level} in Spanish`), `Voz ${level}`);
  await user.click(screen.getByRole('button', { name: 'Save scale' }));

  expect(await screen.findByText('The scale “Voice” was saved.')).toBeTruthy();
  const [scale] = await listScales(db);
  expect(scale?.inLanguages).toEqual({ es: { name: 'Voz' } });
  expect(scale?.levels.map((level) => level.inLanguages?.es?.label)).toEqual([
    'Voz 1',
    'Voz 2',
    'Voz 3',
    'Voz 4',
    'Voz 5',
  ]);
  await user.click(screen.getByText('Recordings of the levels'));
  const spanishThree = screen.getByRole('region', { name: 'Level 3 in Spanish: Voz 3' });
  expect(within(spanishThree).getByRole('button', { name: 'Record your voice' })).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Level 3: Voice 3' })).toBeTruthy();
});
