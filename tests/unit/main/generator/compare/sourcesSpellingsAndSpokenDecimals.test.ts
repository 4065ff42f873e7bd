import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findNumberMentions } from '../../../../../src/main/generator/compare/numberMentions.ts';
import { findIn } from './compareTexts.ts';

// Who gives a figure is not what it counts; "services" are not soldiers; asking, seeking and demanding are one
// stance; objects, items and artefacts are one count; "two point four million" is 2.4 million; an accent left off
// is no new spelling, a letter added is; a name that sounds the same in both words is the same name. Phrasings
// from elections, transport, crime, business and culture, beside look-alikes that must stay quiet.

const numbers = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'number');
const names = (texts: Record<string, string>) => findIn(texts).disagreements.filter((fact) => fact.kind === 'name');
const valuesOf = (fact: { values: { text: string }[] }) => fact.values.map((value) => value.text);
// A story has more than one line: words every line shares weigh little, as in any real set.
const story = (line: string, other: string) =>
  [line, 'Commuters were told to check before they travel.', other].join('\n');

describe('figures and who gives them', () => {
  it('compares two turnouts whose sentences name only their sources', () => {
    const found = numbers({
      'a.txt': story('In Aldwick, the strike was backed on a turnout of 78%, the union said.', 'Talks are planned.'),
      'b.txt': story(
        'The strike was backed on a turnout of 74 per cent, according to the independent scrutineer, Ballot Assured.',
        'The operator called the action disappointing.',
      ),
    });
    expect(found.map(valuesOf)).toContainEqual(['78%', '74 per cent']);
  });

  it("takes a transcript's speaker label for who speaks, not for what the figure is about", () => {
    const found = numbers({
      'a.txt': story(
        'ANA RUIZ: The pupils without both doses have been told to stay at home for two weeks.',
        'Talks go on.',
      ),
      'b.txt': story(
        'At Kirkwade Primary, pupils without both doses were told to stay at home for three weeks.',
        'A clinic opens.',
      ),
    });
    expect(found.map(valuesOf)).toContainEqual(['two weeks', 'three weeks']);
  });

  it('still keeps apart figures said of two different named places', () => {
    expect(
      numbers({
        'a.txt': 'In Harwick, turnout in the ballot was 78%, officials said.',
        'b.txt': 'In Ostby, turnout in the ballot was 64%, officials said.',
      }),
    ).toEqual([]);
  });

  it('counts train services as services, not troops, and objects as items', () => {
    const services = numbers({
      'a.txt': story('Around 1,100 services were cancelled across the network on Tuesday.', 'Talks are planned.'),
      'b.txt': story('Some 1,300 services were cancelled across the network on Tuesday.', 'Drivers walked out.'),
    });
    expect(services.map((fact) => fact.fact)).toEqual(['How many services across the network']);
    const stolen = numbers({
      'a.txt': 'Thieves took seven objects from the gallery overnight, police said.',
      'b.txt': 'Thieves took nine items from the gallery overnight, police said.',
    });
    expect(stolen.map(valuesOf)).toEqual([['seven', 'nine']]);
  });

  it('reads a demand and a wish for a figure as one stance', () => {
    const found = numbers({
      'a.txt': 'The union wants a 9% pay rise for drivers.',
      'b.txt': 'The union is demanding a 10 per cent pay rise for drivers.',
    });
    expect(found.map(valuesOf)).toEqual([['9%', '10 per cent']]);
  });

  it('reads what a thing is worth and what it is valued at as one figure', () => {
    const found = numbers({
      'a.txt': story('The haul is said to be worth almost £3million.', 'A reward of £25,000 has been offered.'),
      'b.txt': story('The insurer values the haul at £2.4m.', 'A reward of £25,000 has been offered.'),
    });
    expect(found.map(valuesOf)).toContainEqual(['almost £3million', '£2.4m']);
  });

  it('compares short spans of time told in different units, in minutes', () => {
    const found = numbers({
      'a.txt': story('The thieves were inside the building for about eight minutes.', 'Police are appealing for help.'),
      'b.txt': story('The thieves were inside the building for around a quarter of an hour.', 'The gallery is shut.'),
    });
    expect(found.map(valuesOf)).toEqual([['about eight minutes', 'around a quarter of an hour']]);
    expect(found[0]?.fact).toMatch(/^How long: /);
    expect(
      numbers({
        'a.txt': story('The passengers waited on the platform for half an hour.', 'Trains resumed at noon.'),
        'b.txt': story('The passengers waited on the platform for 30 minutes.', 'Trains resumed at noon.'),
      }),
    ).toEqual([]);
  });

  it('compares long spans told in different units, and counts an age as no span', () => {
    const closed = numbers({
      'a.txt': story('The website was shut for around 36 hours while engineers investigated.', 'Stores stayed open.'),
      'b.txt': story('The website was shut for two days while engineers investigated.', 'Stores stayed open.'),
    });
    expect(closed.map(valuesOf)).toEqual([['around 36 hours', 'two days']]);
    const ban = (length: string) =>
      story(`The federation banned the coach for ${length} after the hearing.`, 'He plans to appeal.');
    expect(numbers({ 'a.txt': ban('four years'), 'b.txt': ban('48 months') })).toEqual([]);
    expect(numbers({ 'a.txt': ban('three years'), 'b.txt': ban('48 months') }).map(valuesOf)).toEqual([
      ['three years', '48 months'],
    ]);
    expect(
      numbers({
        'a.txt': story('Regulators must be told within three days of a breach.', 'The firm apologised.'),
        'b.txt': story('Regulators must be told within 72 hours of a breach.', 'The firm apologised.'),
      }),
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': story('The vote took 59 minutes, the clerk said.', 'The motion passed.'),
        'b.txt': story('The vote took 60 minutes, the clerk said.', 'The motion passed.'),
      }),
    ).toHaveLength(1);
    const [sentence] = sentencesOfLine('a.txt', 1, 'The trial enrolled 1420 patients between 18 and 70 years.');
    expect(findNumberMentions(sentence!).map((mention) => mention.unit)).toContain('age');
  });

  it('reads "two point four million" as 2.4 million', () => {
    const [sentence] = sentencesOfLine('a.txt', 1, 'Insurers value the haul at about two point four million pounds.');
    const [mention] = findNumberMentions(sentence!);
    expect(mention?.text).toBe('about two point four million pounds');
    expect(mention?.low).toBe(2_400_000);
  });
});

describe('how a name is written', () => {
  it('takes an accent left off as the same name, a letter added as another spelling', () => {
    expect(
      names({
        'a.txt': 'Transport Minister Siobhán Lyle said talks would resume.',
        'b.txt': 'Transport Minister Siobhan Lyle said talks would resume.',
      }),
    ).toEqual([]);
    const added = names({
      'a.txt': 'FTU chief Dermot Kilbride said the strike would go ahead.',
      'b.txt': 'FTU chief Dermot Kilbride said members were angry.',
      'c.txt': 'Gen sec Dermott Kilbride put out a statement last night.',
    });
    expect(added.map(valuesOf)).toEqual([['Dermot Kilbride', 'Dermott Kilbride']]);
  });

  it('finds a name that sounds the same in both words, written without a title', () => {
    const found = names({
      'a.txt': 'Dr Isobel Fairlie, the museum’s director, said the objects belonged to the town.',
      'b.txt': 'Heartbroken museum boss Isabel Fairley said the treasures belonged to the town.',
    });
    expect(found.map(valuesOf)).toEqual([['Isobel Fairlie', 'Isabel Fairley']]);
  });
});
