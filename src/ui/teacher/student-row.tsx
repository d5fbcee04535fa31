import { createSignal, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { setStudentPhoto } from '../../db/repos/students';
import type { AdultSession, Student } from '../../domain/people';
import { t } from '../../i18n';
import { scalePhoto } from '../components/photo-scaling';
import { StoredPicture } from '../components/stored-picture';
import type { StatusSaver } from '../components/use-save';
import { StudentRemoval } from './student-removal';

/** One student in the teacher's list: their photo (or initial), taking or removing it, and deleting the student. */
export function StudentRow(props: { student: Student; session: AdultSession; saver: StatusSaver }) {
  const [preparing, setPreparing] = createSignal(false);
  const inputId = () => `student-photo-${props.student.id}`;
  const initial = () => (
    <span class="student-initial" aria-hidden="true">
      {props.student.name.charAt(0).toUpperCase()}
    </span>
  );

  const save = async (photo: Blob | undefined, done: 'teacher.photoSaved' | 'teacher.photoRemoved') => {
    const { id, name } = props.student;
    await props.saver.save(
      () => setStudentPhoto(db, props.session, id, photo, clock.now()),
      t(done, { name }),
    );
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    props.saver.setStatus(undefined);
    setPreparing(true);
    try {
      // Scaled first: a camera photo is megabytes, the kiosk needs a few kilobytes.
      const photo = await scalePhoto(file);
      if (photo) await save(photo, 'teacher.photoSaved');
      else props.saver.setStatus({ kind: 'error', text: t('teacher.photoUnreadable') });
    } finally {
      setPreparing(false);
      // Choosing the same file again must still count as a change.
      input.value = '';
    }
  };

  return (
    <li class="student-row" aria-busy={preparing()}>
      <Show when={props.student.photo} fallback={initial()}>
        {(photo) => <StoredPicture mediaId={photo().mediaId} class="student-photo" fallback={initial()} />}
      </Show>
      <div class="student-row-body">
        <span class="student-row-name">{props.student.name}</span>
        <div class="student-photo-controls">
          <label for={inputId()}>{t('teacher.photoOf', { name: props.student.name })}</label>
          <input
            id={inputId()}
            type="file"
            accept="image/*"
            capture="user"
            aria-describedby="student-photo-hint"
            disabled={preparing()}
            onChange={(e) => void choose(e.currentTarget)}
          />
          <Show when={props.student.photo}>
            <button
              type="button"
              class="button"
              aria-label={t('teacher.removePhotoOf', { name: props.student.name })}
              disabled={preparing()}
              onClick={() => void save(undefined, 'teacher.photoRemoved')}
            >
              {t('teacher.removePhoto')}
            </button>
          </Show>
        </div>
        <Show when={preparing()}>
          <p role="status">{t('teacher.photoPreparing')}</p>
        </Show>
        <StudentRemoval student={props.student} session={props.session} saver={props.saver} />
      </div>
    </li>
  );
}
