import { describe, expect, it } from 'vitest';
import { factsAt, findIn, signature, valueAt } from './compareTexts.ts';
import { electionSet, floodSet, ministersSet, takeoverSet } from './writtenSets.ts';

// The written sets are labelled by hand in these tests: every disagreement the finder may report is listed, so a
// new false alarm fails as surely as a missed disagreement.

describe('a flood: casualty figures, a rising death toll, dates of the flood', () => {
  const { disagreements, agreements } = findIn(floodSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'date flood-a:5 flood-c:3',
      'number flood-a:11 flood-b:9',
      'number flood-a:5 flood-b:3',
      'number flood-a:7 flood-c:5',
      'quote flood-a:9 flood-b:7',
    ]);
  });

  it('counts the dead apart from the injured and takes the body over the headline', () => {
    const [dead] = factsAt(disagreements, 'flood-a:5', 'flood-b:3');
    expect(dead?.fact).toBe('Number of people killed');
    expect(valueAt(dead!, 'flood-a:5')).toBe('At least 12');
    expect(valueAt(dead!, 'flood-b:3')).toBe('15');
    const [injured] = factsAt(disagreements, 'flood-a:7', 'flood-c:5');
    expect(injured?.fact).toBe('Number of people injured');
    expect(factsAt(agreements, 'flood-b:3', 'flood-c:3')[0]?.values.map((value) => value.text)).toEqual([
      '15',
      'Fifteen',
    ]);
  });

  it('does not take "up from 12" or the day the toll rose as facts of their own', () => {
    const listed = [...disagreements, ...agreements].flatMap((fact) => fact.values);
    expect(listed.some((value) => value.file === 'flood-b.txt' && value.text === 'Thursday')).toBe(false);
    expect(listed.some((value) => value.file === 'flood-b.txt' && value.text === '12')).toBe(false);
  });

  it('agrees on "$4 million", "four million dollars" and "$4m", and on the Tuesday the river burst', () => {
    expect(factsAt(agreements, 'flood-a:11', 'flood-b:9', 'flood-c:9')[0]?.values.map((value) => value.text)).toEqual([
      '$4 million',
      'four million dollars',
      '$4m',
    ]);
    const [tuesday] = factsAt(agreements, 'flood-a:5', 'flood-b:5');
    expect(valueAt(tuesday!, 'flood-b:5')).toBe('Tuesday, March 5');
  });

  it('takes the dateline "RIVERTON, March 7 (Newswire) -" as the filing date, not an event date', () => {
    const listed = [...disagreements, ...agreements].flatMap((fact) => fact.values);
    expect(listed.some((value) => value.text === 'March 7')).toBe(false);
  });
});

describe('a takeover: prices, percentages, dates and ages', () => {
  const { disagreements, agreements } = findIn(takeoverSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'date deal-a:3 deal-b:3',
      'date deal-a:9 deal-b:9',
      'number deal-a:3 deal-b:3',
      'number deal-a:7 deal-b:5',
      'number deal-a:9 deal-b:9',
    ]);
  });

  it('hears "This deal brings..." and "The deal brings..." as too close to call, and a fragment as the same words', () => {
    expect(factsAt(disagreements, 'deal-a:5', 'deal-b:7')).toEqual([]);
    expect(factsAt(agreements, 'deal-a:5', 'deal-c:5')[0]?.kind).toBe('quote');
  });

  it('agrees on "12%" and "12 per cent", and on a chief executive called "CEO"', () => {
    expect(factsAt(agreements, 'deal-a:7', 'deal-c:7')[0]?.values.map((value) => value.text)).toEqual([
      '12%',
      '12 per cent',
    ]);
    expect(factsAt(agreements, 'deal-a:5', 'deal-b:7').some((fact) => fact.kind === 'name')).toBe(true);
  });

  it('leaves "president" against "chief executive" alone: one person may be both', () => {
    expect(disagreements.filter((fact) => fact.kind === 'name')).toEqual([]);
  });
});

describe('a ministers’ meeting: titles, office holders, weekdays against dates', () => {
  const { disagreements, agreements } = findIn(ministersSet);

  it('reports exactly the disagreements a reader would', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      'claim summit-a:7 summit-b:7',
      'date summit-a:3 summit-b:3 summit-c:3',
      'name summit-a:3 summit-b:3',
      'name summit-a:3 summit-d:3',
      'number summit-a:3 summit-b:3',
      'number summit-b:5 summit-c:5',
    ]);
  });

  it('checks "Thursday, June 13, 2024" against "Friday" and "June 14", and agrees with a plain "Thursday"', () => {
    const [when] = factsAt(disagreements, 'summit-a:3', 'summit-b:3', 'summit-c:3').filter(
      (fact) => fact.kind === 'date',
    );
    expect(when?.values.map((value) => value.text)).toEqual(['Thursday, June 13, 2024', 'Friday', 'June 14']);
    expect(factsAt(agreements, 'summit-a:3', 'summit-d:3')[0]?.kind).toBe('date');
  });

  it('finds a foreign minister called a defence minister, and two people named as the foreign minister', () => {
    const names = disagreements.filter((fact) => fact.kind === 'name');
    expect(names.map((fact) => fact.fact).sort()).toEqual(["Lena Berg's job title", 'Who is Swedish foreign minister']);
    expect(
      valueAt(
        names.find((fact) => fact.fact.startsWith('Who'))!,
        'summit-d:3',
      ),
    ).toBe("Sweden's foreign minister, Karl Lund");
  });

  it('reads "about 2 billion kronor" as the rounded "2.1 billion kronor", neither agreeing nor disagreeing', () => {
    const kronor = [...disagreements, ...agreements].filter((fact) =>
      fact.values.some((value) => value.text.includes('kronor')),
    );
    expect(kronor.map(signature)).toEqual(['number summit-a:5 summit-b:11']);
    expect(agreements.map(signature)).toContain('number summit-a:5 summit-b:11');
  });
});

describe('an election: the shares of two candidates', () => {
  const { disagreements, agreements } = findIn(electionSet);

  it('never compares the winner’s share with the loser’s, and compares each with itself', () => {
    expect(disagreements.map(signature).sort()).toEqual([
      // "will be sworn in on January 20" / "will take office on January 21": one swearing-in, two days.
      'date vote-a:7 vote-c:7',
      'number vote-a:3 vote-b:3',
      'number vote-a:5 vote-c:3',
      'number vote-b:9 vote-c:5',
      'quote vote-a:9 vote-b:7',
    ]);
  });

  it('reads "about 60%" turnout as compatible with 61%, and agrees on 100,000 jobs', () => {
    expect(
      factsAt([...disagreements, ...agreements], 'vote-a:5', 'vote-b:5').filter(
        (fact) => fact.kind === 'number' && fact.values.some((value) => value.text.includes('60')),
      ),
    ).toEqual([]);
    expect(factsAt(agreements, 'vote-a:7', 'vote-b:5')[0]?.values.map((value) => value.text)).toEqual([
      '100,000',
      '100,000',
    ]);
  });
});
