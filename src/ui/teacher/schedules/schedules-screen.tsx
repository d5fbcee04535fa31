import './schedules.css';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listStudents } from '../../../db/repos/student-reads';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { PlansPanel } from '../plans/plans-panel';
import { TokenPlanPanel } from '../tokens/token-plan-panel';
import { AccessPanel } from './access-panel';
import { NeedsPanel } from './needs-panel';
import { PresentationPanel } from './presentation-panel';
import { ScheduleEditor } from './schedule-editor';
import { comingDayKeys, isSlotKey, SLOT_KEYS, type SlotKey, slotName, slotOf } from './slots';

/** The teacher plans each student's day: which schedule, its steps, and how the student sees it. */
export function SchedulesScreen() {
  const students = useLive(() => listStudents(db));
  const today = schoolDayOf(clock.now());
  const [chosenId, setChosenId] = createSignal<string>();
  const [slotKey, setSlotKey] = createSignal<SlotKey>('today');
  const [dirty, setDirty] = createSignal(false);
  const student = createMemo(() => {
    const list = students() ?? [];
    return list.find((candidate) => candidate.id === chosenId()) ?? list[0];
  });
  const slot = createMemo(() => slotOf(slotKey(), today));
  // The editor is made anew for each student and day, so its draft never carries over.
  const editing = createMemo(() => {
    const current = student();
    return current ? `${current.id}/${slotKey()}` : undefined;
  });

  // Switching away from unsaved changes asks first; declining puts the old choice back.
  const switchTo = (select: HTMLSelectElement, apply: () => void, current: string) => {
    if (dirty() && !window.confirm(t('schedules.discard'))) {
      select.value = current;
      return;
    }
    apply();
  };

  return (
    <>
      <h1>{t('schedules.title')}</h1>
      <p class="next-step">{t('schedules.intro')}</p>
      <Show when={student()} fallback={<p class="empty">{t('schedules.noStudents')}</p>}>
        {(current) => (
          <>
            <div class="panel schedule-choice">
              <div class="field">
                <label for="schedule-student">{t('schedules.student')}</label>
                <select
                  id="schedule-student"
                  value={current().id}
                  onChange={(event) => {
                    const select = event.currentTarget;
                    const value = select.value;
                    switchTo(select, () => setChosenId(value), current().id);
                  }}
                >
                  <For each={students()}>{(each) => <option value={each.id}>{each.name}</option>}</For>
                </select>
              </div>
              <div class="field">
                <label for="schedule-slot">{t('schedules.day')}</label>
                <select
                  id="schedule-slot"
                  value={slotKey()}
                  onChange={(event) => {
                    const select = event.currentTarget;
                    const value = select.value;
                    if (isSlotKey(value)) switchTo(select, () => setSlotKey(value), slotKey());
                  }}
                >
                  <For each={[...SLOT_KEYS, ...comingDayKeys(today)]}>
                    {(key) => <option value={key}>{slotName(slotOf(key, today))}</option>}
                  </For>
                </select>
              </div>
            </div>
            <Show when={editing()} keyed>
              <ScheduleEditor
                student={current()}
                students={students() ?? []}
                slot={slot()}
                onDirtyChange={setDirty}
              />
            </Show>
            <PresentationPanel student={current()} />
            {/* Made anew for each student, so one student's unsaved choice never carries over. */}
            <Show when={current().id} keyed>
              <AccessPanel student={current()} />
            </Show>
            <Show when={current().id} keyed>
              <NeedsPanel student={current()} />
            </Show>
            <TokenPlanPanel student={current()} />
            <PlansPanel student={current()} />
          </>
        )}
      </Show>
    </>
  );
}
