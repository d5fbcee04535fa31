import { createEffect, createSignal, on, onCleanup, onMount, useContext } from 'solid-js';
import { clock } from '../../../app/clock';
import {
  type AccessSettings,
  dwellContinues,
  nextScanIndex,
  type Point,
  restsAfter,
  type SwitchAction,
  scanIndexAfterChange,
  switchActionOf,
} from '../../../domain/scanning';
import { KioskLocale } from '../kiosk-text';
import { speak } from '../speech';
import './access.css';

/**
 * What covers the day while it is open (a question, a check-in, an opened board, choosing what to
 * work for): scanning stays inside it, as a tap could only sensibly go there.
 */
const COVERING = '.self-check-card, .scale-panel, .opened-board, .reinforcer-choice';
/** Controls that move the day on; a new one takes the highlight as it appears. */
const MOVES_THE_DAY = '.step-action';
/** The adults' part of the screen, which scanning never enters. */
const ADULTS_ONLY = '.para-bar';

/** The controls the student uses now, in the order they are on screen. */
function controlsOn(root: HTMLElement): HTMLButtonElement[] {
  const scope = root.querySelector<HTMLElement>(COVERING) ?? root;
  return [...scope.querySelectorAll('button')].filter(
    (button) =>
      !button.disabled &&
      button.closest(ADULTS_ONLY) === null &&
      button.closest('[hidden], [inert]') === null &&
      button.getClientRects().length > 0,
  );
}

function needingTheStudent(root: HTMLElement, controls: readonly HTMLButtonElement[]): HTMLButtonElement[] {
  const covering = root.querySelector(COVERING);
  return controls.filter((control) => covering !== null || control.matches(MOVES_THE_DAY));
}

/**
 * An adult typing (a note in the para bar) keeps their keys and their focus. A para's tap on a
 * button leaves the focus there, which must not silence the student's switches.
 */
function adultIsTyping(element: Element | null): boolean {
  return element?.matches('input, textarea, select, [contenteditable]') ?? false;
}

/** A control's name as a screen reader says it: its label, or its words without hidden marks (✓). */
function spokenNameOf(control: HTMLElement): string {
  const label = control.getAttribute('aria-label');
  if (label) return label;
  const words = control.cloneNode(true) as HTMLElement;
  for (const hidden of words.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return words.textContent?.trim() ?? '';
}

const sameControls = (a: readonly HTMLElement[], b: readonly HTMLElement[]) =>
  a.length === b.length && a.every((control, index) => control === b[index]);

/**
 * Switch and dwell access over the kiosk's own controls: a highlight moves over them (by itself
 * for one switch, by the move key for two), and a press, or a pointer held still, clicks the one
 * highlighted, exactly as a tap would, so the same records follow. Loaded only for a student
 * whose teacher chose it.
 */
export function SwitchAccess(props: { access: AccessSettings; root: HTMLElement }) {
  const locale = useContext(KioskLocale);
  const [highlighted, setHighlighted] = createSignal<HTMLElement>();
  const [resting, setResting] = createSignal(false);
  let controls: HTMLButtonElement[] = [];
  let silentRounds = 0;

  const scanning = () => props.access.mode === 'one-switch' || props.access.mode === 'two-switch';

  const refresh = () => {
    const next = controlsOn(props.root);
    const current = highlighted();
    if (
      sameControls(controls, next) &&
      (current === undefined || next.includes(current as HTMLButtonElement))
    ) {
      return;
    }
    if (!scanning()) {
      // Dwell follows the pointer: a control that is gone is no longer held.
      controls = next;
      if (current && !next.some((control) => control === current)) setHighlighted(undefined);
      return;
    }
    const index = scanIndexAfterChange<HTMLElement>({
      current,
      previous: controls,
      targets: next,
      needsStudent: needingTheStudent(props.root, next),
    });
    const arrived = index === undefined ? undefined : next[index];
    // A new step wakes a resting scan: something needs the student again.
    if (arrived !== current && arrived?.matches(MOVES_THE_DAY)) wake();
    controls = next;
    setHighlighted(arrived);
  };

  const wake = () => {
    silentRounds = 0;
    setResting(false);
  };

  const move = () => {
    const current = highlighted();
    if (current === undefined || controls.length === 0) return;
    const { index, wrapped } = nextScanIndex(
      Math.max(0, controls.indexOf(current as HTMLButtonElement)),
      controls.length,
    );
    if (wrapped && props.access.mode === 'one-switch') {
      silentRounds += 1;
      if (restsAfter(silentRounds)) return setResting(true);
    }
    setHighlighted(controls[index]);
  };

  const press = (action: SwitchAction) => {
    if (resting()) return wake();
    silentRounds = 0;
    if (action === 'move') return move();
    highlighted()?.click();
  };

  // The highlight itself: a ring that shows on any background, the focus, and the name if wanted.
  createEffect(
    on(highlighted, (control) => {
      if (!control) return;
      control.classList.add('switch-highlight');
      const focused = document.activeElement;
      if (!adultIsTyping(focused)) control.focus({ preventScroll: true });
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (props.access.speakHighlight) {
        speak(spokenNameOf(control), locale());
      }
      onCleanup(() => control.classList.remove('switch-highlight'));
    }),
  );
  createEffect(() => document.documentElement.classList.toggle('switch-scan-resting', resting()));
  onCleanup(() => document.documentElement.classList.remove('switch-scan-resting'));

  // One switch: the highlight stays on each control for the teacher's time, then moves on.
  createEffect(
    on([highlighted, resting], ([control, rests]) => {
      if (props.access.mode !== 'one-switch' || !control || rests) return;
      onCleanup(clock.after(props.access.scanMs, move));
    }),
  );

  onMount(() => {
    refresh();
    const observer = new MutationObserver(refresh);
    observer.observe(props.root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled', 'hidden', 'inert'],
    });
    onCleanup(() => observer.disconnect());
    if (scanning()) listenToSwitches();
    else listenToDwell();
  });

  const listenToSwitches = () => {
    const keyDown = (event: KeyboardEvent) => {
      const action = switchActionOf(props.access, event.key);
      if (!action || event.ctrlKey || event.altKey || event.metaKey || adultIsTyping(document.activeElement))
        return;
      // Taken here only: the focused button's own Enter or Space would click it a second time.
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat) press(action);
    };
    const keyUp = (event: KeyboardEvent) => {
      if (!switchActionOf(props.access, event.key) || adultIsTyping(document.activeElement)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', keyDown, true);
    window.addEventListener('keyup', keyUp, true);
    onCleanup(() => {
      window.removeEventListener('keydown', keyDown, true);
      window.removeEventListener('keyup', keyUp, true);
    });
  };

  const listenToDwell = () => {
    let anchor: { target: HTMLElement; at: Point } | undefined;
    let cancelDwell: (() => void) | undefined;
    // Selected by dwelling: not again until the pointer has left it.
    let selected: HTMLElement | undefined;
    const pointerMove = (event: PointerEvent) => {
      const over = event.target instanceof Element ? event.target.closest('button') : null;
      const target = over && controls.includes(over) ? over : undefined;
      const at = { x: event.clientX, y: event.clientY };
      if (target !== selected) selected = undefined;
      if (target && anchor && dwellContinues(anchor, target, at)) return;
      cancelDwell?.();
      cancelDwell = undefined;
      anchor = target ? { target, at } : undefined;
      setHighlighted(target);
      if (!target || target === selected) return;
      target.style.setProperty('--dwell-ms', `${props.access.dwellMs}ms`);
      target.classList.add('switch-dwelling');
      const stop = clock.after(props.access.dwellMs, () => {
        selected = target;
        target.classList.remove('switch-dwelling');
        target.click();
      });
      cancelDwell = () => {
        stop();
        target.classList.remove('switch-dwelling');
      };
    };
    props.root.addEventListener('pointermove', pointerMove);
    onCleanup(() => {
      cancelDwell?.();
      props.root.removeEventListener('pointermove', pointerMove);
    });
  };

  return null;
}
