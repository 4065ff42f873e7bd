import { expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

/**
 * Inside a describe: each sentence of `flagged` must be flagged on exactly its cue words, and none of `clean` may be
 * flagged, so a rule is always tested beside the look-alikes it must leave alone.
 */
export function itFlagsOnlyThese(flagged: readonly [sentence: string, cue: string][], clean: readonly string[]): void {
  it.each(flagged)('flags "%s" on the words "%s"', (sentence, cue) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).toBe('flagged');
    expect(verdict.cue).toBe(cue);
  });

  it.each(clean)('does not flag "%s"', (sentence) => {
    const verdict = judgeOne(sentence);
    expect(verdict.kind, verdict.reasons.join('; ')).not.toBe('flagged');
  });
}
