import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findErrorCauses } from '../../../../../src/main/generator/compare/errorCauses.ts';
import { findIn } from './compareTexts.ts';

// An error blamed on a machine or on a person, in exam boards, railways, banks, hospitals and tax offices; a cause
// put aside or left open is no claim.

const causeOf = (line: string) =>
  sentencesOfLine('a.txt', 1, line)
    .flatMap(findErrorCauses)
    .map((m) => m.cause);

describe('whose error', () => {
  it('reads a machine blamed, in several trades', () => {
    for (const line of [
      'The exam board said a software fault lowered the grades of 4,000 students.',
      'Network Rail said a signalling computer failure caused the delays.',
      'The bank blamed an IT glitch for the double payments.',
      'A bug in the booking system sent patients the wrong appointment times.',
    ]) {
      expect(causeOf(line), line).toEqual(['technical']);
    }
  });

  it('reads a person blamed, with or without the word "error"', () => {
    for (const line of [
      'A grade boundary was entered incorrectly by a member of staff.',
      'The tax office blamed human error for the wrong bills.',
      'The hospital said a clerical mistake by staff led to the mix-up.',
      'The operator said the train was sent down the wrong line because of a signaller’s mistake by staff on duty.',
    ]) {
      expect(causeOf(line), line).toEqual(['human']);
    }
  });

  it('takes no side on a cause put aside, left open, or both at once', () => {
    for (const line of [
      'The board blamed a data-entry mistake by staff rather than any problem with its computer systems.',
      'Investigators are looking at whether a software fault caused the crash.',
      'It is not yet known if human error played a part.',
      'The report found both a software fault and a mistake by staff.',
      'It was the worst mistake of her career, she said.',
    ]) {
      const found = causeOf(line);
      expect(found.length <= 1, line).toBe(true);
      if (line.startsWith('The board blamed')) expect(found).toEqual(['human']);
      else expect(found, line).toEqual([]);
    }
  });

  it('reports two articles that blame one error on different causes, and stays quiet when they agree', () => {
    const conflict = findIn({
      'a.txt': 'The bank said an IT glitch caused thousands of customers to be charged twice.',
      'b.txt': 'The bank said a mistake by staff caused thousands of customers to be charged twice.',
    }).disagreements.filter((fact) => fact.kind === 'claim');
    expect(conflict.map((fact) => fact.fact)).toEqual([
      'What caused the error: a technical fault or a person’s mistake',
    ]);
    const agree = findIn({
      'a.txt': 'The bank said an IT glitch caused thousands of customers to be charged twice.',
      'b.txt': 'The bank blamed a computer error for charging thousands of customers twice.',
    }).disagreements.filter((fact) => fact.kind === 'claim');
    expect(agree).toEqual([]);
  });
});
