import { createSignal, For, type JSX, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { scheduleToEdit } from '../../../db/repos/schedules';
import type { StudentId } from '../../../domain/ids';
import { ulid } from '../../../domain/ids';
import type { Student } from '../../../domain/people';
import { copyItems, type ScheduleItem, type ScheduleSlot, sameSlot } from '../../../domain/schedule';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { isSlotKey, SLOT_KEYS, type SlotKey, slotName, slotOf } from './slots';

type Source = { studentId: StudentId; slot: ScheduleSlot };
/** Where the copied steps go: after the steps already in the editor, or in their place. */
export type CopyMode = 'append' | 'replace';

/**
 * Copies another student's or day's steps into the draft, with new step ids; nothing is saved
 * until the teacher has looked and pressed Save. Adding after the steps here is the default;
 * replacing them names the steps it replaces before the teacher copies.
 */
export function CopyFrom(props: {
  students: readonly Student[];
  target: Source;
  /** The steps in the editor now, by their words. */
  current: readonly string[];
  onCopy: (items: ScheduleItem[], from: Source, mode: CopyMode) => void;
}): JSX.Element {
  const [studentId, setStudentId] = createSignal<string>(props.target.studentId);
  const [slotKey, setSlotKey] = createSignal<SlotKey>('1');
  const [mode, setMode] = createSignal<CopyMode>('append');
  const { status, setStatus, save: runSave } = useSave();

  const copy = async (event: SubmitEvent) => {
    event.preventDefault();
    const student = props.students.find((candidate) => candidate.id === studentId());
    if (!student) return;
    const now = clock.now();
    const from = { studentId: student.id, slot: slotOf(slotKey(), schoolDayOf(now)) };
    if (from.studentId === props.target.studentId && sameSlot(from.slot, props.target.slot)) {
      setStatus({ kind: 'error', text: t('schedules.copySame') });
      return;
    }
    const source = await runSave(() => scheduleToEdit(db, from.studentId, from.slot));
    if (!source) return;
    if (source.items.length === 0) {
      setStatus({
        kind: 'error',
        text: t('schedules.copyEmpty', { slot: slotName(from.slot), name: student.name }),
      });
      return;
    }
    props.onCopy(
      copyItems(source.items, () => ulid<'step'>(now)),
      from,
      mode(),
    );
  };

  return (
    <details class="copy-from">
      <summary>{t('schedules.copyTitle')}</summary>
      <form class="copy-form" onSubmit={copy}>
        <label for="copy-student">{t('schedules.copyStudent')}</label>
        <select id="copy-student" value={studentId()} onChange={(e) => setStudentId(e.currentTarget.value)}>
          <For each={props.students}>{(student) => <option value={student.id}>{student.name}</option>}</For>
        </select>
        <label for="copy-slot">{t('schedules.copyDay')}</label>
        <select
          id="copy-slot"
          value={slotKey()}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isSlotKey(value)) setSlotKey(value);
          }}
        >
          <For each={SLOT_KEYS}>
            {(key) => <option value={key}>{slotName(slotOf(key, schoolDayOf(clock.now())))}</option>}
          </For>
        </select>
        <fieldset class="copy-mode">
          <legend>{t('schedules.copyWhere')}</legend>
          <For each={['append', 'replace'] as const}>
            {(each) => (
              <label>
                <input
                  type="radio"
                  name="copy-mode"
                  value={each}
                  checked={mode() === each}
                  onChange={() => setMode(each)}
                />
                {t(each === 'append' ? 'schedules.copyAppend' : 'schedules.copyReplace')}
              </label>
            )}
          </For>
        </fieldset>
        <Show when={mode() === 'replace' && props.current.length > 0}>
          <p class="status error" id="copy-replaces">
            {t('schedules.copyReplaces', { count: props.current.length, steps: props.current.join(', ') })}
          </p>
        </Show>
        <button
          type="submit"
          class="button"
          aria-describedby={mode() === 'replace' && props.current.length > 0 ? 'copy-replaces' : undefined}
        >
          {t('schedules.copy')}
        </button>
      </form>
      <p class="hint">{t('schedules.copyHint')}</p>
      <StatusLine status={status()} />
    </details>
  );
}
