import '../../i18n/adult';
import './para.css';
import { createMemo, createSignal, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { leaveParaBar } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { eventsOfStudentDay } from '../../db/repos/events';
import { stagesOfDay } from '../../db/repos/plans';
import { rollupsBefore } from '../../db/repos/rollups';
import { scheduleFor } from '../../db/repos/schedule-reads';
import type { PromptLevel } from '../../domain/events';
import type { CardId, StepId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import { progressOf } from '../../domain/schedule-progress';
import { derivedSupport, recordedSupport } from '../../domain/support';
import { schoolDayOf } from '../../domain/time';
import { locale, t } from '../../i18n';
import { useIdleLock } from '../components/use-idle-lock';
import { useNow } from '../components/use-now';
import { AccuracyChecks } from './accuracy-checks';
import { BoardOpen } from './board-open';
import { ChangeCardInsert } from './change-card-insert';
import { DistressAlert } from './distress-alert';
import { NeedsCheckIn } from './needs-check-in';
import { ObserverPanel } from './observer-panel';
import { PlanChangesNotice } from './plan-changes-notice';
import { usePromptLevels } from './prompt-names';
import { PromptPanel } from './prompt-panel';
import { QuickNotes } from './quick-notes';
import { SupportButtons } from './support-buttons';
import { DaySupport } from './support-map';
import { TokenGive } from './token-give';
import { UndoLast } from './undo-last';
import { WaitGive } from './wait-give';

/** Often enough for a countdown of seconds to read right. */
const TICK_MS = 250;

/**
 * The para's side of the tablet, beside the running kiosk: one-tap records for the step on the
 * student's screen, the plan to follow now, an alert rating and the response to it, accuracy
 * checks, tokens, a wait, a choice board or change card to put on the screen, the start-of-day
 * needs check-in, notes and support.
 * Opened with a PIN; closing it ends the adult's session.
 */
export function ParaBar(props: { student: Student }) {
  const now = useNow(TICK_MS);
  const day = schoolDayOf(clock.now());
  const studentId = () => props.student.id;
  // The same live reads as the kiosk's, so both show the same step at the same moment.
  const schedule = useLive(studentId, (id) => scheduleFor(db, id, { kind: 'day', day }));
  const dayEvents = useLive(studentId, (id) => eventsOfStudentDay(db, id, day));
  const events = () => dayEvents() ?? [];
  const items = () => schedule()?.items ?? [];
  const progress = createMemo(() => progressOf(items(), events()));
  const cards = useLive(items, (list) =>
    cardsByIds(
      db,
      list.flatMap((item) => [item.cardId, ...item.miniSteps.map((mini) => mini.cardId)]),
    ),
  );
  const stages = useLive(studentId, (id) => stagesOfDay(db, id, day));
  // Counted over the days before today, so the buttons do not change size under the adult's hand.
  const counts = useLive(studentId, async (id) => {
    const totals: Partial<Record<PromptLevel, number>> = {};
    for (const rollup of await rollupsBefore(db, id, day)) {
      for (const [level, count] of Object.entries(rollup.startsByPrompt) as [PromptLevel, number][])
        totals[level] = (totals[level] ?? 0) + count;
    }
    return totals;
  });
  const levels = usePromptLevels();
  const labelOfCard = (cardId: CardId) => cards()?.get(cardId)?.label ?? '';
  const labelOfStep = (stepId: StepId) => {
    for (const item of items()) {
      if (item.id === stepId) return labelOfCard(item.cardId);
      const mini = item.miniSteps.find((step) => step.id === stepId);
      if (mini) return labelOfCard(mini.cardId);
    }
    return '';
  };
  const part = () => progress().current?.item;

  // Folded to its header, the bar leaves the whole screen to the student (a tablet held upright).
  const [folded, setFolded] = createSignal(false);
  // A second observer records on their own: the day's other records are out of sight meanwhile.
  const [observing, setObserving] = createSignal(false);
  // Left alone beside the student, the bar closes and the adult's session ends; the kiosk runs on.
  const lockWhenIdle = useIdleLock(leaveParaBar);

  return (
    <section
      ref={lockWhenIdle}
      class="para-bar"
      classList={{ folded: folded() }}
      aria-labelledby="para-bar-title"
      lang={locale()}
    >
      <header class="para-bar-head">
        <h2 id="para-bar-title">{t('paraBar.title', { name: props.student.name })}</h2>
        <button
          type="button"
          class="button"
          aria-expanded={!folded()}
          aria-controls="para-bar-body"
          onClick={() => setFolded(!folded())}
        >
          {folded() ? t('paraBar.unfold') : t('paraBar.fold')}
        </button>
        <button type="button" class="button" onClick={leaveParaBar}>
          {t('paraBar.close')}
        </button>
      </header>
      <Show when={props.student.scale}>
        {(assignment) => (
          <DistressAlert student={props.student} assignment={assignment()} events={events()} />
        )}
      </Show>
      <div id="para-bar-body" class="para-bar-body" hidden={folded()}>
        <Show
          when={!observing()}
          fallback={
            <ObserverPanel
              studentId={studentId()}
              progress={progress()}
              events={events()}
              cards={cards() ?? new Map()}
              shown={levels.shown()}
              nameOf={levels.nameOf}
              now={now()}
              onLeave={() => setObserving(false)}
            />
          }
        >
          <PlanChangesNotice studentId={studentId()} nameOf={levels.nameOf} />
          <Show when={(props.student.needsCheckIn ?? []).length > 0 && props.student.needsCheckIn}>
            {(items) => <NeedsCheckIn student={props.student} items={items()} events={events()} />}
          </Show>
          <PromptPanel
            studentId={studentId()}
            progress={progress()}
            events={events()}
            cards={cards() ?? new Map()}
            stages={stages() ?? new Map()}
            shown={levels.shown()}
            counts={counts() ?? {}}
            nameOf={levels.nameOf}
            now={now()}
          />
          <UndoLast
            studentId={studentId()}
            events={events()}
            labelOf={labelOfStep}
            nameOf={levels.nameOf}
            now={now()}
          />
          <AccuracyChecks student={props.student} />
          <Show when={props.student.tokens}>
            {(plan) => <TokenGive student={props.student} plan={plan()} events={events()} />}
          </Show>
          <WaitGive student={props.student} events={events()} now={now()} />
          <Show when={part()}>
            {(item) => (
              <SupportButtons
                studentId={studentId()}
                stepId={item().id}
                label={labelOfCard(item().cardId)}
                recorded={recordedSupport(item(), events())}
                derived={derivedSupport(item(), events())}
              />
            )}
          </Show>
          <details class="para-more">
            <summary>{t('paraBar.openBoard')}</summary>
            <BoardOpen student={props.student} events={events()} />
          </details>
          <details class="para-more">
            <summary>{t('paraBar.changeCard')}</summary>
            <ChangeCardInsert student={props.student} day={day} />
          </details>
          <QuickNotes studentId={studentId()} />
          <DaySupport name={props.student.name} items={items()} events={events()} labelOf={labelOfCard} />
          <button type="button" class="button para-observe" onClick={() => setObserving(true)}>
            {t('observer.enter')}
          </button>
        </Show>
      </div>
    </section>
  );
}
