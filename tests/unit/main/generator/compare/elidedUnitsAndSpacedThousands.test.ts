import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { mentionsBySentence, type NumberMention } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { articlesOf, everyLine, factValuesWithOtherNews } from './compareTexts.ts';

// Families of figures from the election, wildfire and fraud sets' misses, each with sentences from other trades:
// thousands grouped with spaces in a translated edition ("41 209"), a bare figure that leaves its unit to the one
// before it ("was third with 13,260", "ahead by just 87"), a noun joined by a hyphen inside a modifier
// ("water-bombing aircraft"), staff named by their task ("counting staff" / "counters"), what a share is of when it
// stands as the subject ("Turnout ... was 38.6 per cent"), people in a role of a trial or a vote (witnesses,
// jurors), and a group whose members name different places. Clean cases must stay quiet.

/** Figures of one article read as the generator reads a whole article (its house style included). */
function articleFigures(text: string): NumberMention[] {
  return mentionsBySentence(readSentences(articlesOf({ 'a.txt': text }), everyLine)).flat();
}

function read(text: string): { text: string; low: number; unit: string }[] {
  return articleFigures(text).map((figure) => ({ text: figure.text, low: figure.low, unit: figure.unit }));
}

const numberFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'number');

describe('thousands grouped with spaces', () => {
  it('reads "41 209" as one figure in an article without English thousands separators', () => {
    expect(read('The mayor got 41 209 votes.')).toEqual([{ text: '41 209', low: 41209, unit: 'vote' }]);
    expect(read('In total 1 416 ballot papers were rejected.')[0]?.low).toBe(1416);
    expect(read('The hospital treated 12 400 patients last year.')[0]?.low).toBe(12400);
    expect(read('Around 3 000 000 euros were lost.')[0]?.low).toBe(3_000_000);
    // A no-break or thin space groups as well.
    expect(read('The fire burned 5\u00a0100 hectares.')[0]?.low).toBe(5_100 * 10_000);
  });

  it('leaves figures alone where the article groups thousands with commas, or the groups do not fit', () => {
    // An English article: "4 500" beside "1,240" is two figures, not one.
    expect(read('The trial enrolled 1,240 adults. Scores ranged from 4 500 to 9.').map((f) => f.low)).not.toContain(
      4500,
    );
    // "in 2019 400 people": a year before a figure is not a thousands group.
    expect(read('In 2019 400 people were hired.').map((figure) => figure.low)).not.toContain(2019400);
    // "12 34" and "1 2345" are not groups of three.
    expect(read('They sold 12 3456 tickets.').map((figure) => figure.low)).not.toContain(123456);
  });

  it('finds the translated edition disagreeing with the English one', () => {
    const found = numberFacts({
      'a.txt': 'Green candidate Ida Brandt came third with 13,260 votes in the mayoral election.',
      'b.txt': 'Ida Brandt from the Green party came on third place with 13 620 votes in the mayoral election.',
    });
    expect(found.disagreements).toEqual([['13,260', '13 620']]);
  });
});

describe('a bare figure that leaves its unit to the one before it', () => {
  it('counts what the figure before it counted, after "with" or "by" at the end of a clause', () => {
    expect(
      read('Castellane finished with 41,207 votes to 40,968. Brennan-Shaw was third with 13,260.').map((f) => f.unit),
    ).toEqual(['tally', 'vote']);
    expect(read('That is a margin of 239 votes. On the first count she had been ahead by just 87.')[1]).toMatchObject({
      low: 87,
      unit: 'vote',
    });
    // Sport and business.
    expect(read('Rovers scored 41 points and won by 12.')[1]).toMatchObject({
      low: 12,
      unit: read('41 points')[0]?.unit,
    });
    expect(read('Acme sold 4,000 cars in May, and Brightway followed with 3,100.')[1]?.unit).toBe(
      read('4,000 cars')[0]?.unit,
    );
  });

  it('does not lend a unit to a figure with a noun of its own, nor across a paragraph', () => {
    expect(read('The club signed 3 players and won with 12 fans watching.')[1]?.unit).toBe(read('12 fans')[0]?.unit);
    // Another paragraph is another line: nothing to lean on.
    expect(read('She was ahead by just 87.')).toEqual([]);
  });

  it('finds the lead on the first count disagreeing, and the margin apart from it', () => {
    const found = numberFacts({
      'a.txt': 'Lindqvist won by 239 votes. On the first count she had been ahead by just 87.',
      'b.txt': 'Lindqvist won by 239 votes. In the first count the difference was 78 votes.',
    });
    expect(found.disagreements).toEqual([['87', '78']]);
  });
});

describe('nouns inside a modifier, and staff named by their task', () => {
  it('counts the noun after a hyphenated modifier', () => {
    expect(read('Crews had 11 water-bombing aircraft on the fire.')[0]?.unit).toBe(read('9 aircraft')[0]?.unit);
    expect(read('The board approved 40 cost-cutting measures.')[0]?.unit).toBe(read('40 measures')[0]?.unit);
    expect(read('The council owns 12 state-owned buildings.')[0]?.unit).toBe(read('12 buildings')[0]?.unit);
  });

  it('counts "counting staff" as counters and "cleaning staff" as cleaners', () => {
    expect(read('Some 160 counting staff worked in shifts.')[0]?.unit).toBe(read('More than 200 counters')[0]?.unit);
    expect(read('The hospital laid off 40 cleaning staff.')[0]?.unit).toBe(read('40 cleaners')[0]?.unit);
    expect(read('The school has 35 teaching staff.')[0]?.unit).toBe(read('35 teachers')[0]?.unit);
    // Staff without a task stay staff.
    expect(read('The firm has 400 staff.')[0]?.unit).toBe(read('400 staff')[0]?.unit);
    expect(read('The firm has 400 staff.')[0]?.unit).not.toBe(read('400 counters')[0]?.unit);
  });

  it('finds two counts of the people at one task disagreeing', () => {
    const found = numberFacts({
      'a.txt': 'Some 160 counting staff worked through the night at the exhibition hall.',
      'b.txt': 'More than 200 counters worked through the night on the recount.',
    });
    expect(found.disagreements).toEqual([['Some 160', 'More than 200']]);
  });
});

describe('shares and the people in a role', () => {
  it('reads the subject of "was" as what a share is of', () => {
    const found = numberFacts({
      'a.txt': 'Turnout in the 7 May general election was 38.6 per cent, a little down on 2022.',
      'b.txt': 'Turnout was just under 39 percent, down from the last election.',
      'c.txt': 'The turnout was 41,2 %, which is higher than in 2022, the city says.',
    });
    expect(found.disagreements).toHaveLength(1);
    expect(found.disagreements[0]).toContain('41,2 %');
    // Unemployment and inflation in one article are two shares, not one.
    const clean = numberFacts({
      'a.txt': 'Unemployment in the region was 4.1 per cent in March.',
      'b.txt': 'Inflation in the region was 2.4 per cent in March.',
    });
    expect(clean.disagreements).toEqual([]);
  });

  it('takes the only count of witnesses or jurors in each article as one count', () => {
    const found = numberFacts({
      'a.txt': 'Over six weeks the prosecution called 41 witnesses, among them former Acme engineers.',
      'b.txt': 'Forty-one witnesses gave evidence during the trial.',
      'c.txt': 'State prosecutor Lise Brandt, who called nearly 60 witnesses, said the case was clear.',
    });
    expect(found.disagreements).toEqual([['41', 'nearly 60']]);
    // One article's witnesses and another's jurors are two roles.
    const clean = numberFacts({
      'a.txt': 'The defence called 12 witnesses over three days.',
      'b.txt': 'The 14 jurors deliberated over three days.',
    });
    expect(clean.disagreements).toEqual([]);
  });

  it('groups a figure whose sentence names another place of the story through a member that names both', () => {
    const found = numberFacts({
      'a.txt': 'The Harl Ridge fire pushed into Tarrow, destroying at least 37 homes.',
      'b.txt': 'The fire has destroyed 41 homes since it broke out below Harl Ridge.',
      'c.txt': 'A wildfire burning above Tarrow has destroyed 37 homes, officials said.',
    });
    // One group: "at least 37" and "37" agree, and "41" disagrees with them.
    expect(found.agreements).toEqual([['at least 37', '37']]);
    expect(found.disagreements).toHaveLength(1);
    expect(found.disagreements[0]).toContain('41');
  });

  it('reads the places of the figure’s own clause, past ", and" or ", as"', () => {
    // A storm and a flood: the first clause's town says nothing of the gusts or the rain of the second.
    const found = numberFacts({
      'a.txt':
        'Some 3,200 people were ordered to leave Harl on Friday, and the storm swept through as wind gusts reached 72km/h.',
      'b.txt': 'Wind gusts near 90 km/h were measured at the Tarrow Ridge weather station on Saturday evening.',
    });
    expect(found.disagreements).toEqual([['72km/h', '90 km/h']]);
    // A place named in the figure's own clause still keeps two towns' figures apart.
    const clean = numberFacts({
      'a.txt': 'In Harl, 45 homes were flooded on Monday.',
      'b.txt': 'In Tarrow, 60 homes were flooded on Monday.',
    });
    expect(clean.disagreements).toEqual([]);
  });
});
