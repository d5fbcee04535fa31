import { createEffect, createSignal, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { undoRecord } from '../../db/repos/para-records';
import type { AppEvent, PromptLevel } from '../../domain/events';
import type { StepId, StudentId } from '../../domain/ids';
import { recordedSince, UNDO_WINDOW_MS, undoableRecord } from '../../domain/prompting';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/** The last record of the day, and a tap to take it back while it is less than 10 seconds old. */
export function UndoLast(props: {
  studentId: StudentId;
  events: readonly AppEvent[];
  labelOf: (stepId: StepId) => string;
  nameOf: (level: PromptLevel) => string;
  now: number;
}) {
  const { busy, status, setStatus, save: run } = useSave();
  // "Undone" is said until the para records something new, then it would only mislead.
  const [undoneAt, setUndoneAt] = createSignal<number>();
  createEffect(() => {
    const since = undoneAt();
    if (since !== undefined && recordedSince(props.events, since)) {
      setStatus(undefined);
      setUndoneAt(undefined);
    }
  });
  const undo = async (record: AppEvent) => {
    const at = clock.now();
    const voided = await run(
      () => undoRecord(db, adultSession(), props.studentId, record.id, at),
      t('paraBar.undone'),
    );
    if (voided) setUndoneAt(at);
  };
  const last = () => undoableRecord(props.events, props.now);
  const describe = (record: AppEvent) => {
    if (record.type === 'step-started')
      return t('paraBar.recordStart', {
        label: props.labelOf(record.stepId),
        prompt: props.nameOf(record.prompt),
      });
    if (record.type === 'support-noted')
      return t('paraBar.recordSupport', {
        label: props.labelOf(record.stepId),
        level: t(`support.${record.level}`),
      });
    if (record.type === 'staff-responded') return t('paraBar.recordResponse');
    return record.type === 'note' ? t('paraBar.recordNote', { text: record.text }) : '';
  };
  return (
    <div class="para-undo">
      <Show when={last()}>
        {(record) => (
          <p>
            <span>{t('paraBar.lastRecord', { what: describe(record()) })}</span>{' '}
            <button type="button" class="button" disabled={busy()} onClick={() => void undo(record())}>
              {t('paraBar.undo', {
                seconds: Math.max(0, Math.ceil((record().at + UNDO_WINDOW_MS - props.now) / 1000)),
              })}
            </button>
          </p>
        )}
      </Show>
      <StatusLine status={status()} />
    </div>
  );
}
