import { expect, test } from 'vitest';
import { newRecoveryCode, normalizeRecoveryCode, RECOVERY_ALPHABET } from '../../src/domain/recovery-code';

test('a recovery code is four groups of four characters from an alphabet without look-alikes', () => {
  const code = newRecoveryCode();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  for (const character of code.replaceAll('-', '')) expect(RECOVERY_ALPHABET).toContain(character);
  for (const lookAlike of ['0', 'O', '1', 'I', 'L', 'U', 'V'])
    expect(RECOVERY_ALPHABET).not.toContain(lookAlike);
});

test('codes come from the random source, and bytes that would bias the draw are drawn again', () => {
  // 255 lies past the last whole multiple of the alphabet's length, so it is skipped, never wrapped.
  let call = 0;
  const code = newRecoveryCode((bytes) => {
    call += 1;
    return bytes.fill(call === 1 ? 255 : 0);
  });
  expect(call).toBe(2);
  expect(code).toBe('2222-2222-2222-2222');
  expect(new Set(Array.from({ length: 20 }, () => newRecoveryCode())).size).toBe(20);
});

test('a typed code is read whatever its case, spaces and dashes; a code that cannot be one is refused', () => {
  expect(normalizeRecoveryCode(' abcd efgh-jkmn pqrs ')).toBe('ABCD-EFGH-JKMN-PQRS');
  expect(normalizeRecoveryCode('ABCDEFGHJKMNPQRS')).toBe('ABCD-EFGH-JKMN-PQRS');
  expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQR')).toBeUndefined();
  expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRST')).toBeUndefined();
  // An O is not a 0 here: a code with a look-alike is refused rather than read as another code.
  expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRO')).toBeUndefined();
  expect(normalizeRecoveryCode('ERASE')).toBeUndefined();
});
