import { render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { VisualTimer } from '../../src/ui/student/visual-timer';

const START = new Date(2026, 8, 7, 9, 0).getTime();
let buzz: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  // The soft alert vibrates where it can; jsdom has no audio, so the vibration is what is counted.
  buzz = vi.fn();
  Object.defineProperty(navigator, 'vibrate', { value: buzz, configurable: true });
});
afterEach(() => vi.useRealTimers());

test('a timer that runs out on screen changes look, says so once, and gives one soft signal', async () => {
  const { container } = render(() => <VisualTimer startedAt={START} minutes={1} />);
  expect(screen.getByText('Time left: 60 s')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('');

  await vi.advanceTimersByTimeAsync(60_000);
  await vi.dynamicImportSettled();
  expect(container.querySelector('.visual-timer')?.classList.contains('ended')).toBe(true);
  expect(screen.getByRole('status').textContent).toBe('Time is up');
  expect(buzz).toHaveBeenCalledTimes(1);

  await vi.advanceTimersByTimeAsync(5 * 60_000);
  await vi.dynamicImportSettled();
  expect(buzz).toHaveBeenCalledTimes(1);
});

test('a timer already over when the screen opens (a reload) shows it without a sound', async () => {
  const { container } = render(() => <VisualTimer startedAt={START - 10 * 60_000} minutes={5} />);
  await vi.advanceTimersByTimeAsync(2000);
  await vi.dynamicImportSettled();
  expect(container.querySelector('.visual-timer')?.classList.contains('ended')).toBe(true);
  expect(buzz).not.toHaveBeenCalled();
});
