import { expect, test } from 'vitest';
import type { EventDraft } from '../../src/domain/events';
import { ulid } from '../../src/domain/ids';
import { stampEvent } from '../../src/domain/stamp';
import { NOT_ME_WINDOW_MS, wrongLoginRecords } from '../../src/domain/wrong-login';
import { ANA, BEN, DEVICE, SCHEDULE, STEP } from '../support/events';

const LOGIN = new Date(2026, 8, 7, 9, 0).getTime();
const OTHER_DEVICE = ulid<'device'>(LOGIN);
const shown = (studentId = ANA): EventDraft => ({
  type: 'step-shown',
  studentId,
  actor: { kind: 'student' },
  scheduleId: SCHEDULE,
  stepId: STEP,
});
const login = { studentId: ANA, deviceId: DEVICE, at: LOGIN };

test('only the chosen student’s records from the student screen of this device since the login', () => {
  const mine = stampEvent(shown(), LOGIN + 1000, DEVICE);
  const events = [
    stampEvent(shown(), LOGIN - 1, DEVICE),
    mine,
    stampEvent(shown(BEN), LOGIN + 1000, DEVICE),
    stampEvent(shown(), LOGIN + 1000, OTHER_DEVICE),
    stampEvent(
      { type: 'note', studentId: ANA, actor: { kind: 'staff', staffId: ulid<'staff'>(LOGIN) }, text: 'ok' },
      LOGIN + 2000,
      DEVICE,
    ),
  ];
  expect(wrongLoginRecords(events, login, LOGIN + 5000)).toEqual([mine]);
});

test('a record already voided is left, and so is the correction', () => {
  const mine = stampEvent(shown(), LOGIN + 1000, DEVICE);
  const correction = stampEvent(
    { type: 'voided', studentId: ANA, actor: { kind: 'student' }, target: mine.id, reason: 'x' },
    LOGIN + 2000,
    DEVICE,
  );
  expect(wrongLoginRecords([mine, correction], login, LOGIN + 5000)).toEqual([]);
});

test('a login older than the window voids nothing: "not me" cannot erase a real day', () => {
  const mine = stampEvent(shown(), LOGIN + 1000, DEVICE);
  expect(wrongLoginRecords([mine], login, LOGIN + NOT_ME_WINDOW_MS)).toEqual([mine]);
  expect(wrongLoginRecords([mine], login, LOGIN + NOT_ME_WINDOW_MS + 1)).toEqual([]);
});
