import { describe, expect, test } from 'vitest';
import { parseFileJson } from '../../src/domain/backup/format';

describe('JSON from a backup file', () => {
  test('refuses a key that reaches a prototype, written out or spelled with escapes', () => {
    for (const text of [
      '{"v":{"__proto__":{"admin":true}}}',
      '{"v":{"constructor":{"prototype":1}}}',
      '{"v":{"\\u005f_proto__":{"admin":true}}}',
      '[{"a":1},{"prot\\u006ftype":2}]',
    ]) {
      expect(parseFileJson(text), text).toMatchObject({ ok: false });
    }
  });

  test('reads the same words as values, and ordinary text, whole', () => {
    expect(parseFileJson('{"text":"constructor","note":"__proto__"}')).toEqual({
      ok: true,
      value: { text: 'constructor', note: '__proto__' },
    });
    expect(parseFileJson('{"i":0,"records":[{"t":"events","v":{"id":"x","text":"Caf\\u00e9 ✓"}}]}')).toEqual({
      ok: true,
      value: { i: 0, records: [{ t: 'events', v: { id: 'x', text: 'Café ✓' } }] },
    });
    expect(parseFileJson('{"i":0,')).toEqual({ ok: false, reason: 'not JSON' });
  });
});
