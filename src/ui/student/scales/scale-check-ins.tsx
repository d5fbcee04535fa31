import '../../../i18n/kiosk-scales';
import './scales.css';
import { createEffect, createMemo, createSignal, on, onCleanup, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { scaleById } from '../../../db/repos/scale-reads';
import type { AppEvent, RatingContext } from '../../../domain/events';
import type { Student } from '../../../domain/people';
import { DEFAULT_PRESENTATION } from '../../../domain/presentation';
import { checkInKey, dueCheckIn } from '../../../domain/scale-check-in';
import type { ScaleAssignment } from '../../../domain/scales';
import type { DayProgress } from '../../../domain/schedule-progress';
import { useKioskText } from '../kiosk-text';
import { ScalePanel } from './scale-panel';

/**
 * The student's five-point scale in their day: it opens by itself for a check-in the teacher
 * planned, and on the student's own tap ("I want to tell how I feel"). The student can close it;
 * a check-in put off is not asked again at once, and the button brings it back.
 */
export function ScaleCheckIns(props: {
  student: Student;
  assignment: ScaleAssignment;
  progress: DayProgress;
  events: readonly AppEvent[];
  onOpenChange: (open: boolean) => void;
}) {
  const text = useKioskText();
  const scale = useLive(
    () => props.assignment.scaleId,
    (id) => scaleById(db, id),
  );
  const due = createMemo(() => dueCheckIn(props.assignment, props.progress, props.events));
  const [asking, setAsking] = createSignal<RatingContext>();
  let putOff = new Set<string>();
  // Another student at a shared tablet starts afresh.
  createEffect(
    on(
      () => props.student.id,
      () => {
        putOff = new Set();
        setAsking(undefined);
      },
      { defer: true },
    ),
  );
  createEffect(() => {
    const planned = due();
    if (planned && !asking() && !putOff.has(checkInKey(planned))) setAsking(planned);
  });
  // Told once the scale is read: until then the student day keeps a due check-in over the step.
  createEffect(() => {
    if (scale() !== undefined) props.onOpenChange(asking() !== undefined);
  });
  onCleanup(() => props.onOpenChange(false));

  const close = () => {
    const planned = due();
    if (planned) putOff.add(checkInKey(planned));
    setAsking(undefined);
  };

  return (
    <Show when={scale()}>
      {(shown) => (
        <Show
          when={asking()}
          fallback={
            <button
              type="button"
              class="scale-tell"
              onClick={() => setAsking(due() ?? { kind: 'on-demand', askedBy: 'student' })}
            >
              <span class="scale-tell-icon" aria-hidden="true">
                <span />
                <span />
                <span />
                <span />
                <span />
              </span>
              {text('kioskScales.tell')}
            </button>
          }
        >
          {(context) => (
            <ScalePanel
              scale={shown()}
              studentId={props.student.id}
              context={context()}
              pictureStyle={(props.student.presentation ?? DEFAULT_PRESENTATION).pictureStyle}
              onClose={close}
            />
          )}
        </Show>
      )}
    </Show>
  );
}
