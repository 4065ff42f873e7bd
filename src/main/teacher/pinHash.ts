import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

// The teacher PIN is never stored, only an scrypt hash of it with a random salt and the cost it was made with, so
// a copied database file does not give the PIN away and the cost can be raised later without breaking old hashes.
// scrypt is slow on purpose (a few hundred ms) to make guessing a 4-digit PIN from a stolen file expensive; the
// async form runs it on the thread pool, so the app keeps answering while a PIN is checked.

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's minimum for scrypt (2^17, 8, 1): about 128 MB and 0.3 s per PIN on a classroom laptop. */
export const defaultPinCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const saltBytes = 16;
const hashBytes = 32;
// A damaged or hostile settings row must not make the app allocate gigabytes: costs above this are refused.
const maxMemoryBytes = 2 ** 28;

const isPowerOfTwo = (n: number): boolean => Number.isInteger(Math.log2(n));
const base64Bytes = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((text) => Buffer.from(text, 'base64').length === bytes, `${bytes} bytes in base64`);

export const storedPinSchema = z
  .object({
    scheme: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .refine(isPowerOfTwo, 'N is a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64Bytes(saltBytes),
    hash: base64Bytes(hashBytes),
  })
  .strict()
  .refine((pin) => memoryFor(pin) <= maxMemoryBytes, 'the scrypt cost needs too much memory');
export type StoredPin = z.infer<typeof storedPinSchema>;

export async function hashPin(pin: string, cost: ScryptCost = defaultPinCost): Promise<StoredPin> {
  const salt = randomBytes(saltBytes);
  const hash = await derive(pin, salt, hashBytes, cost);
  return { scheme: 'scrypt', ...cost, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Hashes the PIN with the stored salt and cost and compares in constant time. */
export async function pinMatches(pin: string, stored: StoredPin): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), expected.length, stored);
  return timingSafeEqual(actual, expected);
}

function derive(pin: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  // Node refuses costs above its 32 MB default unless maxmem is raised; twice the need leaves room for overhead.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 2 * memoryFor(cost) };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function memoryFor(cost: ScryptCost): number {
  return 128 * cost.r * (cost.N + cost.p);
}
