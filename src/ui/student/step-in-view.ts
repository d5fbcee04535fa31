import { type Accessor, createEffect, on, onCleanup, onMount } from 'solid-js';

/**
 * Brings the step to do now into view whenever it changes, and again whenever the layout or the
 * student's screen changes size under it (a mini-schedule folding away, pictures arriving, Done and
 * a timer replacing Start, the para bar opening beside or below it), so its Start or Done is never
 * out of sight; the root's scroll padding keeps it clear of the para bar. A student scrolling to
 * look ahead is left be. At once, not smoothly: a glide still under way aims at where the step was
 * before the layout changed size again, and left Done half off the screen.
 */
export function useStepInView(
  container: () => HTMLElement | undefined,
  selector: string,
  currentStep: Accessor<unknown>,
): void {
  const show = () =>
    container()
      ?.querySelector(selector)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  // Just before the next paint, when the whole screen has been built: a scroll now would make the
  // browser lay the page out in the middle of the render, and again for the paint.
  createEffect(
    on(currentStep, () => {
      const frame = requestAnimationFrame(show);
      onCleanup(() => cancelAnimationFrame(frame));
    }),
  );
  onMount(() => {
    const element = container();
    if (!element) return;
    const resized = new ResizeObserver(show);
    resized.observe(element);
    // The screen the layout sits in: its padding grows when the para bar opens.
    const screen = element.closest('main');
    if (screen) resized.observe(screen);
    onCleanup(() => resized.disconnect());
  });
}
