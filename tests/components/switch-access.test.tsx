import { render } from '@solidjs/testing-library';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type AccessSettings, DEFAULT_ACCESS, SCAN_ROUNDS_BEFORE_REST } from '../../src/domain/scanning';
import { SwitchAccess } from '../../src/ui/student/access/switch-access';
import { type Said, stubSpeech } from '../support/speech';

const ONE_SWITCH: AccessSettings = { ...DEFAULT_ACCESS, mode: 'one-switch', scanMs: 1000 };
const TWO_SWITCHES: AccessSettings = { ...DEFAULT_ACCESS, mode: 'two-switch' };
const DWELL: AccessSettings = { ...DEFAULT_ACCESS, mode: 'dwell', dwellMs: 1500 };

let root: HTMLElement;
let taps: string[];

/** A student's day as the kiosk draws it: cards, Start, and the para bar's own buttons beside. */
beforeEach(() => {
  vi.useFakeTimers();
  // jsdom lays nothing out: every control counts as drawn, and scrolling is a no-op.
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([
    new DOMRect(0, 0, 10, 10),
  ] as unknown as DOMRectList);
  Element.prototype.scrollIntoView = () => {};
  root = document.createElement('section');
  root.innerHTML = `
    <button>Hear Reading</button>
    <button class="step-action"><span aria-hidden="true">▶</span> Start</button>
    <button>Hear Math</button>
    <div class="para-bar"><button>Verbal</button><input aria-label="Note"></div>`;
  document.body.append(root);
  taps = [];
  root.addEventListener('click', (event) => taps.push(nameOf(event.target as Element) ?? ''));
});
afterEach(() => {
  root.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A button's words, without the marks that are only pictures. */
const nameOf = (element: Element | null | undefined) => element?.textContent?.replace('▶', '').trim();
const highlighted = () => nameOf(document.querySelector('.switch-highlight'));
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((each) => nameOf(each) === name) as HTMLButtonElement;
const press = (key: string, target: EventTarget = document.activeElement ?? document.body) => {
  const down = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(down);
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
  return down;
};
/** Lets the page's mutation observer see a change. */
const settle = () => vi.advanceTimersByTimeAsync(0);

test('one switch: the highlight starts on Start, moves by itself past the para bar, and a press taps', async () => {
  render(() => <SwitchAccess access={ONE_SWITCH} root={root} />);
  expect(highlighted()).toBe('Start');
  expect(document.activeElement).toBe(button('Start'));
  await vi.advanceTimersByTimeAsync(1000);
  expect(highlighted()).toBe('Hear Math');
  await vi.advanceTimersByTimeAsync(1000);
  expect(highlighted()).toBe('Hear Reading');

  const down = press(' ');
  expect(down.defaultPrevented).toBe(true);
  expect(taps).toEqual(['Hear Reading']);
});

test('one switch: after its silent rounds the highlight rests; a press wakes it without tapping', async () => {
  render(() => <SwitchAccess access={ONE_SWITCH} root={root} />);
  await vi.advanceTimersByTimeAsync(3 * 1000 * (SCAN_ROUNDS_BEFORE_REST + 1));
  const resting = highlighted();
  await vi.advanceTimersByTimeAsync(5000);
  expect(highlighted()).toBe(resting);

  press('Enter');
  expect(taps).toEqual([]);
  await vi.advanceTimersByTimeAsync(1000);
  expect(highlighted()).not.toBe(resting);
});

test('two switches: Space moves, Enter taps, and nothing moves by itself', async () => {
  render(() => <SwitchAccess access={TWO_SWITCHES} root={root} />);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(highlighted()).toBe('Start');
  press(' ');
  expect(highlighted()).toBe('Hear Math');
  press(' ');
  expect(highlighted()).toBe('Hear Reading');
  press('Enter');
  expect(taps).toEqual(['Hear Reading']);
});

test('an adult typing in the para bar keeps their keys', async () => {
  render(() => <SwitchAccess access={TWO_SWITCHES} root={root} />);
  const note = root.querySelector('input') as HTMLInputElement;
  note.focus();
  expect(press(' ', note).defaultPrevented).toBe(false);
  expect(highlighted()).toBe('Start');
});

test('after a para’s tap in the para bar the student’s switches still work', async () => {
  render(() => <SwitchAccess access={TWO_SWITCHES} root={root} />);
  button('Verbal').focus();
  press(' ');
  expect(highlighted()).toBe('Hear Math');
  press('Enter');
  expect(taps).toEqual(['Hear Math']);
});

test('scanning pauses with nothing to press and resumes on a new Start, which takes the highlight', async () => {
  render(() => <SwitchAccess access={ONE_SWITCH} root={root} />);
  for (const each of root.querySelectorAll('button')) each.disabled = true;
  await settle();
  expect(highlighted()).toBeUndefined();
  await vi.advanceTimersByTimeAsync(5000);
  expect(highlighted()).toBeUndefined();

  button('Hear Math').disabled = false;
  await settle();
  expect(highlighted()).toBe('Hear Math');
  button('Start').disabled = false;
  await settle();
  expect(highlighted()).toBe('Start');
});

test('dwell: holding the pointer still over a control taps it once; moving on starts again', async () => {
  render(() => <SwitchAccess access={DWELL} root={root} />);
  expect(highlighted()).toBeUndefined();
  const hover = (name: string, x: number) =>
    button(name).dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: x, clientY: 50 }));

  hover('Start', 50);
  expect(highlighted()).toBe('Start');
  await vi.advanceTimersByTimeAsync(1000);
  hover('Start', 55); // a small drift keeps counting
  await vi.advanceTimersByTimeAsync(500);
  expect(taps).toEqual(['Start']);
  hover('Start', 52);
  await vi.advanceTimersByTimeAsync(3000);
  expect(taps).toEqual(['Start']);

  hover('Hear Math', 200);
  await vi.advanceTimersByTimeAsync(1000);
  hover('Hear Math', 260); // moved away: the count starts again
  await vi.advanceTimersByTimeAsync(1000);
  expect(taps).toEqual(['Start']);
  await vi.advanceTimersByTimeAsync(500);
  expect(taps).toEqual(['Start', 'Hear Math']);

  hover('Verbal', 300); // the para bar is the adult's
  await vi.advanceTimersByTimeAsync(3000);
  expect(taps).toEqual(['Start', 'Hear Math']);
});

test('when the teacher wants it, the highlight says the name of each control it reaches', async () => {
  const said: Said[] = [];
  stubSpeech(said);
  render(() => <SwitchAccess access={{ ...TWO_SWITCHES, speakHighlight: true }} root={root} />);
  press(' ');
  expect(said.map((utterance) => utterance.text)).toEqual(['Start', 'Hear Math']);
});
