import { cleanup, render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { listCards } from '../../src/db/repos/card-reads';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { CardForm } from '../../src/ui/teacher/cards/card-form';

// The symbol set is bundled by Vite for the real app; these cards have no picture.
vi.mock('../../src/ui/teacher/cards/symbol-picker', () => ({ SymbolPicker: () => null }));

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};

beforeEach(async () => {
  // Choosing a card to change brings the form into view; jsdom has no layout to scroll.
  HTMLElement.prototype.scrollIntoView = () => {};
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  return endAdultSession;
});

test('the teacher gives a card its words in Spanish; changed, it has a place to record them in Spanish', async () => {
  const user = userEvent.setup();
  render(() => <CardForm onDone={() => {}} />);
  await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Lunch');
  await user.click(await screen.findByText('Words in Spanish'));
  await user.type(screen.getByLabelText('Label in Spanish'), 'Almuerzo');
  await user.type(screen.getByLabelText('Spoken text in Spanish (optional)'), 'Hora de almorzar');
  await user.click(screen.getByRole('radio', { name: 'No picture (words only)' }));
  await user.click(screen.getByRole('button', { name: 'Save card' }));
  expect(await screen.findByText('The card “Lunch” was saved.')).toBeTruthy();
  const [card] = await listCards(db);
  expect(card).toMatchObject({
    label: 'Lunch',
    inLanguages: { es: { label: 'Almuerzo', spokenText: 'Hora de almorzar' } },
  });

  cleanup();
  render(() => <CardForm editing={card} onDone={() => {}} />);
  expect(await screen.findByLabelText('Label in Spanish')).toHaveProperty('value', 'Almuerzo');
  const spanishRecording = await screen.findByRole('region', { name: 'Recording in Spanish' });
  expect(within(spanishRecording).getByRole('button', { name: 'Record your voice' })).toBeTruthy();
});
