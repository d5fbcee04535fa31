import './self-checks.css';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listStudents } from '../../../db/repos/student-reads';
import type { Target } from '../../../domain/self-monitoring';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { TargetForm } from './target-form';
import { TargetList } from './target-list';

/** The teacher's self-monitoring targets, per student: what is asked, when, and how it is checked. */
export function SelfChecksScreen() {
  const students = useLive(() => listStudents(db));
  const [chosenId, setChosenId] = createSignal<string>();
  const [editing, setEditing] = createSignal<Target>();
  const { status, setStatus, save } = useSave();
  const student = createMemo(() => {
    const list = students() ?? [];
    return list.find((candidate) => candidate.id === chosenId()) ?? list[0];
  });
  // A fresh form for each student and each target edited, so a draft never carries over.
  const formKey = createMemo(() => `${student()?.id}/${editing()?.id ?? 'new'}`);

  return (
    <>
      <h1>{t('selfChecks.title')}</h1>
      <p class="next-step">{t('selfChecks.intro')}</p>
      <Show when={student()} fallback={<p class="empty">{t('schedules.noStudents')}</p>}>
        {(current) => (
          <>
            <div class="panel target-student">
              <label for="self-check-student">{t('selfChecks.student')}</label>
              <select
                id="self-check-student"
                value={current().id}
                onChange={(event) => {
                  setChosenId(event.currentTarget.value);
                  setEditing(undefined);
                  setStatus(undefined);
                }}
              >
                <For each={students()}>{(each) => <option value={each.id}>{each.name}</option>}</For>
              </select>
            </div>
            <section class="panel" aria-labelledby="target-list-title">
              <h2 id="target-list-title">{t('selfChecks.listTitle', { name: current().name })}</h2>
              <TargetList
                student={current()}
                onEdit={(target) => {
                  setEditing(target);
                  setStatus(undefined);
                  document.getElementById(`edit-${target.id}-question`)?.focus();
                }}
                saver={{ save, setStatus }}
              />
              <StatusLine status={status()} />
            </section>
            <Show when={formKey()} keyed>
              <TargetForm
                student={current()}
                {...(editing() ? { editing: editing() } : {})}
                onDone={(saved) => {
                  setEditing(undefined);
                  if (saved) setStatus({ kind: 'done', text: saved });
                }}
              />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
