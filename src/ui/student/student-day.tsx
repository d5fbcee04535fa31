import { createEffect, createMemo, createSignal, lazy, Match, onMount, Show, Switch } from 'solid-js';
import { clock } from '../../app/clock';
import { paraBarOpen } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { eventsOfStudentDay } from '../../db/repos/events';
import { ensureDaySchedule, scheduleFor } from '../../db/repos/schedule-reads';
import { recordStudentSteps } from '../../db/repos/steps';
import { activeTargetsOf } from '../../db/repos/target-reads';
import { openedBoard } from '../../domain/choices';
import type { StepId } from '../../domain/ids';
import type { Student } from '../../domain/people';
import { DEFAULT_PRESENTATION } from '../../domain/presentation';
import {
  doneTap,
  progressOf,
  type StepDraft,
  startTap,
  unrecordedShows,
} from '../../domain/schedule-progress';
import { schoolDayOf } from '../../domain/time';
import { holdUpdatesWhile } from '../../pwa/service-worker';
import { FocusLayout } from './focus-layout';
import { useKioskText } from './kiosk-text';
import { useKioskWrite } from './kiosk-write';
import type { LayoutProps } from './layout-props';
import { ListLayout } from './list-layout';
import { NotSaved } from './not-saved';

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
// A board an adult opens is loaded when opened.
const BoardChoice = lazy(() => import('./choice/board-choice').then((m) => ({ default: m.BoardChoice })));

/** The student's day: today's schedule, where they are in it, and their taps recorded as events. */
export function StudentDay(props: { student: Student }) {
  const text = useKioskText();
  const day = schoolDayOf(clock.now());
  const { busy, notSaved, save } = useKioskWrite();
  const [ready, setReady] = createSignal(false);
  const [scaleOpen, setScaleOpen] = createSignal(false);

  onMount(async () => {
    await save(() => ensureDaySchedule(db, studentId(), day, clock.now()));
    setReady(true);
  });

  // null: no schedule today; undefined: not read yet.
  const studentId = () => props.student.id;
  const schedule = useLive(
    studentId,
    async (id) => (await scheduleFor(db, id, { kind: 'day', day })) ?? null,
  );
  const events = useLive(studentId, (id) => eventsOfStudentDay(db, id, day));
  const targets = useLive(studentId, (id) => activeTargetsOf(db, id));
  const cards = useLive(
    () => schedule()?.items ?? [],
    (items) =>
      cardsByIds(
        db,
        items.flatMap((item) => [item.cardId, ...item.miniSteps.map((mini) => mini.cardId)]),
      ),
  );
  const progress = createMemo(() => progressOf(schedule()?.items ?? [], events() ?? []));

  const record = async (drafts: readonly StepDraft[]) => {
    const current = schedule();
    if (!current || drafts.length === 0) return;
    await save(() => recordStudentSteps(db, studentId(), current.id, drafts, clock.now()));
  };

  // Record each step the moment it is on screen, once: latency is measured from here.
  const showing = new Set<StepId>();
  createEffect(() => {
    if (!schedule() || events() === undefined) return;
    const shows = unrecordedShows(progress()).filter((show) => !showing.has(show.stepId));
    for (const show of shows) showing.add(show.stepId);
    void record(shows);
  });

  const layoutProps = (): LayoutProps => ({
    studentId: studentId(),
    day,
    events: events() ?? [],
    progress: progress(),
    cards: cards() ?? new Map(),
    pictureStyle: (props.student.presentation ?? DEFAULT_PRESENTATION).pictureStyle,
    actions: {
      busy: busy(),
      onStart: () => {
        const draft = startTap(progress(), clock.now());
        if (draft) void record([draft]);
      },
      onDone: () => void record(doneTap(progress(), clock.now())),
    },
  });
  const layout = () => (props.student.presentation ?? DEFAULT_PRESENTATION).layout;
  const loaded = () => ready() && schedule() !== undefined && events() !== undefined;
  // A new version of the app never reloads under a student mid-day; between days it may.
  holdUpdatesWhile(() => !loaded() || (progress().items.length > 0 && !progress().allDone));
  const opened = () => openedBoard(events() ?? []);

  return (
    <section class="kiosk-day" aria-labelledby="kiosk-hello">
      <h1 id="kiosk-hello">{text('kiosk.hello', { name: props.student.name })}</h1>
      <Show when={props.student.tokens}>
        {(plan) => <TokenStrip student={props.student} plan={plan()} />}
      </Show>
      <Show when={props.student.progressView}>
        {(view) => <MyProgress studentId={studentId()} view={view()} />}
      </Show>
      <Show when={(targets() ?? []).length > 0 && events()}>
        {(today) => <SelfCheck studentId={studentId()} targets={targets() ?? []} events={today()} />}
      </Show>
      <Show when={opened()}>
        {(opening) => (
          <div class="opened-board">
            <BoardChoice
              studentId={studentId()}
              boardId={opening().boardId}
              on={{ opening: opening().id }}
              events={events() ?? []}
              pictureStyle={(props.student.presentation ?? DEFAULT_PRESENTATION).pictureStyle}
            />
          </div>
        )}
      </Show>
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
        <Match when={!loaded() || scaleOpen()}>{null}</Match>
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
