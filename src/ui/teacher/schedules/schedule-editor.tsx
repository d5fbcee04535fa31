import { useBeforeLeave } from '@solidjs/router';
import { createEffect, createMemo, createSignal, Index, on, onCleanup, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listBoards } from '../../../db/repos/board-reads';
import { listCards } from '../../../db/repos/card-reads';
import { saveSchedule, scheduleToEdit } from '../../../db/repos/schedules';
import type { CardId, StepId, StudentId } from '../../../domain/ids';
import { ulid } from '../../../domain/ids';
import type { Student } from '../../../domain/people';
import {
  MAX_ITEMS,
  moveItem,
  type ScheduleItem,
  type ScheduleSlot,
  type Weekday,
  weekdayOf,
} from '../../../domain/schedule';
import {
  addItem,
  addMiniStep,
  moveMiniStep,
  removeItem,
  removeMiniStep,
  sameItems,
  setChooseOrder,
  setDuration,
  setStepBoard,
  setStepCheckIn,
  setStepIsChange,
} from '../../../domain/schedule-edit';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { CardChooser } from '../shared/card-chooser';
import { CopyFrom, type CopyMode } from './copy-from';
import { createDragReorder, dragClass } from './drag-reorder';
import { RepeatOn } from './repeat-on';
import { slotName, weekdayName } from './slots';
import { StepRow } from './step-row';

/**
 * One schedule being edited: a draft the teacher changes freely and saves with one button. The
 * saved schedule is read live; while there are no unsaved changes, the draft follows it.
 */
export function ScheduleEditor(props: {
  student: Student;
  students: readonly Student[];
  slot: ScheduleSlot;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const stored = useLive(() => scheduleToEdit(db, props.student.id, props.slot));
  const cards = useLive(() => listCards(db));
  const boards = useLive(() => listBoards(db));
  const cardMap = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  const labelOf = (cardId: CardId) => cardMap().get(cardId)?.label ?? t('schedules.missingCard');

  const [baseline, setBaseline] = createSignal<ScheduleItem[]>();
  const [draft, setDraft] = createSignal<ScheduleItem[]>([]);
  const { busy: saving, status, setStatus, save: runSave } = useSave();
  const dirty = () => {
    const saved = baseline();
    return saved !== undefined && !sameItems(saved, draft());
  };
  createEffect(() => props.onDirtyChange(dirty()));

  // Unsaved steps are not lost by a tap on another screen or by closing the tab.
  useBeforeLeave((leaving) => {
    if (!dirty() || leaving.defaultPrevented) return;
    leaving.preventDefault();
    if (window.confirm(t('schedules.discard'))) leaving.retry(true);
  });
  const warnOnUnload = (event: BeforeUnloadEvent) => {
    if (dirty()) event.preventDefault();
  };
  window.addEventListener('beforeunload', warnOnUnload);
  onCleanup(() => window.removeEventListener('beforeunload', warnOnUnload));

  createEffect(
    on(stored, (latest) => {
      if (!latest || dirty()) return;
      setBaseline(latest.items);
      setDraft(latest.items);
    }),
  );

  const edit = (change: (items: ScheduleItem[]) => ScheduleItem[]) => {
    setDraft(change(draft()));
    setStatus(undefined);
  };
  const newStepId = () => ulid<'step'>(clock.now());
  // Which steps show their "More" settings; kept by step, so it follows a step that moves.
  const [expanded, setExpanded] = createSignal<ReadonlySet<StepId>>(new Set());
  const toggleMore = (stepId: StepId) => {
    const next = new Set(expanded());
    if (!next.delete(stepId)) next.add(stepId);
    setExpanded(next);
  };
  const reorder = createDragReorder((from, to) => edit((items) => moveItem(items, from, to)));

  // Other weekdays that take the same steps when this weekday is saved; none unless chosen.
  const [repeatOn, setRepeatOn] = createSignal<Weekday[]>([]);
  const save = async () => {
    const items = draft();
    const alsoOn = repeatOn();
    const saved = await runSave(
      () => saveSchedule(db, adultSession(), props.student.id, props.slot, items, clock.now(), alsoOn),
      alsoOn.length > 0
        ? t('schedules.savedAlso', {
            slot: slotName(props.slot),
            name: props.student.name,
            weekdays: alsoOn.map(weekdayName).join(', '),
          })
        : t('schedules.saved', { slot: slotName(props.slot), name: props.student.name }),
    );
    if (saved) {
      setBaseline(items);
      setRepeatOn([]);
    }
  };

  const copied = (
    items: ScheduleItem[],
    from: { studentId: StudentId; slot: ScheduleSlot },
    mode: CopyMode,
  ) => {
    const source = props.students.find((student) => student.id === from.studentId);
    const combined = mode === 'append' ? [...draft(), ...items] : items;
    if (combined.length > MAX_ITEMS) {
      setStatus({ kind: 'error', text: t('schedules.copyTooMany', { max: MAX_ITEMS }) });
      return;
    }
    setDraft(combined);
    setStatus({
      kind: 'done',
      text: t('schedules.copied', {
        count: items.length,
        slot: slotName(from.slot),
        name: source?.name ?? '',
      }),
    });
  };

  const slotHint = () => {
    const slot = props.slot;
    if (slot.kind === 'template') return t('schedules.templateHint', { weekday: weekdayName(slot.weekday) });
    const weekday = weekdayOf(slot.day);
    if (slot.day !== schoolDayOf(clock.now())) {
      const date = slotName(slot);
      return weekday && stored()?.fromTemplate
        ? t('schedules.dayFromTemplate', { date, weekday: weekdayName(weekday) })
        : t('schedules.dayHint', { date });
    }
    if (!weekday) return t('schedules.todayHintWeekend');
    return stored()?.fromTemplate
      ? t('schedules.todayFromTemplate', { weekday: weekdayName(weekday) })
      : t('schedules.todayHint', { weekday: weekdayName(weekday) });
  };

  return (
    <section class="panel" aria-labelledby="steps-title">
      <h2 id="steps-title">
        {t('schedules.stepsTitle', { slot: slotName(props.slot), name: props.student.name })}
      </h2>
      <p class="hint">{slotHint()}</p>
      <Show when={stored()} fallback={<p class="loading">{t('app.loading')}</p>}>
        <Show when={draft().length > 0} fallback={<p class="empty">{t('schedules.empty')}</p>}>
          <ol class="step-list" ref={reorder.setList} aria-label={t('schedules.stepListName')}>
            <Index each={draft()}>
              {(item, index) => (
                <StepRow
                  item={item()}
                  index={index}
                  count={draft().length}
                  card={cardMap().get(item().cardId)}
                  cards={cards() ?? []}
                  labelOf={labelOf}
                  dragHandle={reorder.handle(() => index)}
                  dragClass={dragClass(reorder.drag(), index)}
                  onMove={(from, to) => edit((items) => moveItem(items, from, to))}
                  onRemove={() => edit((items) => removeItem(items, item().id))}
                  boards={boards() ?? []}
                  onDuration={(minutes) => edit((items) => setDuration(items, item().id, minutes))}
                  onBoard={(boardId) => edit((items) => setStepBoard(items, item().id, boardId))}
                  onChooseOrder={(count) => edit((items) => setChooseOrder(items, item().id, count))}
                  onCheckIn={(on) => edit((items) => setStepCheckIn(items, item().id, on))}
                  expanded={expanded().has(item().id)}
                  onToggleMore={() => toggleMore(item().id)}
                  {...(props.slot.kind === 'day'
                    ? { onIsChange: (on: boolean) => edit((items) => setStepIsChange(items, item().id, on)) }
                    : {})}
                  onAddMini={(cardId) =>
                    edit((items) => addMiniStep(items, item().id, { id: newStepId(), cardId }))
                  }
                  onMoveMini={(from, to) => edit((items) => moveMiniStep(items, item().id, from, to))}
                  onRemoveMini={(miniId) => edit((items) => removeMiniStep(items, item().id, miniId))}
                />
              )}
            </Index>
          </ol>
        </Show>
        <Show when={(cards() ?? []).length > 0} fallback={<p class="empty">{t('schedules.noCards')}</p>}>
          <CardChooser
            id="add-step-card"
            cards={cards() ?? []}
            selectLabel={t('schedules.addCard')}
            placeholder={t('schedules.chooseCard')}
            buttonLabel={t('schedules.addStep')}
            disabled={draft().length >= MAX_ITEMS}
            onAdd={(cardId) => edit((items) => addItem(items, newStepId(), cardId))}
          />
          <Show when={draft().length >= MAX_ITEMS}>
            <p class="hint">{t('schedules.full', { max: MAX_ITEMS })}</p>
          </Show>
        </Show>
        <Show when={props.slot.kind === 'template' && props.slot}>
          {(template) => (
            <RepeatOn
              studentId={props.student.id}
              weekday={template().weekday}
              chosen={repeatOn()}
              onChange={setRepeatOn}
            />
          )}
        </Show>
        <div class="save-row">
          <button type="button" class="button primary big" disabled={saving()} onClick={() => void save()}>
            {t('schedules.save')}
          </button>
          <Show when={dirty()}>
            <p class="unsaved">{t('schedules.unsaved')}</p>
          </Show>
        </div>
        <StatusLine status={status()} />
        <CopyFrom
          students={props.students}
          target={{ studentId: props.student.id, slot: props.slot }}
          current={draft().map((item) => labelOf(item.cardId))}
          onCopy={copied}
        />
      </Show>
    </section>
  );
}
