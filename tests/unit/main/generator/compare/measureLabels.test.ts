import { describe, expect, it } from 'vitest';
import { findIn } from './compareTexts.ts';

// One measure called a ban by one article and a restriction by another (sentences from aviation, fishing and
// events, none from the fixture sets), beside cases that must stay quiet.

const labelFacts = (texts: Record<string, string>) =>
  findIn(texts)
    .disagreements.filter((fact) => fact.fact.startsWith('Whether the measure'))
    .map((fact) => ({ fact: fact.fact, texts: fact.values.map((value) => value.text) }));

describe('what a measure is called', () => {
  it('reports a ban against restrictions or curbs on the same thing', () => {
    expect(
      labelFacts({
        'a.txt': 'A fishing ban covers the whole of Lough Carra from Monday.',
        'b.txt': 'Fishing restrictions on Lough Carra start on Monday, the agency said.',
      }),
    ).toEqual([
      {
        fact: 'Whether the measure on fishing is a ban or a restriction',
        texts: [
          'A fishing ban covers the whole of Lough Carra from Monday.',
          'Fishing restrictions on Lough Carra start on Monday, the agency said.',
        ],
      },
    ]);
    expect(
      labelFacts({
        'a.txt': 'The airport confirmed a temporary ban on night flights until March.',
        'b.txt': 'Curbs on night flights will stay until March.',
      }),
    ).toHaveLength(1);
  });

  it('leaves one word used alike, both words in one article, a quoted word and a verb alone', () => {
    expect(
      labelFacts({
        'a.txt': 'A fishing ban covers Lough Carra from Monday.',
        'b.txt': 'The fishing ban on Lough Carra starts on Monday.',
      }),
    ).toEqual([]);
    expect(
      labelFacts({
        'a.txt': 'A fishing ban covers Lough Carra from Monday.',
        'b.txt': 'Fishing restrictions start on Monday and a full fishing ban may follow.',
      }),
    ).toEqual([]);
    expect(
      labelFacts({
        'a.txt': 'A fishing ban covers Lough Carra from Monday.',
        'b.txt': 'Anglers called the "fishing restrictions" a disgrace.',
      }),
    ).toEqual([]);
    expect(
      labelFacts({
        'a.txt': 'The agency will ban fishing on Lough Carra from Monday.',
        'b.txt': 'Fishing restrictions on Lough Carra start on Monday.',
      }),
    ).toEqual([]);
    // Measures on two different things.
    expect(
      labelFacts({
        'a.txt': 'A fishing ban covers Lough Carra from Monday.',
        'b.txt': 'Boating restrictions on Lough Carra start on Monday.',
      }),
    ).toEqual([]);
  });
});
