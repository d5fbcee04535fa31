import { For } from 'solid-js';
import type { StudentId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import { useKioskText } from './kiosk-text';

/** On a shared tablet each student finds themselves by picture, with no PIN. */
export function StudentPicker(props: { students: Student[]; onPick: (id: StudentId) => void }) {
  const t = useKioskText();
  return (
    <section class="student-picker" aria-labelledby="picker-title">
      <h1 id="picker-title">{t('kiosk.whoAreYou')}</h1>
      <ul class="picker-grid">
        <For each={props.students}>
          {(student) => (
            <li>
              <button type="button" class="picker-tile" onClick={() => props.onPick(student.id)}>
                <span class="avatar" aria-hidden="true">
                  {student.name.charAt(0).toUpperCase()}
                </span>
                <span>{student.name}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
