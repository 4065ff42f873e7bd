import { describe, expect, it } from 'vitest';
import { judgeText, type ReadableVerdict } from './judgeText.ts';

// "…," she said.' names its source when the article has just named her. Short articles, one paragraph a line, as
// a reader meets them: the pronoun is followed back to the last person mentioned, and no further.

function verdictOn(text: string, sentence: string): ReadableVerdict {
  const found = judgeText(text).find((verdict) => verdict.sentence === sentence);
  if (!found) throw new Error(`no sentence "${sentence}"`);
  return found;
}

describe('a pronoun that points back to a person the article named', () => {
  it('takes "she said" as supported when the mayor was named in the sentence before', () => {
    const text = 'Mayor Lena Ortiz walked the flooded street on Monday. "We will rebuild every home," she said.';
    const verdict = verdictOn(text, '"We will rebuild every home," she said.');
    expect(verdict).toMatchObject({ kind: 'supported', source: 'she' });
    expect(verdict.reasons.join(' ')).toContain('"she" is Lena Ortiz');
  });

  it('keeps following the same person through a run of quotations', () => {
    const text = [
      'Engineer Tom Hale led the inspection of the spillway.',
      '"The crack is three metres long," he said.',
      '"It was not there last year," he added.',
    ].join('\n\n');
    expect(verdictOn(text, '"The crack is three metres long," he said.').kind).toBe('supported');
    expect(verdictOn(text, '"It was not there last year," he added.').kind).toBe('supported');
  });

  it('does not name a source the article kept anonymous', () => {
    const text = 'A resident, who asked not to be named, said the water was brown. "Nobody warned us," she said.';
    expect(verdictOn(text, '"Nobody warned us," she said.').kind).not.toBe('supported');
  });

  it('does not reach back past a few sentences', () => {
    const text = [
      'Mayor Lena Ortiz opened the new school in March.',
      'The school has 400 pupils.',
      'It cost $12 million.',
      'Building began in 2021.',
      'The old school was closed in 2019.',
      'Heavy rain flooded its basement last week.',
      '"We moved the books upstairs," she said.',
    ].join('\n');
    expect(verdictOn(text, '"We moved the books upstairs," she said.').kind).not.toBe('supported');
  });

  it('does not take a place for a person', () => {
    const text = [
      'Water poured over Kelvick Dam on Sunday.',
      'The dam was last inspected in May.',
      '"It was terrifying," she said.',
    ].join('\n');
    expect(verdictOn(text, '"It was terrifying," she said.').kind).not.toBe('supported');
  });

  it('leaves "they" alone: it may stand for a crowd or a country', () => {
    const text = 'Mayor Lena Ortiz and Governor Ray Park visited the site. "We will help," they said.';
    expect(verdictOn(text, '"We will help," they said.').kind).not.toBe('supported');
  });
});
