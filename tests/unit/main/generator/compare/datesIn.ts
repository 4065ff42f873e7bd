import { expect } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findDateMentions, type DateMention } from '../../../../../src/main/generator/compare/dateMentions.ts';

// The dates the date finder reads in one line of text, against an article published on `published`.

export function datesIn(text: string, published: Date): DateMention[] {
  return sentencesOfLine('story.txt', 1, text).flatMap((sentence) => findDateMentions(sentence, { own: published }));
}

/** The one date of the line's first sentence; fails the test when there is none or more than one. */
export function onlyDate(text: string, published: Date): DateMention {
  const sentence = sentencesOfLine('story.txt', 1, text)[0];
  const found = sentence ? findDateMentions(sentence, { own: published }) : [];
  expect(found, text).toHaveLength(1);
  return found[0] as DateMention;
}
