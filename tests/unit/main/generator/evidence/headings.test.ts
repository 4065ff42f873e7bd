import { describe, expect, it } from 'vitest';
import { judgeOne } from './judgeText.ts';

// A sub-heading names a topic and claims nothing: a word in it that would mark a vague source or a guess in a
// sentence marks nothing there. The same word in a sentence still counts.

describe('sub-headings', () => {
  it.each(['Rumours and risks', 'Likely causes', 'Reportedly the worst flood in decades'])(
    'finds no unsupported claim in the heading "%s"',
    (heading) => {
      const verdict = judgeOne(heading);
      expect(verdict.kind, verdict.reasons.join('; ')).toBe('none');
    },
  );

  it('still reads a sentence with the same words', () => {
    expect(judgeOne('Rumours spread that the spillway had been sabotaged.')).toMatchObject({
      kind: 'vague_attribution',
      cue: 'Rumours',
    });
    expect(judgeOne('The likely cause was a blocked drain.').kind).toBe('speculation');
  });

  it('says why the heading was passed over', () => {
    expect(judgeOne('Rumours and risks').reasons.join(' ')).toContain('heading, not a claim');
  });
});
