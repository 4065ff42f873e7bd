import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../../src/main/generator/compare/quoteMentions.ts';
import { findIn } from './compareTexts.ts';

// A thing done once and for the record told as done and as not yet done ("were published" / "are not yet
// published"), and dash-opened quotations whose speaker comes before the verb ("..., she reminded."). Phrasings from
// politics, courts, business and health, beside look-alikes that must stay quiet.

const records = (texts: Record<string, string>) =>
  findIn(texts).disagreements.filter((fact) => fact.kind === 'claim' && fact.fact.startsWith('Whether'));

describe('done for the record, or not yet', () => {
  it('reports results, a treaty and a ruling told as done and as not yet done', () => {
    expect(
      records({
        'a.txt': 'The full findings are not yet published.',
        'b.txt': 'The findings of the inquiry were published on Monday.',
      }),
    ).toHaveLength(1);
    expect(
      records({
        'a.txt': 'The treaty has not yet been ratified by the senate.',
        'b.txt': 'The treaty was ratified by the senate last week.',
      }),
    ).toHaveLength(1);
    expect(
      records({
        'a.txt': 'The merger has not yet been approved by regulators.',
        'b.txt': 'The merger was approved by regulators in March.',
      }),
    ).toHaveLength(1);
  });

  it('leaves "not yet" of a happening that may still come, and two articles alike, alone', () => {
    expect(
      records({
        'a.txt': 'The dam has not yet been breached.',
        'b.txt': 'The dam was breached late on Sunday.',
      }),
    ).toEqual([]);
    expect(
      records({
        'a.txt': 'The report has not yet been published.',
        'b.txt': 'The report is not yet published, the ministry said.',
      }),
    ).toEqual([]);
  });
});

describe('dash-opened quotations with the speaker first', () => {
  it('reads the quotation and who said it', () => {
    const [named] = findQuotations(
      'a.txt',
      1,
      '– We will appeal the ruling as soon as we can, Halvorsen said outside the court.',
    );
    expect(named?.text).toBe('We will appeal the ruling as soon as we can');
    expect(named?.speaker).toBe('Halvorsen');
    const [told] = findQuotations('a.txt', 1, '– But nobody should call this a cure yet, she reminded.');
    expect(told?.text).toBe('But nobody should call this a cure yet');
    expect(told?.pronoun).toBe('she');
  });

  it('reads no quotation in a dash-opened line that reports no speech', () => {
    expect(findQuotations('a.txt', 1, '– Monday, Tuesday and Wednesday, Oslo hosted the summit.')).toEqual([]);
    expect(findQuotations('a.txt', 1, '– The vote, which was close, passed.')).toEqual([]);
  });
});
