import { For, Show } from 'solid-js';
import type { StudentId } from '../../domain/ids';
import { byName } from '../../domain/name-search';
import type { Student } from '../../domain/people';
import { StoredPicture } from '../components/stored-picture';
import { useKioskText } from './kiosk-text';

/** On a shared tablet each student finds themselves by their photo, with no PIN. */
export function StudentPicker(props: { students: Student[]; onPick: (id: StudentId) => void }) {
  const t = useKioskText();
  return (
    <section class="student-picker" aria-labelledby="picker-title">
      <h1 id="picker-title">{t('kiosk.whoAreYou')}</h1>
      <ul class="picker-grid">
        <For each={[...props.students].sort(byName)}>
          {(student) => {
            const initial = () => <span class="avatar">{student.name.charAt(0).toUpperCase()}</span>;
            return (
              <li>
                {/* The name under the picture is the button's name: the picture is for the eyes. */}
                <button type="button" class="picker-tile" onClick={() => props.onPick(student.id)}>
                  <span class="picker-picture" aria-hidden="true">
                    <Show when={student.photo} fallback={initial()}>
                      {(photo) => (
                        <StoredPicture mediaId={photo().mediaId} class="picker-photo" fallback={initial()} />
                      )}
                    </Show>
                  </span>
                  <span>{student.name}</span>
                </button>
              </li>
            );
          }}
        </For>
      </ul>
    </section>
  );
}
