import type { AppEvent, EventDraft } from '../../src/domain/events';
import type { DeviceId, StudentId } from '../../src/domain/ids';
import { ulid } from '../../src/domain/ids';
import { stampEvent } from '../../src/domain/stamp';

export const DEVICE = ulid<'device'>(Date.UTC(2026, 8, 1));
export const ANA = ulid<'student'>(Date.UTC(2026, 8, 1));
export const BEN = ulid<'student'>(Date.UTC(2026, 8, 1));
export const STEP = ulid<'step'>(Date.UTC(2026, 8, 1));
/** A second step, for a day with more than one start (a step has one). */
export const NEXT_STEP = ulid<'step'>(Date.UTC(2026, 8, 1));
export const SCHEDULE = ulid<'schedule'>(Date.UTC(2026, 8, 1));

/** 8:00 local time on a school day of September 2026, plus some minutes. */
export function morning(dayOfMonth: number, minutes = 0): number {
  return new Date(2026, 8, dayOfMonth, 8, minutes).getTime();
}

export function anEvent(draft: EventDraft, at: number, deviceId: DeviceId = DEVICE): AppEvent {
  return stampEvent(draft, at, deviceId);
}

export function aStart(
  studentId: StudentId,
  at: number,
  prompt: 'independent' | 'verbal' | 'gestural' = 'independent',
  stepId = STEP,
) {
  return anEvent(
    { type: 'step-started', studentId, actor: { kind: 'student' }, stepId, prompt, latencyMs: 4000 },
    at,
  );
}

/** A mini-step's start recorded by the student's Done that finished it: independent, untimed. */
export function anUntimedStart(studentId: StudentId, at: number, stepId = NEXT_STEP, parentStepId = STEP) {
  return anEvent(
    {
      type: 'step-started',
      studentId,
      actor: { kind: 'student' },
      stepId,
      parentStepId,
      prompt: 'independent',
      latencyMs: 0,
      untimed: true,
    },
    at,
  );
}

export function aShown(studentId: StudentId, at: number, stepId = STEP) {
  return anEvent(
    { type: 'step-shown', studentId, actor: { kind: 'student' }, scheduleId: SCHEDULE, stepId },
    at,
  );
}

export function aFinish(studentId: StudentId, at: number, durationMs = 600_000, stepId = STEP) {
  return anEvent({ type: 'step-finished', studentId, actor: { kind: 'student' }, stepId, durationMs }, at);
}

export function aVoid(target: AppEvent, at: number) {
  return anEvent(
    {
      type: 'voided',
      studentId: target.studentId,
      actor: { kind: 'staff', staffId: ulid<'staff'>(at) },
      target: target.id,
      reason: 'tapped by mistake',
    },
    at,
  );
}
