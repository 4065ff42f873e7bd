import { describe, expect, it } from 'vitest';
import { lineDoc, startFreshEngine, winkEngine } from '../../../../src/main/generator/lineDoc.ts';
import { sentencesOfLine } from '../../../../src/main/generator/compare/lineTokens.ts';
import { readEvidenceSentences } from '../../../../src/main/generator/evidence/sentenceTokens.ts';

// One wink reading per article line, shared by the compare and the evidence finders.

describe('one reading of a line', () => {
  const line = { file: 'a.txt', line: 3, text: 'Police said 40 people were hurt. The mayor did not give proof.' };

  it('reads a set’s line once and hands both finders the same reading', () => {
    expect(lineDoc(line)).toBe(lineDoc(line));
    expect(lineDoc(line.text)).not.toBe(lineDoc(line));
    expect(lineDoc(line.text)).toEqual(lineDoc(line));
  });

  it('gives both finders the same sentences and words', () => {
    const compare = sentencesOfLine(line.file, line.line, line.text, line);
    const evidence = readEvidenceSentences(line);
    expect(compare.map((sentence) => line.text.slice(sentence.start, sentence.end))).toEqual(
      evidence.map((sentence) => sentence.text),
    );
    expect(compare.flatMap((sentence) => sentence.tokens.map((token) => token.pos))).toEqual(
      evidence.flatMap((sentence) => sentence.tokens.map((token) => token.pos)),
    );
    expect(lineDoc(line).negations.some(Boolean)).toBe(true);
  });
});

describe('a fresh engine for each set', () => {
  it('reads as an engine that has read nothing, however many sets came before', () => {
    const possessive = 'The jeweller\u2019s was hurt. It is a jeweller\u2019s.';
    const words = (): string[] => lineDoc(possessive).values;
    startFreshEngine();
    const first = words();
    // wink has now learnt "jeweller’s" as one word, and splits the first one differently.
    expect(words()).not.toEqual(first);
    // wink's model loader grows its custom-entity text with every engine made: the 21st would fail.
    for (let set = 0; set < 25; set += 1) startFreshEngine();
    expect(words()).toEqual(first);
    expect(winkEngine()).toBe(winkEngine());
  });
});
