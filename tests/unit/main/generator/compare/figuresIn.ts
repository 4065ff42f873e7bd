import { expect } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findNumberMentions, type NumberMention } from '../../../../../src/main/generator/compare/numberMentions.ts';

// The figures the number finder reads in one line of text, for the tests of what it reads.

export function figures(text: string): NumberMention[] {
  return sentencesOfLine('story.txt', 1, text).flatMap((sentence) => findNumberMentions(sentence));
}

/** The one figure of the line; fails the test when there is none or more than one. */
export function only(text: string): NumberMention {
  const found = figures(text);
  expect(found, text).toHaveLength(1);
  return found[0] as NumberMention;
}
