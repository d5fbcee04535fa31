import * as v from 'valibot';
import { ACCESS_MODES, type AccessSettings, DWELL_MS, SCAN_MS, SWITCH_KEYS } from './scanning';

const stepped = (range: { min: number; max: number; step: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max), v.multipleOf(range.step));

/**
 * A student's access settings as stored, from a form, a backup or a sync server alike. Two
 * switches must be two different keys, or the student could only ever move or only select.
 */
export const accessSettingsSchema = v.pipe(
  v.strictObject({
    mode: v.picklist(ACCESS_MODES),
    scanMs: stepped(SCAN_MS),
    dwellMs: stepped(DWELL_MS),
    moveKey: v.picklist(SWITCH_KEYS),
    selectKey: v.picklist(SWITCH_KEYS),
    speakHighlight: v.boolean(),
  }),
  v.check(
    (access) => access.mode !== 'two-switch' || access.moveKey !== access.selectKey,
    'two switches need two different keys',
  ),
) satisfies v.GenericSchema<AccessSettings>;
