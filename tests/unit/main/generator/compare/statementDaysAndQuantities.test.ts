import { describe, expect, it } from 'vitest';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Two false date findings of the election and wildfire sets and their general causes, with sentences from other
// trades: the day a sentence was said (", fire officials said on Monday") taken for the day of what it reports
// ("the evacuation order was issued Friday morning"), and units of measure ("percentage points", "per cent",
// "kilometres") taken for what happened, so that two unrelated dates near two figures looked like one event.

const published = new Date(Date.UTC(2026, 4, 13, 12));

// Lines on other matters, as a real article has: a word is telling only if not every sentence of the set uses it.
const otherNews = [
  'Elsewhere, the weather stayed mild for the time of year.',
  'Shares in retailers were little changed in early trading.',
  'Readers can send their questions to the newsdesk by email.',
];

function dateFacts(texts: Record<string, string>): { disagreements: string[][]; agreements: string[][] } {
  const withOtherNews = Object.fromEntries(
    Object.entries(texts).map(([file, text]) => [file, [text, ...otherNews].join('\n\n')]),
  );
  const facts = findFacts(articlesOf(withOtherNews), everyLine, published);
  const values = (list: typeof facts.disagreements): string[][] =>
    list.filter((fact) => fact.kind === 'date').map((fact) => fact.values.map((value) => value.text));
  return { disagreements: values(facts.disagreements), agreements: values(facts.agreements) };
}

describe('the day a sentence was said', () => {
  it('is not the day of what it reports', () => {
    // A wildfire, a factory and a hospital: the trailing "officials said on Monday" dates the telling.
    expect(
      dateFacts({
        'a.txt': 'The evacuation order for Tarrow was issued Friday morning.',
        'b.txt': 'The fire forced nearly 4,000 people in Tarrow to evacuate, fire officials said on Monday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'Brightway closed its Leeds plant on Tuesday.',
        'b.txt': 'Brightway has closed its Leeds plant, the company said on Thursday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The ward at St Olaf hospital was shut on Saturday after an outbreak.',
        'b.txt': 'The ward at St Olaf hospital was shut after an outbreak, a spokeswoman said on Monday.',
      }).disagreements,
    ).toEqual([]);
  });

  it('still disagrees with the day of another statement', () => {
    const found = dateFacts({
      'a.txt': 'Brightway will close its Leeds plant, the company said on Tuesday.',
      'b.txt': 'Brightway will close its Leeds plant, the company said on Thursday.',
    });
    expect(found.disagreements).toEqual([['Tuesday', 'Thursday']]);
  });
});

describe('units of measure are not what happened', () => {
  it('does not make two dates one event because both stand near a share or a distance', () => {
    // An election: a recount ordered on Friday and the election of May 7, both beside "percentage point(s)".
    expect(
      dateFacts({
        'a.txt':
          'A recount is automatic when the top two are less than half a percentage point apart, and Achterberg ordered it on Friday afternoon.',
        'b.txt':
          'Castellane won the May 7 election by a margin of 0.25 percentage points, according to Lionel Achterberg.',
      }).disagreements,
    ).toEqual([]);
    // Business and a storm.
    expect(
      dateFacts({
        'a.txt': 'Acme shares fell 4 per cent on Tuesday after the results.',
        'b.txt': 'Acme raised its dividend by 4 per cent on Thursday.',
      }).disagreements,
    ).toEqual([]);
    expect(
      dateFacts({
        'a.txt': 'The storm made landfall 40 kilometres south of Harl on Sunday night.',
        'b.txt': 'Harl opened its new bypass, 12 kilometres long, on Friday.',
      }).disagreements,
    ).toEqual([]);
  });

  it('still finds one event told on two days when its own words meet', () => {
    const found = dateFacts({
      'a.txt': 'Acme shares fell 4 per cent on Tuesday after the results.',
      'b.txt': 'Acme shares fell 4 per cent on Wednesday after the results.',
    });
    expect(found.disagreements).toEqual([['Tuesday', 'Wednesday']]);
  });
});
