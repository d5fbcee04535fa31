// The teacher's way back in when the PIN is forgotten: a one-time code shown at setup (and made
// again from Settings) to print or write down. Only its PBKDF2 hash is stored, like a PIN's.
// 16 characters from 29 that cannot be mistaken for each other (no 0/O, 1/I/L, U/V) give about
// 77 bits: far beyond guessing, even before wrong codes are throttled like wrong PINs.

/** Letters and digits that read and write unambiguously, in upper case. */
export const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const RECOVERY_GROUPS = 4;
export const RECOVERY_GROUP_LENGTH = 4;
const CODE_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;

/**
 * A new code, "ABCD-EFGH-JKMN-PQRS". `randomBytes` fills an array with random bytes
 * (crypto.getRandomValues); bytes past the alphabet's last whole multiple are drawn again, so
 * every character is equally likely.
 */
export function newRecoveryCode(
  randomBytes: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) =>
    crypto.getRandomValues(bytes),
): string {
  const limit = 256 - (256 % RECOVERY_ALPHABET.length);
  let characters = '';
  while (characters.length < CODE_LENGTH) {
    for (const byte of randomBytes(new Uint8Array(CODE_LENGTH))) {
      if (byte < limit && characters.length < CODE_LENGTH) {
        characters += RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length];
      }
    }
  }
  return formatRecoveryCode(characters);
}

function formatRecoveryCode(characters: string): string {
  const groups: string[] = [];
  for (let start = 0; start < characters.length; start += RECOVERY_GROUP_LENGTH) {
    groups.push(characters.slice(start, start + RECOVERY_GROUP_LENGTH));
  }
  return groups.join('-');
}

/**
 * The code as typed, in its one stored form, or undefined when it cannot be a code. Case, spaces
 * and dashes do not matter, and the look-alikes a person may write (O for 0 and so on) are not in
 * the alphabet, so a code with them is refused instead of silently read as something else.
 */
export function normalizeRecoveryCode(typed: string): string | undefined {
  const characters = typed.toUpperCase().replace(/[\s-]/g, '');
  if (characters.length !== CODE_LENGTH) return undefined;
  for (const character of characters) if (!RECOVERY_ALPHABET.includes(character)) return undefined;
  return formatRecoveryCode(characters);
}
