import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../../src/renderer/src/lib/base64Bytes.ts';

describe('base64 to bytes', () => {
  it('gives back every byte value, as a PDF holds them', () => {
    const all = Uint8Array.from({ length: 256 }, (_, at) => at);
    expect([...base64ToBytes(Buffer.from(all).toString('base64'))]).toEqual([...all]);
  });

  it('reads the start of a PDF', () => {
    const bytes = base64ToBytes(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1').toString('base64'));
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('gives nothing for nothing', () => {
    expect(base64ToBytes('').length).toBe(0);
  });
});
