import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// Facts first met on the resignation set (a city auditor's report), told here in other trades' words: a share
// "more than" an estimate, a count with its adjective ("private meetings"), a vote "by 33 to 7", a given name cut
// short, and a "finance chief" against another job. Each beside the clean case that must stay quiet.

const disagreements = disagreementsWithOtherNews;

describe('facts of an audit, told in other trades', () => {
  it('reads "28 per cent more than" as a comparison, not a second group', () => {
    const a = 'The inspectors found the hospital paid 31% above the going rate for its scanners.';
    const b = (share: string) => `The hospital paid ${share} per cent more than the going rate for its scanners.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('22') }, 'number')).toEqual([['31%', '22 per cent']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('31') }, 'number')).toEqual([]);
  });

  it('takes the adjective of a count as shared context: "private meetings"', () => {
    const a = 'The report lists seven private meetings between the two in 2024, none of them on the register.';
    const b = (count: string) =>
      `The inspector identified ${count} private meetings between the two that went undeclared.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('nine') }, 'number')).toEqual([['seven', 'nine']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('seven') }, 'number')).toEqual([]);
  });

  it('reads "voted by 33 to 7" as a tally', () => {
    const a = 'Members voted by 52 votes to 11 to accept the pay offer.';
    expect(
      disagreements({ 'a.txt': a, 'b.txt': 'Members voted by 49 to 14 on Tuesday to accept the pay offer.' }, 'number'),
    ).toEqual([['52 votes to 11', '49 to 14']]);
    expect(
      disagreements({ 'a.txt': a, 'b.txt': 'Members voted by 52 to 11 on Tuesday to accept the pay offer.' }, 'number'),
    ).toEqual([]);
  });

  it('reports a given name cut short ("Piet" / "Pieter"), not an initial', () => {
    expect(
      disagreements(
        {
          'a.txt': "The club's owner, Alex Varga, is the coach's cousin.",
          'b.txt': "The club is owned by Alexander Varga, the coach's cousin.",
        },
        'name',
      ),
    ).toEqual([['Alex Varga', 'Alexander Varga']]);
    expect(
      disagreements(
        {
          'a.txt': "The club's owner, A. Varga, is the coach's cousin.",
          'b.txt': "The club is owned by Alexander Varga, the coach's cousin.",
        },
        'name',
      ),
    ).toEqual([]);
  });

  it('reads a "finance chief" as the head of finance, another job than an auditor', () => {
    const a = 'The report was written by County Auditor Dana Mireau, who found the pair met nine times.';
    expect(
      disagreements(
        { 'a.txt': a, 'b.txt': 'Council finance chief Dana Mireau found the pair met a dozen times.' },
        'name',
      ),
    ).toEqual([['County Auditor Dana Mireau', 'Council finance chief Dana Mireau']]);
    expect(
      disagreements(
        {
          'a.txt': 'The report was written by the head of finance, Dana Mireau, who found the pair met nine times.',
          'b.txt': 'Council finance chief Dana Mireau found the pair met a dozen times.',
        },
        'name',
      ),
    ).toEqual([]);
  });
});
