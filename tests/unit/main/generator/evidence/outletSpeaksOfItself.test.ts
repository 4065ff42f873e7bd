import { describe, expect, it } from 'vitest';
import { judgeText } from './judgeText.ts';

// An outlet speaks of itself by its name, and an article is often saved under that name ("002_nbs-news.txt"):
// "NBS has not seen it" is the reporter who could not see the record, "NBS understands" the newsroom vouching
// without a source. First met on the landslide set, written here in other trades' words. The same sentences in an
// article saved under another name, or about someone else, stay as they were.

const withheld = 'An audit of the dam was sent to the ministry in March, but Harbour Wire has not seen it.';
const understands = 'Harbour Wire understands that the ministry was warned about the audit last spring.';

function verdictOn(sentence: string, file: string): { kind: string; cue?: string } {
  const verdict = judgeText(sentence, file).find((reading) => reading.sentence === sentence);
  if (!verdict) throw new Error(`no verdict for: ${sentence}`);
  return { kind: verdict.kind, ...(verdict.cue ? { cue: verdict.cue } : {}) };
}

describe('an outlet named as its file is named', () => {
  it('flags a record the outlet has not seen, told with a pronoun', () => {
    expect(verdictOn(withheld, '003_harbour-wire.txt')).toEqual({
      kind: 'flagged',
      cue: 'has not seen it',
    });
  });

  it('reads the outlet that "understands" as vouching without a source', () => {
    expect(verdictOn(understands, '003_harbour-wire.txt')).toMatchObject({ kind: 'vague_attribution' });
  });

  it('leaves the same sentences alone in an article saved under another name', () => {
    expect(verdictOn(withheld, '003_coast-gazette.txt').kind).not.toBe('flagged');
    expect(verdictOn(understands, '003_coast-gazette.txt').kind).not.toBe('vague_attribution');
  });

  it('does not take a person who has not seen a report for the outlet', () => {
    const person = 'An audit of the dam was sent to the ministry in March, but her deputy has not seen it.';
    expect(verdictOn(person, '003_harbour-wire.txt').kind).not.toBe('flagged');
  });
});
