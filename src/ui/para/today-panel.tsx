import { Show } from 'solid-js';
import { useSchoolDay } from '../../app/school-day';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { eventsOfStudentDay } from '../../db/repos/events';
import { plannedDaySchedule } from '../../db/repos/schedule-reads';
import type { CardId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import { progressOf } from '../../domain/schedule-progress';
import { t } from '../../i18n';
import { AccuracyChecks } from './accuracy-checks';
import { BoardOpen } from './board-open';
import { ChangeCardInsert } from './change-card-insert';
import { ScaleStaffView } from './scale-staff-view';
import { DaySupport } from './support-map';
import { TokenGive } from './token-give';

/** One student's day as the adults see it, and the change card an adult may put in. */
export function TodayPanel(props: { student: Student }) {
  // The day the kiosk shows, moving at midnight as it does.
  const day = useSchoolDay();
  const studentId = () => props.student.id;
  const schedule = useLive(
    () => [studentId(), day()] as const,
    ([id, today]) => plannedDaySchedule(db, id, today),
  );
  const events = useLive(
    () => [studentId(), day()] as const,
    ([id, today]) => eventsOfStudentDay(db, id, today),
  );
  const cards = useLive(
    () => schedule()?.items ?? [],
    (items) =>
      cardsByIds(
        db,
        items.map((item) => item.cardId),
      ),
  );
  const progress = () => progressOf(schedule()?.items ?? [], events() ?? []);
  const label = (cardId: CardId) => cards()?.get(cardId)?.label ?? '';
  return (
    <section class="panel" aria-labelledby={`today-${props.student.id}`}>
      <h2 id={`today-${props.student.id}`}>{t('today.title', { name: props.student.name })}</h2>
      <Show
        when={(schedule()?.items.length ?? 0) > 0}
        fallback={<p class="empty">{t('today.noSchedule')}</p>}
      >
        <Show when={progress().current} fallback={<p>{t('today.allDone')}</p>}>
          {(current) => <p class="today-now">{t('today.now', { label: label(current().item.cardId) })}</p>}
        </Show>
        <Show when={progress().next}>
          {(next) => <p>{t('today.next', { label: label(next().item.cardId) })}</p>}
        </Show>
      </Show>
      <Show when={props.student.tokens}>
        {(plan) => <TokenGive student={props.student} plan={plan()} events={events() ?? []} />}
      </Show>
      <BoardOpen student={props.student} events={events() ?? []} />
      <AccuracyChecks student={props.student} />
      <Show when={props.student.scale}>
        {(assignment) => (
          <ScaleStaffView student={props.student} assignment={assignment()} events={events() ?? []} />
        )}
      </Show>
      <DaySupport
        name={props.student.name}
        items={schedule()?.items ?? []}
        events={events() ?? []}
        labelOf={label}
      />
      <ChangeCardInsert student={props.student} day={day()} />
    </section>
  );
}
