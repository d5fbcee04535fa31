import { createEffect, createMemo, createSignal, lazy, Match, onMount, Show, Switch } from 'solid-js';
import { clock } from '../../app/clock';
import { paraBarOpen } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { eventsOfStudentDay } from '../../db/repos/events';
import { clearKioskSnapshot, keepKioskSnapshot, readKioskSnapshot } from '../../db/repos/kiosk-snapshot';
import { ensureDaySchedule, scheduleFor } from '../../db/repos/schedule-reads';
import { recordStudentSteps } from '../../db/repos/steps';
import { activeTargetsOf } from '../../db/repos/target-reads';
import { openedBoard } from '../../domain/choices';
import type { AppEvent } from '../../domain/events';
import type { CardId } from '../../domain/ids';
import { isFocusLayout, snapshotSteps } from '../../domain/kiosk-snapshot';
import { snapshotActionOf } from '../../domain/kiosk-snapshot-action';
import type { Student } from '../../domain/people';
import { DEFAULT_PRESENTATION, showsPicture } from '../../domain/presentation';
import { dueCheckIn } from '../../domain/scale-check-in';
import { usesScanner } from '../../domain/scanning';
import { finishedCountOf, progressOf } from '../../domain/schedule-progress';
import type { StudentTap } from '../../domain/step-records';
import type { SchoolDay } from '../../domain/time';
import { holdUpdatesWhile } from '../../pwa/service-worker';
import { FocusLayout } from './focus-layout';
import { useCardFor, useKioskText } from './kiosk-text';
import { useKioskWrite } from './kiosk-write';
import type { LayoutProps } from './layout-props';
import { ListLayout } from './list-layout';
import { NotSaved } from './not-saved';
import { takeSnapshotControl } from './snapshot-control';
import { SnapshotDay } from './snapshot-day';
import { useStepControl } from './step-control';
import { useWait } from './waiting/use-wait';

// Only a student with a token board loads it, so the kiosk's first load does not grow with it.
const TokenStrip = lazy(() => import('./tokens/token-strip').then((m) => ({ default: m.TokenStrip })));
// Shown only to a student whose teacher chose to show them their progress.
const MyProgress = lazy(() => import('./progress/my-progress').then((m) => ({ default: m.MyProgress })));
// Self-checks load only for a student with a question to be asked.
const SelfCheck = lazy(() => import('./self-check/self-check').then((m) => ({ default: m.SelfCheck })));
// Only a student with a five-point scale loads it.
const ScaleCheckIns = lazy(() =>
  import('./scales/scale-check-ins').then((m) => ({ default: m.ScaleCheckIns })),
);
// The para bar is an adult's, opened with a PIN: loaded then, never for the student alone.
const ParaBar = lazy(() => import('../para/para-bar').then((m) => ({ default: m.ParaBar })));
// Switch and dwell access load only for a student whose teacher chose them.
const SwitchAccess = lazy(() => import('./access/switch-access').then((m) => ({ default: m.SwitchAccess })));
// A wait an adult puts in front of the day is loaded when it comes.
const WaitCard = lazy(() => import('./waiting/wait-card').then((m) => ({ default: m.WaitCard })));
// A board an adult opens is loaded when opened.
const BoardChoice = lazy(() => import('./choice/board-choice').then((m) => ({ default: m.BoardChoice })));

/** The student's day: today's schedule, where they are in it, and their taps recorded as events. */
export function StudentDay(props: {
  student: Student;
  day: SchoolDay;
  /** Whether a reload shows this student again (not a picture login), so their screen is kept. */
  keepsSnapshot: boolean;
}) {
  const text = useKioskText();
  const cardFor = useCardFor();
  // Fixed for this screen: the kiosk makes a new one when the day moves (see kiosk.tsx).
  const day = props.day;
  const { busy, notSaved, save } = useKioskWrite();
  const [ready, setReady] = createSignal(false);
  // Undefined until the check-ins have said whether they are asking.
  const [scaleOpen, setScaleOpen] = createSignal<boolean>();
  const [questionOpen, setQuestionOpen] = createSignal(false);
  const [rewardTime, setRewardTime] = createSignal(false);
  const [daySection, setDaySection] = createSignal<HTMLElement>();

  onMount(async () => {
    await save(() => ensureDaySchedule(db, studentId(), day, clock.now()));
    setReady(true);
  });

  // null: no schedule today; undefined: not read yet. Read once the day's copy is made: a read
  // begun before that write could come back empty after the copy was shown, and stay so.
  const studentId = () => props.student.id;
  const schedule = useLive(
    () => (ready() ? studentId() : undefined),
    async (id) =>
      id === undefined ? undefined : ((await scheduleFor(db, id, { kind: 'day', day })) ?? null),
  );
  const loggedEvents = useLive(studentId, (id) => eventsOfStudentDay(db, id, day));
  // The day's events as this screen's last tap left them on disk, shown at once rather than after
  // the live read of the log comes round again. A day's log only grows, so the longer is newer.
  const [written, setWritten] = createSignal<readonly AppEvent[]>();
  const events = () => {
    const logged = loggedEvents();
    const mine = written();
    return mine && (logged === undefined || mine.length > logged.length) ? mine : logged;
  };
  const targets = useLive(studentId, (id) => activeTargetsOf(db, id));
  // Read for the schedule once it is known (none: no cards): until then the day is not shown, so
  // it never comes on screen without its words and pictures.
  const cards = useLive(
    () => {
      const known = schedule();
      return known === undefined ? undefined : (known?.items ?? []);
    },
    (items) =>
      items &&
      cardsByIds(
        db,
        items.flatMap((item) => [item.cardId, ...item.miniSteps.map((mini) => mini.cardId)]),
      ),
  );
  const loaded = () => ready() && schedule() !== undefined && events() !== undefined && cards() !== undefined;
  // A card's words as the kiosk shows them (in the student's language), once the cards are read.
  const labelOfCard = (cardId: CardId) => {
    const card = cards()?.get(cardId);
    return card && cardFor(card).label;
  };
  const progress = createMemo(() => progressOf(schedule()?.items ?? [], events() ?? []));

  // What the tap records is decided inside the write, against the day as the log has it then.
  const record = async (tap: StudentTap) => {
    let recorded: readonly AppEvent[] | undefined;
    const saved = await save(async () => {
      recorded = await recordStudentSteps(db, studentId(), tap, clock.now());
    });
    if (saved && recorded) setWritten(recorded);
    return saved && recorded !== undefined;
  };
  const opened = () => openedBoard(events() ?? []);
  const wait = useWait(() => events() ?? []);
  // A check-in that is due covers the step until the check-ins say they are not asking it.
  const checkInComing = () => {
    const assignment = props.student.scale;
    return (
      assignment !== undefined &&
      scaleOpen() === undefined &&
      dueCheckIn(assignment, progress(), events() ?? []) !== undefined
    );
  };
  const control = useStepControl({
    progress,
    loaded,
    uncovered: () =>
      !scaleOpen() &&
      !checkInComing() &&
      !questionOpen() &&
      !rewardTime() &&
      wait() === undefined &&
      opened() === undefined,
    writing: busy,
    record,
    // The same Start or Done on the same step as the snapshot's, which has been on screen since.
    onScreenSince: () => {
      const current = progress().current;
      const step = current && labelOfCard(current.item.cardId);
      const action = snapshotActionOf(progress(), labelOfCard);
      return takeSnapshotControl(step && action ? { studentId: studentId(), day, step, action } : undefined);
    },
  });

  const pictureStyle = () => (props.student.presentation ?? DEFAULT_PRESENTATION).pictureStyle;
  const layoutProps = (): LayoutProps => ({
    studentId: studentId(),
    day,
    events: events() ?? [],
    progress: progress(),
    cards: cards() ?? new Map(),
    pictureStyle: pictureStyle(),
    actions: { busy: control.busy(), onStart: control.onStart, onDone: control.onDone },
  });
  const layout = () => (props.student.presentation ?? DEFAULT_PRESENTATION).layout;
  // The last screen stands in until the day is read, and is kept with each change it shows.
  const snapshot = () => readKioskSnapshot({ day, studentId: studentId() });
  createEffect(() => {
    if (!loaded()) return;
    const shown = cards();
    const { items, allDone } = progress();
    if (!props.keepsSnapshot || items.length === 0 || allDone) return clearKioskSnapshot();
    if (shown === undefined || scaleOpen() || checkInComing()) return;
    const steps = items.flatMap((entry) => {
      const card = shown.get(entry.item.cardId);
      const label = card && cardFor(card).label;
      if (!label) return [];
      const step = { label, status: entry.status };
      return [showsPicture(pictureStyle(), card) ? { ...step, picture: true as const } : step];
    });
    // A step whose card is not read yet (a step just added): no snapshot rather than one without it.
    if (steps.length < items.length) return clearKioskSnapshot();
    const action = snapshotActionOf(progress(), labelOfCard);
    keepKioskSnapshot({
      version: 1,
      studentId: studentId(),
      day,
      locale: props.student.locale,
      name: props.student.name,
      layout: layout(),
      steps: snapshotSteps(layout(), steps),
      ...(action && { action }),
      ...(isFocusLayout(layout()) && {
        finished: finishedCountOf(progress()),
      }),
    });
  });
  // A new version of the app never reloads under a student mid-day; between days it may.
  holdUpdatesWhile(() => !loaded() || (progress().items.length > 0 && !progress().allDone));

  return (
    <section ref={setDaySection} class="kiosk-day" aria-labelledby="kiosk-hello">
      <h1 id="kiosk-hello">{text('kiosk.hello', { name: props.student.name })}</h1>
      <Show when={props.student.tokens}>
        {(plan) => <TokenStrip student={props.student} plan={plan()} onRewardTime={setRewardTime} />}
      </Show>
      <Show when={props.student.progressView}>
        {(view) => <MyProgress studentId={studentId()} view={view()} />}
      </Show>
      <Show when={(targets() ?? []).length > 0 && events()}>
        {(today) => (
          <SelfCheck
            studentId={studentId()}
            targets={targets() ?? []}
            events={today()}
            intervalsPaused={rewardTime() || progress().allDone}
            activity={progress().current?.item.cardId}
            onOpenChange={setQuestionOpen}
          />
        )}
      </Show>
      <Show when={opened()}>
        {(opening) => (
          <div class="opened-board">
            <BoardChoice
              studentId={studentId()}
              boardId={opening().boardId}
              on={{ opening: opening().id }}
              events={events() ?? []}
              pictureStyle={pictureStyle()}
            />
          </div>
        )}
      </Show>
      <Show when={wait()}>{(shown) => <WaitCard wait={shown()} />}</Show>
      <NotSaved reason={notSaved()} />
      <Show when={loaded() && props.student.scale}>
        {(assignment) => (
          <ScaleCheckIns
            student={props.student}
            assignment={assignment()}
            progress={progress()}
            events={events() ?? []}
            onOpenChange={setScaleOpen}
          />
        )}
      </Show>
      <Switch>
        <Match when={!loaded()}>
          <Show when={snapshot()}>{(shown) => <SnapshotDay snapshot={shown()} />}</Show>
        </Match>
        <Match when={scaleOpen() || checkInComing()}>{null}</Match>
        {/* While reinforcer time runs, the schedule does not ask for the next step. */}
        <Match when={rewardTime()}>{null}</Match>
        <Match when={progress().items.length === 0}>
          <NothingPlanned />
        </Match>
        <Match when={progress().allDone}>
          <div class="calm-card">
            <p class="kiosk-big">{text('kiosk.allDone')}</p>
            <p>{text('kiosk.allDoneBody')}</p>
          </div>
        </Match>
        <Match when={layout() === 'list' || layout() === 'strip'}>
          <ListLayout {...layoutProps()} direction={layout() === 'strip' ? 'strip' : 'list'} />
        </Match>
        <Match when={true}>
          <FocusLayout {...layoutProps()} variant={layout() === 'first-then' ? 'first-then' : 'now-next'} />
        </Match>
      </Switch>
      <Show when={paraBarOpen()}>
        <ParaBar student={props.student} />
      </Show>
      {/* Keyed: changed settings (from sync, say) start the scanner afresh in its new mode. */}
      <Show when={usesScanner(props.student.access) && props.student.access} keyed>
        {(access) => (
          <Show when={daySection()}>{(root) => <SwitchAccess access={access} root={root()} />}</Show>
        )}
      </Show>
    </section>
  );
}

function NothingPlanned() {
  const text = useKioskText();
  return (
    <>
      <div class="calm-card">
        <svg viewBox="0 0 120 120" width="160" height="160" aria-hidden="true">
          <circle cx="60" cy="60" r="56" fill="#fde9b0" />
          <circle cx="60" cy="60" r="26" fill="#f2b134" />
        </svg>
        <p class="kiosk-big">{text('kiosk.nothingPlanned')}</p>
      </div>
      <p class="adult-hint">{text('kiosk.nothingPlannedAdult')}</p>
    </>
  );
}
