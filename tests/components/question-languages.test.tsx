import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { clock } from '../../src/app/clock';
import { endAdultSession, startAdultSession } from '../../src/app/session';
import { db } from '../../src/db/instance';
import { writeSetting } from '../../src/db/repos/settings';
import { addStudent } from '../../src/db/repos/students';
import { targetsOf } from '../../src/db/repos/target-reads';
import type { StaffId } from '../../src/domain/ids';
import type { AdultSession, Student } from '../../src/domain/people';
import { setLocale } from '../../src/i18n';
import { TargetForm } from '../../src/ui/teacher/self-checks/target-form';

const teacher: AdultSession = {
  staffId: '01K000000000000000000000T1' as StaffId,
  role: 'teacher',
  name: 'Ms Lee',
};
let ana: Student;

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  startAdultSession(teacher);
  ana = await addStudent(db, teacher, { name: 'Ana' }, clock.now());
  return endAdultSession;
});
afterEach(() => setLocale('en'));

test('the teacher writes the question in Spanish too; saved, it has its Spanish words and a place to record them', async () => {
  const user = userEvent.setup();
  render(() => <TargetForm student={ana} />);
  await user.type(screen.getByLabelText('Question, in the student’s own words'), 'Was I working?');
  await user.click(await screen.findByText('Words in Spanish'));
  await user.type(screen.getByLabelText('Question in Spanish'), '¿Estuve trabajando?');
  // Nothing to record before the words are saved.
  expect(screen.queryByRole('region', { name: 'Recording in Spanish' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Save the self-check' }));

  expect(await screen.findByText('Saved: “Was I working?” for Ana.')).toBeTruthy();
  const [saved] = await targetsOf(db, ana.id);
  expect(saved?.inLanguages).toEqual({ es: { question: '¿Estuve trabajando?' } });

  render(() => <TargetForm student={ana} editing={saved} />);
  const spanishRecording = await screen.findByRole('region', { name: 'Recording in Spanish' });
  expect(within(spanishRecording).getByRole('button', { name: 'Record your voice' })).toBeTruthy();
});

test('a Spanish-speaking teacher of a Spanish classroom writes the question in English in “Palabras en inglés”', async () => {
  await writeSetting(db, 'classroomLocale', 'es');
  await setLocale('es');
  const user = userEvent.setup();
  render(() => <TargetForm student={ana} />);
  await user.type(screen.getByLabelText('Pregunta, con las palabras del estudiante'), '¿Estuve trabajando?');
  await user.click(await screen.findByText('Palabras en inglés'));
  await user.type(screen.getByLabelText('Pregunta en inglés'), 'Was I working?');
  await user.click(screen.getByRole('button', { name: 'Guardar la autorrevisión' }));
  await screen.findByText('Guardada: «¿Estuve trabajando?» para Ana.');
  expect((await targetsOf(db, ana.id))[0]).toMatchObject({
    question: '¿Estuve trabajando?',
    inLanguages: { en: { question: 'Was I working?' } },
  });
});
