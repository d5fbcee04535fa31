import './plans.css';
import { For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { cardsByIds } from '../../../db/repos/card-reads';
import { fadingSuggestions } from '../../../db/repos/plans';
import { listStudents } from '../../../db/repos/student-reads';
import type { AdultSession } from '../../../domain/people';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { usePromptLevels } from '../../para/prompt-names';
import { SuggestionView } from './suggestion-view';

/** The teacher's home: where the data say a student is ready for less help. Only a teacher sees it. */
export function FadingSuggestions(props: { session: AdultSession }) {
  const suggestions = useLive(() => fadingSuggestions(db, props.session, schoolDayOf(clock.now())));
  const students = useLive(() => listStudents(db));
  const cards = useLive(
    () => suggestions() ?? [],
    (list) =>
      cardsByIds(
        db,
        list.map((suggestion) => suggestion.plan.cardId),
      ),
  );
  const levels = usePromptLevels();
  const { status, setStatus, save } = useSave();
  const nameOf = (studentId: string) => students()?.find((student) => student.id === studentId)?.name ?? '';

  return (
    <Show when={(suggestions() ?? []).length > 0 || status()}>
      <section class="panel suggestions" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{t('plans.suggestions')}</h2>
        <For each={suggestions()}>
          {(suggestion) => (
            <SuggestionView
              suggestion={suggestion}
              studentName={nameOf(suggestion.plan.studentId)}
              label={cards()?.get(suggestion.plan.cardId)?.label ?? ''}
              nameOf={levels.nameOf}
              saver={{ save, setStatus }}
            />
          )}
        </For>
        <StatusLine status={status()} />
      </section>
    </Show>
  );
}
