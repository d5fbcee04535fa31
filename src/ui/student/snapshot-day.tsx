import { For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import type { KioskSnapshot, SnapshotStep } from '../../domain/kiosk-snapshot';
import { isFocusLayout } from '../../domain/kiosk-snapshot';
import { type MessageKey, textIn } from '../../i18n';
import { showSnapshotControl } from './snapshot-control';
import './kiosk.css';

/** The kiosk's words in the snapshot's language. */
const wordsOf =
  (snapshot: KioskSnapshot) =>
  (key: MessageKey, params?: Record<string, string | number>): string =>
    textIn(snapshot.locale, key, params);

/**
 * The kiosk's last screen, painted from its snapshot while the database opens: the same places,
 * words and control, without pictures. Start or Done stands where it was but takes no tap: the
 * kiosk's own takes over when it has read the day, and settles before it takes one (counted from
 * this paint when it is the same control: see snapshot-control.ts).
 */
export function SnapshotDay(props: { snapshot: KioskSnapshot }) {
  const text = wordsOf(props.snapshot);
  const current = () => props.snapshot.steps.find((step) => step.status === 'current');
  const next = () => props.snapshot.steps.find((step) => step.status === 'upcoming');
  const firstThen = () => props.snapshot.layout === 'first-then';
  return (
    <Show
      when={isFocusLayout(props.snapshot.layout)}
      fallback={
        <ol
          class={`schedule-${props.snapshot.layout === 'strip' ? 'strip' : 'list'}`}
          aria-label={text('kiosk.schedule')}
        >
          <For each={props.snapshot.steps}>
            {(step) => (
              <li class={`schedule-entry ${step.status}`}>
                <Show when={step.status === 'current'} fallback={<SnapshotCard step={step} size="medium" />}>
                  <div class="current-step" aria-current="step">
                    <SnapshotCard step={step} size="large" />
                    <SnapshotAction snapshot={props.snapshot} step={step.label} />
                  </div>
                </Show>
                <Show when={step.status === 'finished'}>
                  <span class="step-status">
                    <span aria-hidden="true">✓</span> {text('kiosk.finished')}
                  </span>
                </Show>
                <Show when={step === next()}>
                  <span class="step-status">{text('kiosk.next')}</span>
                </Show>
              </li>
            )}
          </For>
        </ol>
      }
    >
      <div class={`focus-layout ${props.snapshot.layout}`}>
        <Show when={current()}>
          {(step) => (
            <section class="focus-now" aria-labelledby="snapshot-now-title">
              <h2 id="snapshot-now-title">{firstThen() ? text('kiosk.first') : text('kiosk.now')}</h2>
              <div class="current-step" aria-current="step">
                <SnapshotCard step={step()} size="large" />
                <SnapshotAction snapshot={props.snapshot} step={step().label} />
              </div>
            </section>
          )}
        </Show>
        <Show when={next()}>
          {(step) => (
            <section class="focus-next" aria-labelledby="snapshot-next-title">
              <h2 id="snapshot-next-title">{firstThen() ? text('kiosk.then') : text('kiosk.next')}</h2>
              <SnapshotCard step={step()} size={firstThen() ? 'large' : 'medium'} />
            </section>
          )}
        </Show>
        {/* As FinishedPocket shows it, so the screen keeps its height when the kiosk takes over. */}
        <Show when={props.snapshot.finished !== undefined}>
          <p class="finished-pocket">
            <span aria-hidden="true">✓</span>{' '}
            {text('kiosk.finishedCount', { count: props.snapshot.finished ?? 0 })}
          </p>
        </Show>
      </div>
    </Show>
  );
}

/** The current step's Start or Done as the kiosk last showed it, disabled until the kiosk is here. */
function SnapshotAction(props: { snapshot: KioskSnapshot; step: string }) {
  const text = wordsOf(props.snapshot);
  onMount(() => {
    const { studentId, day, action } = props.snapshot;
    if (action) onCleanup(showSnapshotControl({ studentId, day, step: props.step, action }));
  });
  const tap = () => props.snapshot.action?.tap;
  const miniStep = () => {
    const action = props.snapshot.action;
    return action?.tap === 'done' ? action.miniStep : undefined;
  };
  return (
    <Switch>
      <Match when={tap() === 'start'}>
        <button type="button" class="step-action start" disabled>
          <span aria-hidden="true">▶</span> {text('kiosk.start')}
        </button>
      </Match>
      <Match when={tap() === 'done'}>
        <button
          type="button"
          class="step-action done"
          classList={{ 'names-step': miniStep() !== undefined }}
          disabled
        >
          <span aria-hidden="true">✓</span>{' '}
          <Show when={miniStep()} fallback={text('kiosk.done')}>
            {(label) => text('kiosk.doneStep', { label: label() })}
          </Show>
        </button>
      </Match>
    </Switch>
  );
}

/** A step's card without its picture, whose place is kept so the screen does not grow when it comes. */
function SnapshotCard(props: { step: SnapshotStep; size: 'large' | 'medium' }) {
  return (
    <span class={`card-face ${props.size} style-word`}>
      <Show when={props.step.picture}>
        <span class="card-face-picture" />
      </Show>
      <span class="card-face-word">{props.step.label}</span>
    </span>
  );
}

/** The student's day from a snapshot: their greeting and the steps in view. */
export function SnapshotSection(props: { snapshot: KioskSnapshot }) {
  return (
    <section class="kiosk-day" aria-labelledby="kiosk-hello" lang={props.snapshot.locale}>
      <h1 id="kiosk-hello">{wordsOf(props.snapshot)('kiosk.hello', { name: props.snapshot.name })}</h1>
      <SnapshotDay snapshot={props.snapshot} />
    </section>
  );
}

/** The whole student screen from a snapshot, before the app itself has loaded. */
export function SnapshotScreen(props: { snapshot: KioskSnapshot }) {
  return (
    <div class="kiosk" lang={props.snapshot.locale}>
      <header />
      <main class="kiosk-main">
        <SnapshotSection snapshot={props.snapshot} />
      </main>
    </div>
  );
}
