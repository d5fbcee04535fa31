// A PIN's PBKDF2-SHA256 hash with a random salt, through Web Crypto (browser and Node); the
// parameters are domain/pin-hash.ts.
import type { PinHash } from '../domain/people';
import { PIN_HASH_BYTES, PIN_HASH_ITERATIONS, PIN_SALT_BYTES } from '../domain/pin-hash';

const HASH_BITS = PIN_HASH_BYTES * 8;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  const hash = await derive(pin, salt, PIN_HASH_ITERATIONS);
  return { hash: toBase64(hash), salt: toBase64(salt), iterations: PIN_HASH_ITERATIONS };
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  // Compare every byte so the time taken does not tell how much of the PIN was right.
  let difference = candidate.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (candidate[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
