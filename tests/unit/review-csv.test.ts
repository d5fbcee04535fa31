import { describe, expect, test } from 'vitest';
import { dailySummaryCsv, eventsCsv, toCsv } from '../../src/domain/review/csv';
import { rollupsFromEvents } from '../../src/domain/rollup';
import { parseCsv } from '../support/csv';
import { ANA, anEvent, aStart, aVoid, BEN, morning } from '../support/events';

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
  const note = anEvent(
    { type: 'note', studentId: ANA, actor: { kind: 'student' }, text: 'Calm, after "break"' },
    morning(2, 5),
  );
  const start = aStart(BEN, morning(1, 0), 'verbal');
  const names = (studentId: string) => (studentId === ANA ? 'Ana' : 'Ben');

  test('events: one row each, oldest first, ISO 8601 times, seconds for durations, extra fields as JSON', () => {
    const rows = parseCsv(
      eventsCsv([note, start], (event) => ({ student: names(event.studentId), recordedBy: 'student' })),
    );
    expect(rows[0]).toEqual([
      'event_id',
      'time_utc',
      'school_day',
      'student',
      'type',
      'recorded_by',
      'step_id',
      'inside_step_id',
      'prompt',
      'latency_seconds',
      'duration_seconds',
      'card_id',
      'text',
      'details',
      'voided_by',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      start.id,
      new Date(morning(1, 0)).toISOString(),
      '2026-09-01',
      'Ben',
      'step-started',
      'student',
      start.type === 'step-started' ? start.stepId : '',
      '',
      'verbal',
      '4',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[2]?.slice(3, 5)).toEqual(['Ana', 'note']);
    expect(rows[2]?.[12]).toBe('Calm, after "break"');
  });

  test('a voided record is kept and names the correction that voids it', () => {
    const voiding = aVoid(start, morning(1, 5));
    const rows = parseCsv(eventsCsv([start, voiding], () => ({ student: 'Ben', recordedBy: 'Ms. Rivera' })));
    expect(rows[1]?.[0]).toBe(start.id);
    expect(rows[1]?.at(-1)).toBe(voiding.id);
    expect(rows[2]?.[4]).toBe('voided');
    expect(rows[2]?.at(-1)).toBe('');
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
});
