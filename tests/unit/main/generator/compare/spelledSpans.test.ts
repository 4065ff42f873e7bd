import { describe, expect, it } from 'vitest';
import { figures, only } from './figuresIn.ts';
import { findIn } from './compareTexts.ts';

// Spans of time told with an article or "and a half" instead of a figure, as reporters round a stopwatch's
// seconds or a night's hours (sentences from other trades than the fixture sets').

describe('spans of time told in words', () => {
  it('reads "a minute and a half", "a day and a half" and "half a day" as spans, with their hedges', () => {
    expect(only('The engines cut out about a minute and a half after the ferry left port.')).toMatchObject({
      text: 'about a minute and a half',
      unit: 'time:span',
      low: 1.5,
      hedge: 'about',
    });
    expect(only('Some villages were without water for more than a day and a half.')).toMatchObject({
      text: 'more than a day and a half',
      low: 36 * 60,
      hedge: 'at least',
    });
    expect(only('The ferry sank barely a minute after the alarm sounded.')).toMatchObject({
      text: 'barely a minute',
      low: 1,
      hedge: 'about',
    });
    expect(only('Divers searched the hull for half a day.')).toMatchObject({ text: 'half a day', low: 12 * 60 });
  });

  it('reads a whole figure and a half as one figure', () => {
    expect(only('The hearing lasted two and a half hours.')).toMatchObject({
      text: 'two and a half hours',
      low: 150,
    });
    expect(only('Three and a half million passengers use the port each year.').low).toBe(3_500_000);
    expect(only('Pay rose 4 and a half per cent.')).toMatchObject({ unit: 'percent', low: 4.5 });
  });

  it('reads no span in a rate, a point in time or a bare "a day" that gives no length', () => {
    expect(figures('Inspectors visit the quay twice a day.')).toEqual([]);
    expect(figures('The ferry was sold a year ago.')).toEqual([]);
    expect(figures('Talks resumed a day after the vote.')).toEqual([]);
    expect(figures('A week of storms closed the harbour.')).toEqual([]);
  });

  it('reports a span told in words against the same span in figures', () => {
    const { disagreements, agreements } = findIn({
      'a.txt':
        'The engines cut out about 90 seconds after the ferry left Portmore. Villages were without water for 31 hours.',
      'b.txt':
        'The engines failed barely a minute after the ferry left Portmore. Villages were without water for more than a day and a half.',
      'c.txt': 'The engines cut out about a minute and a half after the ferry left Portmore.',
    });
    const told = (facts: typeof disagreements) => facts.map((fact) => fact.values.map((value) => value.text).sort());
    expect(told(disagreements)).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(['about 90 seconds', 'barely a minute']),
        ['31 hours', 'more than a day and a half'],
      ]),
    );
    expect(told(agreements)).not.toContainEqual(expect.arrayContaining(['barely a minute']));
  });
});
