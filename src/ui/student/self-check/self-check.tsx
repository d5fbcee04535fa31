import '../../../i18n/kiosk-self-check';
import type { MessageKey } from '../../../i18n';
import './self-check.css';
import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { cardsByIds } from '../../../db/repos/card-reads';
import { answerSelfCheck } from '../../../db/repos/self-checks';
import type { AppEvent, SelfCheckAnswer } from '../../../domain/events';
import type { CardId, StudentId } from '../../../domain/ids';
import {
  askedDuring,
  type DuePrompt,
  type QuestionWords,
  selfCheckAgenda,
  showsCountdown,
  type Target,
} from '../../../domain/self-monitoring';
import { AnswerButtons } from '../../components/answer-buttons';
import { StoredPicture } from '../../components/stored-picture';
import { useKioskText, useSayControl, useWordsFor } from '../kiosk-text';
import { useKioskWrite } from '../kiosk-write';
import { NotSaved } from '../not-saved';
import { softAlert } from '../soft-alert';
import { saySpeech } from '../spoken-caption';

const TICK_MS = 1000;

/** 0:45, 2:00, 15:00: minutes and seconds, as a countdown shows them. */
function countdownWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The time left as a voice says it: a voice reads "0:45" as a time of day, so the seconds under a
 * minute, else the minutes, counted up ("2 minutes" for 1:30).
 */
function spokenCountdown(ms: number): { key: MessageKey; params: { count: number } } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return total < 60
    ? { key: 'kioskSelfCheck.nextSpokenSeconds', params: { count: total } }
    : { key: 'kioskSelfCheck.nextSpokenMinutes', params: { count: Math.ceil(total / 60) } };
}

/**
 * The student's self-checks on the kiosk: when a question is due, a calm card comes in front of
 * the day to ask it, with a soft sound unless the teacher turned it off, and the answer is recorded; between interval questions, a countdown to the next one when the teacher wants it shown. Questions that
 * fell due before this screen opened are not asked (see intervalPrompt).
 */
export function SelfCheck(props: {
  studentId: StudentId;
  targets: readonly Target[];
  events: readonly AppEvent[];
  /**
   * Interval questions wait during reinforcer time and after "All done"; the interval starts
   * afresh when the day resumes, so nothing that fell due meanwhile is asked.
   */
  intervalsPaused: boolean;
  /** The activity on screen: an interval question the teacher keeps to some activities waits outside them. */
  activity?: CardId;
  /** A question on screen covers the step: its time to start waits until the question is answered. */
  onOpenChange: (open: boolean) => void;
}) {
  const text = useKioskText();
  const say = useSayControl();
  const [openedAt, setOpenedAt] = createSignal(clock.now());
  const [now, setNow] = createSignal(openedAt());
  onCleanup(clock.every(TICK_MS, () => setNow(clock.now())));
  createEffect(
    on(
      () => props.intervalsPaused,
      (paused, wasPaused) => {
        if (wasPaused && !paused) setOpenedAt(clock.now());
      },
    ),
  );
  const asked = createMemo(
    () =>
      props.intervalsPaused
        ? props.targets.filter((target) => target.when.kind !== 'interval')
        : props.targets.filter((target) => askedDuring(target, props.activity)),
    undefined,
    { equals: (a, b) => a.length === b.length && a.every((target, index) => target === b[index]) },
  );
  // An interval question that comes back (its activity is on screen again) starts its interval
  // afresh, as after a pause: what fell due meanwhile is not asked.
  createEffect(
    on(asked, (now, before) => {
      const wasAsked = new Set(before?.map((target) => target.id));
      if (before && now.some((target) => target.when.kind === 'interval' && !wasAsked.has(target.id)))
        setOpenedAt(clock.now());
    }),
  );
  const countdownShown = () => asked().some(showsCountdown);
  const agenda = createMemo(() => selfCheckAgenda(asked(), props.events, openedAt(), now()));
  // The same question stays the same object while it is asked, so the card is not made anew each tick.
  const asking = createMemo(() => agenda().due[0], undefined, {
    equals: (a, b) => a?.target === b?.target && a?.dueAt === b?.dueAt,
  });
  const { busy, notSaved, save } = useKioskWrite();

  createEffect(() => {
    const due = asking();
    if (due && due.target.sound !== false) softAlert();
  });
  createEffect(() => props.onOpenChange(asking() !== undefined));
  onCleanup(() => props.onOpenChange(false));

  const answer = async (due: DuePrompt, value: SelfCheckAnswer) => {
    await save(() =>
      answerSelfCheck(
        db,
        props.studentId,
        { targetId: due.target.id, answer: value, prompt: due.prompt },
        clock.now(),
      ),
    );
  };

  return (
    <>
      <NotSaved reason={notSaved()} />
      <Show
        when={asking()}
        fallback={
          <Show when={countdownShown() && agenda().nextAt}>
            {(nextAt) => (
              // Tapped, it says the time left, for a student who does not read it.
              <button
                type="button"
                class="self-check-next"
                onClick={() => {
                  const spoken = spokenCountdown(nextAt() - now());
                  say(spoken.key, spoken.params);
                }}
              >
                <span class="self-check-clock" aria-hidden="true" />
                {text('kioskSelfCheck.next', { time: countdownWords(nextAt() - now()) })}
              </button>
            )}
          </Show>
        }
      >
        {(due) => <QuestionCard due={due()} busy={busy()} onAnswer={(value) => void answer(due(), value)} />}
      </Show>
    </>
  );
}

function QuestionCard(props: { due: DuePrompt; busy: boolean; onAnswer: (answer: SelfCheckAnswer) => void }) {
  const text = useKioskText();
  const card = useLive(
    () => props.due.target.cardId,
    async (cardId) => (cardId ? (await cardsByIds(db, [cardId])).get(cardId) : undefined),
  );
  const wordsFor = useWordsFor();
  // The question in the student's language, else the classroom's, said in the voice of its language.
  const asked = () => wordsFor<QuestionWords>(props.due.target, props.due.target.inLanguages);
  const question = () => asked().words.question;
  const hear = () => {
    const { words, locale } = asked();
    saySpeech({ text: words.question, locale, ...(words.recording ? { recording: words.recording } : {}) });
  };
  // In front of everything on the student's screen, wherever they had scrolled, and focused, so a
  // screen reader or a switch starts at the question.
  let ask: HTMLButtonElement | undefined;
  onMount(() => ask?.focus({ preventScroll: true }));
  return (
    <div class="kiosk-front">
      <section class="self-check-card" aria-label={text('kioskSelfCheck.title')}>
        <button
          ref={ask}
          type="button"
          class="self-check-question"
          aria-label={text('kioskSelfCheck.hear', { question: question() })}
          onClick={hear}
        >
          <Show when={card()?.picture}>
            {(picture) => <StoredPicture mediaId={picture().mediaId} class="self-check-picture" />}
          </Show>
          <span class="self-check-words" lang={asked().locale}>
            {question()}
          </span>
        </button>
        <AnswerButtons
          kind={props.due.target.answer}
          text={text}
          size="large"
          disabled={props.busy}
          onAnswer={props.onAnswer}
        />
      </section>
    </div>
  );
}
