import { describe, expect, it } from 'vitest';
import { readArticleSpelling, spelledAsName } from '../../../../../src/main/generator/evidence/articleSpelling.ts';
import { readEvidenceSentences } from '../../../../../src/main/generator/evidence/sentenceTokens.ts';
import { judgeOne, judgeText } from './judgeText.ts';

// At the start of a sentence every word is capitalised. How the same article writes the word elsewhere tells a
// name ("the Kremlin") from an everyday word ("public health"), as it tells a reader.

function spellingOf(...lines: string[]) {
  return readArticleSpelling(lines.flatMap((text, i) => readEvidenceSentences({ file: 'a.txt', line: i + 1, text })));
}

describe('how the article spells its words', () => {
  it('records words written capitalised mid-sentence and words written in lower case', () => {
    const spelling = spellingOf('Talks stalled, the Kremlin said on Monday.', 'The ban covers public health workers.');
    expect(spelledAsName(spelling, 'kremlin')).toBe(true);
    expect(spelledAsName(spelling, 'health')).toBe(false);
    expect(spelledAsName(spelling, 'talks')).toBeUndefined();
  });

  it('learns nothing from a headline in title case', () => {
    const spelling = spellingOf('Kremlin Officials Say Talks With Kyiv Have Stalled');
    expect(spelledAsName(spelling, 'officials')).toBeUndefined();
    expect(spelledAsName(spelling, 'talks')).toBeUndefined();
  });
});

describe('a capitalised first word read with the article’s spelling', () => {
  it('takes "Kremlin officials" as named when the article writes "the Kremlin" elsewhere', () => {
    const text =
      'Talks in Geneva broke down on Tuesday, the Kremlin said.\nKremlin officials said the delegation had left.';
    const [, officials] = judgeText(text);
    expect(officials).toMatchObject({ kind: 'supported', source: 'Kremlin officials' });
  });

  it('keeps "Health officials" vague when the article writes "health" in lower case', () => {
    const text = 'The ban covers public health workers.\nHealth officials said the outbreak was under control.';
    const [, officials] = judgeText(text);
    expect(officials).toMatchObject({ kind: 'vague_attribution', cue: 'Health officials said' });
  });

  it('falls back to the dictionary in a sentence alone: a plural is a crowd, a word it lacks is a name', () => {
    expect(judgeOne('Engineers say the next flood may be worse.')).toMatchObject({
      kind: 'vague_attribution',
      cue: 'Engineers say',
    });
    expect(judgeOne('Pentagon officials said the drone was shot down.')).toMatchObject({
      kind: 'supported',
      source: 'Pentagon officials',
    });
    expect(judgeOne('Reuters reported that the talks had stalled.')).toMatchObject({
      kind: 'supported',
      source: 'Reuters',
    });
  });
});
