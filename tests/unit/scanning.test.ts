import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { accessSettingsSchema } from '../../src/domain/access-schema';
import {
  accessOf,
  DEFAULT_ACCESS,
  DWELL_STILL_PX,
  dwellContinues,
  nextScanIndex,
  restsAfter,
  SCAN_ROUNDS_BEFORE_REST,
  scanIndexAfterChange,
  switchActionOf,
  usesScanner,
} from '../../src/domain/scanning';

const oneSwitch = { ...DEFAULT_ACCESS, mode: 'one-switch' as const };
const twoSwitch = { ...DEFAULT_ACCESS, mode: 'two-switch' as const };

describe('switch keys', () => {
  test('one switch: Space and Enter both select, other keys are not the student’s', () => {
    expect(switchActionOf(oneSwitch, ' ')).toBe('select');
    expect(switchActionOf(oneSwitch, 'Enter')).toBe('select');
    expect(switchActionOf(oneSwitch, 'a')).toBeUndefined();
  });

  test('two switches: Space moves, Enter selects; the teacher’s own keys replace them', () => {
    expect(switchActionOf(twoSwitch, ' ')).toBe('move');
    expect(switchActionOf(twoSwitch, 'Enter')).toBe('select');
    const own = { ...twoSwitch, moveKey: '1' as const, selectKey: '2' as const };
    expect(switchActionOf(own, '1')).toBe('move');
    expect(switchActionOf(own, '2')).toBe('select');
    expect(switchActionOf(own, ' ')).toBeUndefined();
  });

  test('touch and dwell take no switch keys', () => {
    expect(switchActionOf(DEFAULT_ACCESS, ' ')).toBeUndefined();
    expect(switchActionOf({ ...DEFAULT_ACCESS, mode: 'dwell' }, 'Enter')).toBeUndefined();
  });
});

describe('scanning order', () => {
  test('the highlight moves to the next control and wraps after the last, ending a round', () => {
    expect(nextScanIndex(0, 3)).toEqual({ index: 1, wrapped: false });
    expect(nextScanIndex(2, 3)).toEqual({ index: 0, wrapped: true });
    expect(nextScanIndex(0, 1)).toEqual({ index: 0, wrapped: true });
  });

  test('nothing on screen for the student pauses scanning', () => {
    expect(
      scanIndexAfterChange({ current: 'start', previous: ['start'], targets: [], needsStudent: [] }),
    ).toBeUndefined();
  });

  test('a control that needs the student and just appeared takes the highlight', () => {
    // Start pressed: Done appears among the cards.
    expect(
      scanIndexAfterChange({
        current: 'hear-reading',
        previous: ['hear-reading', 'hear-math'],
        targets: ['hear-reading', 'done', 'hear-math'],
        needsStudent: ['done'],
      }),
    ).toBe(1);
  });

  test('otherwise the highlight stays where it was', () => {
    expect(
      scanIndexAfterChange({
        current: 'hear-math',
        previous: ['hear-reading', 'done', 'hear-math'],
        targets: ['token', 'hear-reading', 'done', 'hear-math'],
        needsStudent: ['done'],
      }),
    ).toBe(3);
  });

  test('when its control is gone it starts again at what needs the student, or at the first', () => {
    expect(
      scanIndexAfterChange({
        current: 'gone',
        previous: ['gone', 'start'],
        targets: ['hear-reading', 'start'],
        needsStudent: ['start'],
      }),
    ).toBe(1);
    expect(
      scanIndexAfterChange({ current: 'gone', previous: ['gone'], targets: ['a', 'b'], needsStudent: [] }),
    ).toBe(0);
  });

  test('automatic scanning rests after its silent rounds', () => {
    expect(restsAfter(SCAN_ROUNDS_BEFORE_REST - 1)).toBe(false);
    expect(restsAfter(SCAN_ROUNDS_BEFORE_REST)).toBe(true);
  });
});

describe('dwell', () => {
  const anchor = { target: 'start', at: { x: 100, y: 100 } };

  test('a pointer that drifts a little over the same control keeps counting', () => {
    expect(dwellContinues(anchor, 'start', { x: 100 + DWELL_STILL_PX, y: 100 })).toBe(true);
  });

  test('moving away or onto another control starts again', () => {
    expect(dwellContinues(anchor, 'start', { x: 100 + DWELL_STILL_PX, y: 101 })).toBe(false);
    expect(dwellContinues(anchor, 'done', { x: 100, y: 100 })).toBe(false);
  });
});

describe('settings', () => {
  test('a student the teacher never set uses touch, and loads no scanner', () => {
    expect(accessOf(undefined)).toEqual(DEFAULT_ACCESS);
    expect(usesScanner(undefined)).toBe(false);
    expect(usesScanner(DEFAULT_ACCESS)).toBe(false);
    expect(usesScanner(oneSwitch)).toBe(true);
  });

  test('stored settings keep to the teacher’s ranges and keys', () => {
    expect(v.is(accessSettingsSchema, { ...oneSwitch, scanMs: 1500 })).toBe(true);
    expect(v.is(accessSettingsSchema, { ...oneSwitch, scanMs: 500 })).toBe(false);
    expect(v.is(accessSettingsSchema, { ...oneSwitch, scanMs: 1001 })).toBe(false);
    expect(v.is(accessSettingsSchema, { ...DEFAULT_ACCESS, mode: 'dwell', dwellMs: 3250 })).toBe(false);
    expect(v.is(accessSettingsSchema, { ...oneSwitch, moveKey: 'Tab' })).toBe(false);
    expect(v.is(accessSettingsSchema, { ...oneSwitch, extra: true })).toBe(false);
  });

  test('two switches must be two keys', () => {
    expect(v.is(accessSettingsSchema, { ...twoSwitch, moveKey: 'Enter' })).toBe(false);
    expect(v.is(accessSettingsSchema, { ...oneSwitch, moveKey: 'Enter' })).toBe(true);
  });
});
