import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// The day a speaker said something, told before what was said ("Aegeas said on Saturday that its tanker lost power
// before grounding"), first met on the oil-leak set, where it was taken for the day of the grounding. Written here
// with sentences from a factory, a hospital and a club; the day of one statement still meets another's, whether
// told by a verb ("admitted late on Sunday that") or by a noun ("made the announcement on Monday").

const published = new Date(Date.UTC(2026, 10, 22, 12));

const dateFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'date', published);

describe('a day of saying before a "that" clause', () => {
  it('is not the day of what was said', () => {
    expect(
      dateFacts({
        'a.txt': 'A fire broke out at the Harnford bottling plant early on Friday.',
        'b.txt': 'Harnford Drinks said on Saturday that the fire at its bottling plant began in a storeroom.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The ward at St Olaf hospital was closed on Tuesday after an outbreak of norovirus.',
        'b.txt': 'The health board confirmed on Thursday that the ward at St Olaf hospital had closed.',
      }).disagreements,
    ).toEqual([]);
  });

  it('still disagrees with the day of another statement, told by a verb or a noun', () => {
    expect(
      dateFacts({
        'a.txt': 'The club admitted late on Sunday that the accounts had been filed a year late.',
        'b.txt': 'The club said on Monday that the accounts had been filed a year late.',
      }).disagreements,
    ).toEqual([['late on Sunday', 'Monday']]);
    expect(
      dateFacts({
        'a.txt': 'The board said at 4pm on Monday that a software fault had lowered the grades.',
        'b.txt': 'The board made the announcement about the lowered grades late on Sunday.',
      }).disagreements,
    ).toEqual([['4pm on Monday', 'late on Sunday']]);
  });
});

// A relative clause between a speaker and the verb of saying ("Saltrey, which was founded in 1871 and trades as
// Saltrey Bank, says ...") tells a fact of its own, first met on the bank-outage set, where the whole of it was
// taken for the attribution and its year went unread.
describe('a relative clause between a speaker and the verb of saying', () => {
  it('dates what it tells, against another telling, and agrees with the same year', () => {
    const facts = dateFacts({
      'a.txt': 'Harnford Drinks, which was founded in 1921 and employs 400 people, says the fire began in a storeroom.',
      'b.txt': 'Founded in 1924, Harnford Drinks is the town’s largest employer.',
      'c.txt': 'Harnford Drinks, which was founded in 1921, said the plant would reopen.',
    });
    expect(facts.disagreements).toEqual([['1921', '1924']]);
    expect(facts.agreements).toEqual([['1921', '1921']]);
  });
});
