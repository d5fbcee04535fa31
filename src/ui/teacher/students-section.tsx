import { createSignal, Index, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { listStudents } from '../../db/repos/student-reads';
import { addStudent } from '../../db/repos/students';
import { type AdultSession, NAME_MAX_LENGTH } from '../../domain/people';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';
import { StudentRow } from './student-row';

export function StudentsSection(props: { session: AdultSession }) {
  const students = useLive(() => listStudents(db));
  const [name, setName] = createSignal('');
  const { status, setStatus, save: runSave } = useSave();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const student = await runSave(
      () => addStudent(db, props.session, { name: name() }, clock.now()),
      (added) => t('teacher.studentAdded', { name: added.name }),
    );
    if (student) setName('');
  };

  return (
    <section class="panel" aria-labelledby="students-title">
      <h2 id="students-title">{t('teacher.students')}</h2>
      <Show when={(students() ?? []).length > 0} fallback={<p class="empty">{t('teacher.noStudents')}</p>}>
        <p id="student-photo-hint" class="hint">
          {t('teacher.photoHint')}
        </p>
        {/* By position, not by object: a live query gives new objects on every change, and a
            row kept in place keeps its photo on screen instead of loading it again. */}
        <ul class="student-list">
          <Index each={students()}>
            {(student) => (
              <StudentRow student={student()} session={props.session} saver={{ save: runSave, setStatus }} />
            )}
          </Index>
        </ul>
      </Show>
      <form class="form inline" onSubmit={submit}>
        <label for="new-student-name">{t('teacher.studentName')}</label>
        <input
          id="new-student-name"
          required
          maxlength={NAME_MAX_LENGTH}
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="button primary">
          {t('teacher.addStudent')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
