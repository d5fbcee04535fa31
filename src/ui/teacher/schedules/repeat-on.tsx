import { For } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { scheduleFor } from '../../../db/repos/schedule-reads';
import type { StudentId } from '../../../domain/ids';
import { WEEKDAYS, type Weekday } from '../../../domain/schedule';
import { t } from '../../../i18n';
import { weekdayName } from './slots';

/**
 * "Repeat on": the other weekdays that take the same steps when this weekday is saved. None is
 * chosen to begin with, and a weekday that has steps of its own says it will lose them.
 */
export function RepeatOn(props: {
  studentId: StudentId;
  weekday: Weekday;
  chosen: readonly Weekday[];
  onChange: (chosen: Weekday[]) => void;
}) {
  const stepCounts = useLive(
    () => props.studentId,
    async (studentId) =>
      new Map(
        await Promise.all(
          WEEKDAYS.map(
            async (weekday) =>
              [
                weekday,
                (await scheduleFor(db, studentId, { kind: 'template', weekday }))?.items.length ?? 0,
              ] as const,
          ),
        ),
      ),
  );
  const toggle = (weekday: Weekday, on: boolean) =>
    props.onChange(WEEKDAYS.filter((each) => (each === weekday ? on : props.chosen.includes(each))));
  return (
    <fieldset class="copy-mode repeat-on">
      <legend>{t('schedules.repeatOn')}</legend>
      <For each={WEEKDAYS.filter((weekday) => weekday !== props.weekday)}>
        {(weekday) => (
          <label>
            <input
              type="checkbox"
              checked={props.chosen.includes(weekday)}
              onChange={(event) => toggle(weekday, event.currentTarget.checked)}
            />
            {(stepCounts()?.get(weekday) ?? 0) > 0
              ? t('schedules.repeatReplaces', {
                  weekday: weekdayName(weekday),
                  count: stepCounts()?.get(weekday) ?? 0,
                })
              : weekdayName(weekday)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
