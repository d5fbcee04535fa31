import { describe, expect, test } from 'vitest';
import type { ScaleId, StaffId, TargetId } from '../../src/domain/ids';
import { dailySummaryCsv, eventsCsv, type RecordNames, toCsv } from '../../src/domain/review/csv';
import { rollupsFromEvents } from '../../src/domain/rollup';
import { parseCsv } from '../support/csv';
import { ANA, anEvent, aStart, aVoid, BEN, morning, STEP } from '../support/events';

describe('CSV cells', () => {
  test('commas, quotes and line breaks are quoted; rows end in CRLF; a BOM leads for spreadsheets', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'she said "hi"'],
        ['two\nlines', 3.5],
        [undefined, 'plain'],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","she said ""hi"""\r\n"two\nlines",3.5\r\n,plain\r\n');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, y', 'she said "hi"'],
      ['two\nlines', '3.5'],
      ['', 'plain'],
    ]);
  });

  test('text a spreadsheet would run as a formula stays text; negative numbers stay numbers', () => {
    expect(parseCsv(toCsv(['note'], [['=HYPERLINK("x")'], ['@SUM(A1)'], ['+1'], [-2]]))).toEqual([
      ['note'],
      [`'=HYPERLINK("x")`],
      [`'@SUM(A1)`],
      [`'+1`],
      ['-2'],
    ]);
  });
});

describe('exports', () => {
  const TARGET = '01K000000000000000000000G1' as TargetId;
  const note = anEvent(
    { type: 'note', studentId: ANA, actor: { kind: 'student' }, text: 'Calm, after "break"' },
    morning(2, 5),
  );
  const start = aStart(BEN, morning(1, 0), 'verbal');
  const names: RecordNames = {
    studentName: (id) => (id === ANA ? 'Ana' : 'Ben'),
    staffName: () => 'Ms. Rivera',
    stepLabels: (id) => (id === STEP ? { activity: 'Math', step: 'Worksheet' } : undefined),
    question: (id) => (id === TARGET ? 'Was I working?' : undefined),
    cardLabel: () => undefined,
  };
  const rowsOf = (csv: string) => {
    const [header = [], ...rows] = parseCsv(csv);
    return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
  };

  test('events: one row each, oldest first, names beside ids, UTC and local times, seconds for durations', () => {
    const csv = eventsCsv([note, start], names);
    expect(parseCsv(csv)[0]).toEqual([
      'event_id',
      'time_utc',
      'local_date',
      'local_time',
      'school_day',
      'student',
      'type',
      'recorded_by',
      'activity',
      'step',
      'step_id',
      'inside_step_id',
      'prompt',
      'latency_seconds',
      'duration_seconds',
      'question',
      'answer',
      'level',
      'card',
      'text',
      'details',
      'voided_by',
    ]);
    const [first, second] = rowsOf(csv);
    expect(first).toMatchObject({
      event_id: start.id,
      time_utc: new Date(morning(1, 0)).toISOString(),
      local_date: '2026-09-01',
      local_time: '08:00:00',
      school_day: '2026-09-01',
      student: 'Ben',
      type: 'step-started',
      recorded_by: 'Ben',
      activity: 'Math',
      step: 'Worksheet',
      step_id: STEP,
      prompt: 'verbal',
      latency_seconds: '4',
      details: '',
    });
    expect(second).toMatchObject({
      student: 'Ana',
      type: 'note',
      local_time: '08:05:00',
      text: 'Calm, after "break"',
    });
  });

  test('a self-check answer, an adult’s check and their match: the question and the answers in columns of their own', () => {
    const answer = anEvent(
      {
        type: 'self-check-answered',
        studentId: ANA,
        actor: { kind: 'student' },
        targetId: TARGET,
        answer: 'yes',
        prompt: { kind: 'interval', dueAt: morning(3, 0) },
        checkRequested: true,
      },
      morning(3, 0),
    );
    const adult = { kind: 'staff', staffId: '01K000000000000000000000T1' as StaffId } as const;
    const check = anEvent(
      {
        type: 'adult-check',
        studentId: ANA,
        actor: adult,
        targetId: TARGET,
        answerEvent: answer.id,
        answer: 4,
      },
      morning(3, 1),
    );
    const match = anEvent(
      {
        type: 'check-matched',
        studentId: ANA,
        actor: adult,
        answerEvent: answer.id,
        adultCheck: check.id,
        matched: false,
      },
      morning(3, 1),
    );
    const rows = rowsOf(eventsCsv([answer, check, match], names));
    expect(rows.map((row) => [row.type, row.recorded_by, row.question, row.answer, row.level])).toEqual([
      ['self-check-answered', 'Ana', 'Was I working?', 'yes', ''],
      ['adult-check', 'Ms. Rivera', 'Was I working?', '', '4'],
      ['check-matched', 'Ms. Rivera', 'Was I working?', 'disagree', ''],
    ]);
    expect(JSON.parse(rows[0]?.details ?? '{}')).toEqual({
      prompt: { kind: 'interval', dueAt: morning(3, 0) },
      checkRequested: true,
    });
  });

  test('a start entered from paper says so in its details, with no time to start', () => {
    const paper = { ...aStart(ANA, morning(1, 0)), latencyMs: 0, fromPaper: start.day };
    const [row] = rowsOf(eventsCsv([paper], names));
    expect(row?.latency_seconds).toBe('');
    expect(JSON.parse(row?.details ?? '{}')).toEqual({ fromPaper: start.day });
  });

  test('a mini-step start recorded with its Done says so in its details, with no time to start', () => {
    const untimed = { ...aStart(ANA, morning(1, 0)), latencyMs: 0, untimed: true as const };
    const [row] = rowsOf(eventsCsv([untimed], names));
    expect(row?.prompt).toBe('independent');
    expect(row?.latency_seconds).toBe('');
    expect(JSON.parse(row?.details ?? '{}')).toEqual({ untimed: true });
  });

  test('a voided record is kept and names the correction that voids it', () => {
    const voiding = aVoid(start, morning(1, 5));
    const rows = rowsOf(eventsCsv([start, voiding], names));
    expect(rows[0]?.event_id).toBe(start.id);
    expect(rows[0]?.voided_by).toBe(voiding.id);
    expect(rows[1]?.type).toBe('voided');
    expect(rows[1]?.voided_by).toBe('');
  });

  test('daily summary: a row per student and day, with the independent share in percent', () => {
    const events = [
      aStart(ANA, morning(1, 0)),
      aStart(ANA, morning(1, 10), 'verbal'),
      aStart(ANA, morning(1, 20)),
    ];
    const rows = parseCsv(dailySummaryCsv(rollupsFromEvents(events), () => 'Ana'));
    const header = rows[0] ?? [];
    const row = Object.fromEntries(header.map((column, index) => [column, rows[1]?.[index]]));
    expect(rows).toHaveLength(2);
    expect(row).toMatchObject({
      school_day: '2026-09-01',
      student: 'Ana',
      steps_started: '3',
      independent_percent: '66.7',
      starts_independent: '2',
      starts_verbal: '1',
      starts_partial_physical: '0',
      mean_latency_seconds: '4',
    });
  });

  test('daily summary: the day’s ratings and self-checks, every question together', () => {
    const rating = (level: 2 | 4, minute: number) =>
      anEvent(
        {
          type: 'scale-rated',
          studentId: ANA,
          actor: { kind: 'student' },
          scaleId: 'S' as ScaleId,
          level,
          context: { kind: 'check-in' },
        },
        morning(1, minute),
      );
    const answer = anEvent(
      {
        type: 'self-check-answered',
        studentId: ANA,
        actor: { kind: 'student' },
        targetId: TARGET,
        answer: 'yes',
        prompt: { kind: 'interval', dueAt: morning(1, 5) },
        checkRequested: true,
      },
      morning(1, 5),
    );
    const adult = { kind: 'staff', staffId: '01K000000000000000000000T1' as StaffId } as const;
    const check = anEvent(
      {
        type: 'adult-check',
        studentId: ANA,
        actor: adult,
        targetId: TARGET,
        answerEvent: answer.id,
        answer: 'yes',
      },
      morning(1, 6),
    );
    const match = anEvent(
      {
        type: 'check-matched',
        studentId: ANA,
        actor: adult,
        answerEvent: answer.id,
        adultCheck: check.id,
        matched: true,
      },
      morning(1, 6),
    );
    const [row] = rowsOf(
      dailySummaryCsv(rollupsFromEvents([rating(4, 0), rating(2, 1), answer, check, match]), () => 'Ana'),
    );
    expect(row).toMatchObject({
      ratings: '2',
      mean_rating: '3',
      ratings_2: '1',
      ratings_4: '1',
      ratings_5: '0',
      self_check_answers: '1',
      self_check_yes_percent: '100',
      adult_checks: '1',
      agreement_percent: '100',
    });
  });
});
