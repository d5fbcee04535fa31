import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useSchoolDay } from '../../app/school-day';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { dayRollup } from '../../db/repos/rollups';
import type { Student } from '../../domain/people';
import { t } from '../../i18n';
import { useNameSearch } from '../components/name-search';
import { TodayPanel } from '../para/today-panel';

/** From this many students the teacher's home lists the class a row each, with a search. */
export const COMPACT_CLASS_FROM = 6;

/**
 * The class today for a teacher of many students: one row each (the day's finished steps and
 * starts on their own), found by name; a row opens onto the student's whole day for the adults.
 */
export function ClassToday(props: { students: readonly Student[] }) {
  const { found, SearchBox } = useNameSearch(() => props.students);
  return (
    <section class="panel class-today" aria-labelledby="class-today-title">
      <h2 id="class-today-title">{t('classToday.title')}</h2>
      <SearchBox />
      <ul class="class-today-list">
        <For each={found()}>{(student) => <ClassTodayRow student={student} />}</For>
      </ul>
    </section>
  );
}

function ClassTodayRow(props: { student: Student }) {
  const day = useSchoolDay();
  const rollup = useLive(
    () => [props.student.id, day()] as const,
    ([id, today]) => dayRollup(db, id, today),
  );
  // The whole day (its reads and its controls) is drawn only once the row is opened.
  const [open, setOpen] = createSignal(false);
  return (
    <li class="class-today-row">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span class="class-today-name">{props.student.name}</span>
          <span class="class-today-figures">
            {t('classToday.figures', {
              finished: rollup()?.stepsFinished ?? 0,
              independent: rollup()?.startsByPrompt.independent ?? 0,
              started: rollup()?.stepsStarted ?? 0,
            })}
          </span>
        </summary>
        <Show when={open()}>
          <TodayPanel student={props.student} />
        </Show>
      </details>
      <A class="class-today-progress" href={`/adult/review?student=${props.student.id}`}>
        {t('classToday.progress', { name: props.student.name })}
      </A>
    </li>
  );
}
