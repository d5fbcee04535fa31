import { createEffect, createSignal, on, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { deleteStudent } from '../../db/repos/student-removal';
import type { AdultSession, Student } from '../../domain/people';
import { t } from '../../i18n';
import type { StatusSaver } from '../components/use-save';

/**
 * Deleting a student from the teacher's list: a first tap only asks, naming the student, saying
 * it cannot be undone and suggesting a backup first; "Keep" is where the focus lands.
 */
export function StudentRemoval(props: { student: Student; session: AdultSession; saver: StatusSaver }) {
  const [asking, setAsking] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  // The list keeps rows by position: a question asked about one student must not pass to the next.
  createEffect(
    on(
      () => props.student.id,
      () => setAsking(false),
      { defer: true },
    ),
  );
  const titleId = () => `delete-${props.student.id}`;
  const ask = () => {
    props.saver.setStatus(undefined);
    setAsking(true);
  };

  const remove = async () => {
    const { id, name } = props.student;
    setDeleting(true);
    await props.saver.save(
      () => deleteStudent(db, props.session, id, clock.now()),
      t('teacher.deleted', { name }),
    );
    setDeleting(false);
    setAsking(false);
  };

  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class="button danger"
          aria-label={t('teacher.deleteStudentOf', { name: props.student.name })}
          onClick={ask}
        >
          {t('teacher.deleteStudent')}
        </button>
      }
    >
      <section class="delete-question" aria-labelledby={titleId()}>
        <h3 id={titleId()}>{t('teacher.deleteTitle', { name: props.student.name })}</h3>
        <p>{t('teacher.deleteWarning', { name: props.student.name })}</p>
        <p>{t('teacher.deleteBackupFirst')}</p>
        <div class="save-row">
          <button
            type="button"
            class="button"
            // Once on screen, so a stray tap or Enter keeps the student.
            ref={(element) => queueMicrotask(() => element.focus())}
            onClick={() => setAsking(false)}
          >
            {t('teacher.deleteKeep', { name: props.student.name })}
          </button>
          <button type="button" class="button danger" disabled={deleting()} onClick={() => void remove()}>
            {t('teacher.deleteConfirm', { name: props.student.name })}
          </button>
        </div>
      </section>
    </Show>
  );
}
