import { describe, expect, it } from 'vitest';
import { defaultPinCost, hashPin, pinMatches, storedPinSchema } from '../../../../src/main/teacher/pinHash.ts';
import { cheapPinCost } from './support/teacherGateFor.ts';

describe('the PIN hash', () => {
  it('uses scrypt at OWASP cost with a 16-byte salt, and only the right PIN matches it', async () => {
    const stored = await hashPin('482913');
    expect(storedPinSchema.safeParse(stored).success).toBe(true);
    expect(stored).toMatchObject({ scheme: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(defaultPinCost).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(JSON.stringify(stored)).not.toContain('482913');
    expect(await pinMatches('482913', stored)).toBe(true);
    expect(await pinMatches('482914', stored)).toBe(false);
  });

  it('salts every hash, so one PIN set twice gives two different hashes', async () => {
    const first = await hashPin('1111', cheapPinCost);
    const second = await hashPin('1111', cheapPinCost);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(await pinMatches('1111', second)).toBe(true);
  });

  it('checks a PIN with the cost it was stored with, not the current default', async () => {
    const stored = await hashPin('1234', { N: 2 ** 11, r: 4, p: 2 });
    expect(stored).toMatchObject({ N: 2 ** 11, r: 4, p: 2 });
    expect(await pinMatches('1234', stored)).toBe(true);
  });

  it('refuses a stored cost that would need too much memory, or a salt of the wrong size', async () => {
    const stored = await hashPin('1234', cheapPinCost);
    expect(storedPinSchema.safeParse({ ...stored, N: 2 ** 24, r: 32 }).success).toBe(false);
    expect(storedPinSchema.safeParse({ ...stored, N: 1000 }).success).toBe(false);
    expect(storedPinSchema.safeParse({ ...stored, salt: Buffer.alloc(4).toString('base64') }).success).toBe(false);
  });
});
