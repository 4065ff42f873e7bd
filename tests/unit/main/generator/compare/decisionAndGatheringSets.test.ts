import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../../src/shared/analysis.ts';
import { factsAt, findIn, signature } from './compareTexts.ts';
import { councilSet, portSet } from './decisionAndGatheringSets.ts';

// Labelled by hand like the other written sets: every disagreement the finder may report is listed, so a new false
// alarm fails as surely as a missed disagreement.

const texts = (facts: readonly Fact[]): string[][] => facts.map((fact) => fact.values.map((value) => value.text));

describe('a port dispute: titles behind "Mr" and "Dr", a vigil or a demonstration, a refusal or second thoughts', () => {
  const { disagreements, agreements } = findIn(portSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'claim port-a:11 port-c:5',
      'claim port-a:13 port-b:15',
      'claim port-a:5 port-b:5',
      'name port-a:11 port-b:13',
      'name port-a:7 port-b:7',
      'quote port-a:9 port-b:11',
    ]);
  });

  it('reads a job title with "Mr" between it and the name, and a head of communications as a job', () => {
    expect(texts(factsAt(disagreements, 'port-a:7', 'port-b:7'))).toEqual([
      ['managing director, Mr Alan Greer', "Alan Greer, the port's finance director"],
    ]);
    expect(factsAt(disagreements, 'port-a:11', 'port-b:13').map((fact) => fact.fact)).toEqual([
      "How Nina Patel's name is written",
    ]);
  });

  it('compares the article by its full quotation, not the fragment its headline quotes, and names "he"', () => {
    const [quote] = factsAt(disagreements, 'port-a:9');
    expect(quote?.fact).toBe('How Mr Greer is quoted: "We have made a fair offer…"');
    expect([...disagreements, ...agreements].some((fact) => factsAt([fact], 'port-b:9').length > 0)).toBe(false);
  });

  it('sets a counted crowd’s demonstration against its vigil, and a counted group transferred against evacuated', () => {
    expect(factsAt(disagreements, 'port-a:5', 'port-b:5').map((fact) => fact.fact)).toEqual([
      'Whether the dockers held a demonstration or a vigil',
    ]);
    // "Five other workers" are another group: they were evacuated too, and say nothing of the twelve.
    expect(factsAt(disagreements, 'port-c:7')).toEqual([]);
    expect(factsAt(disagreements, 'port-a:13', 'port-b:15').map((fact) => fact.fact)).toEqual([
      'Whether the workers were transferred',
    ]);
  });

  it('sets a refusal against an offer still weighed, and leaves two refusals alone', () => {
    expect(factsAt(disagreements, 'port-a:11', 'port-c:5').map((fact) => fact.fact)).toEqual([
      'Whether the union will accept the offer',
    ]);
    // "would not resign" / "has refused to resign", "ruled out strike action" twice: the articles agree.
    expect(factsAt(disagreements, 'port-a:17')).toEqual([]);
    expect(factsAt(disagreements, 'port-a:15')).toEqual([]);
  });
});

describe('a library under threat: a decision taken or left open, and another building', () => {
  const { disagreements } = findIn(councilSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature)).toEqual(['claim council-a:1 council-b:5']);
    expect(disagreements.map((fact) => fact.fact)).toEqual(['Whether the council will close Elm Street library']);
  });

  it('says nothing when the open question is about another building, or "the head of the UN" is named', () => {
    expect(factsAt(disagreements, 'council-c:5')).toEqual([]);
    expect(factsAt(disagreements, 'council-a:9')).toEqual([]);
  });
});
