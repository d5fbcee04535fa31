// PINs are never stored, only a PBKDF2-SHA256 hash with a random salt, slow enough that trying
// every 4-8 digit PIN from a stolen database takes a long time. The parameters live here, where a
// backup's hashes are checked against them; the hashing itself (Web Crypto) is db/pin-hashing.ts.

export const PIN_HASH_ITERATIONS = 600_000;
export const PIN_SALT_BYTES = 16;
/** PBKDF2 with SHA-256 gives 32 bytes: a hash of another length was made some other way. */
export const PIN_HASH_BYTES = 32;
