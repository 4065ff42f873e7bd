// mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded generator, small enough to read and identical on every
// platform, which is all shuffling quiz items needs. Not for anything secret: session ids and drawn seeds come
// from node:crypto.

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
