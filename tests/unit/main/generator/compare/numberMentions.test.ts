import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../../../src/main/generator/compare/compareNumbers.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine, factValuesWithOtherNews, findIn } from './compareTexts.ts';
import { figures, only } from './figuresIn.ts';

// Figures as reporters write them, what they count, and what is not a figure at all.

describe('findNumberMentions', () => {
  it('keeps the hedge with the figure and finds what is counted past adjectives', () => {
    const troops = only('Approximately 100,000 Russian troops remain on the Ukrainian border.');
    expect(troops).toMatchObject({ text: 'Approximately 100,000', low: 100000, hedge: 'about', unit: 'troop' });
    expect(only('Russia has amassed up to 130,000 troops along its border.')).toMatchObject({
      text: 'up to 130,000',
      hedge: 'at most',
    });
    expect(only('It has amassed close to 125,000 troops and weaponry.').text).toBe('close to 125,000');
    // A participle after the counted noun is no compound's head, even where wink reads it as a noun.
    expect(only('She keeps 150 cows grazing near the river.').unit).toBe(only('She keeps 150 cows.').unit);
    expect(only('The port has 40 container cranes.').unit).toBe(only('The port has 40 cranes.').unit);
    // Letters and emails carry what is counted: "letters of complaint" are complaints.
    expect(only('The regulator received 220 letters of complaint.').unit).toBe(only('It had 220 complaints.').unit);
    expect(only('Staff sent 90 emails of support.').unit).toBe(only('Staff sent 90 messages of support.').unit);
    expect(only('She wrote 12 letters to the council.').unit).toBe(only('She wrote 12 letters.').unit);
    expect(only('Britain will send at least eight nuclear-powered submarines.')).toMatchObject({
      hedge: 'at least',
      low: 8,
    });
    // "As high as", "as long as": a ceiling, as "up to" is (the yacht set's "waves as high as 40ft").
    expect(only('The gale raised waves as high as 30ft off the headland.')).toMatchObject({
      text: 'as high as 30ft',
      hedge: 'at most',
    });
    expect(only('Drivers faced queues as long as five miles at the border.').hedge).toBe('at most');
  });

  it('reads figures written out in words, with scale words and currencies', () => {
    expect(only('The company paid four million dollars to the families.')).toMatchObject({ low: 4e6, unit: 'money:$' });
    expect(only('The company paid $4 million to the families.')).toMatchObject({ low: 4e6, unit: 'money:$' });
    expect(only('The fund holds $4m in cash.')).toMatchObject({ text: '$4m', low: 4e6 });
    expect(only('Twenty-five soldiers were sent.')).toMatchObject({ low: 25, unit: 'troop' });
    expect(only('One hundred and twenty people died in the fire.')).toMatchObject({ low: 120, unit: 'killed' });
    // "and" joins a number to a hundred or a thousand before it; between two small numbers it lists them (the
    // meteorite set's "their two children, aged nine and six", never 15).
    expect(only('Two thousand and five homes were flooded.')).toMatchObject({ low: 2005, unit: 'home' });
    expect(figures('Their two children, aged nine and six, were asleep.').map((figure) => figure.low)).not.toContain(
      15,
    );
    expect(only('Some 1.2 million residents were told to leave.')).toMatchObject({ low: 1.2e6, decimals: 1 });
    expect(only('Prices rose 3.5 per cent in May.')).toMatchObject({ text: '3.5 per cent', unit: 'percent' });
    expect(only('Between 10 and 12 people were arrested.')).toMatchObject({ low: 10, high: 12, unit: 'arrested' });
    // From the prison-escape set: half a dozen is six, never the dozen after "half a".
    expect(only('Half a dozen inmates walked out of the prison.')).toMatchObject({ text: 'Half a dozen', low: 6 });
    expect(only('A dozen inmates walked out of the prison.')).toMatchObject({ text: 'A dozen', low: 12 });
  });

  it('tells the dead from the injured, whichever way the sentence runs', () => {
    const [dead, hurt] = figures('Twelve people were killed and 30 injured.');
    expect(dead?.unit).toBe('killed');
    expect(hurt?.unit).toBe('injured');
    expect(only('The death toll from the storm rose to 15.').unit).toBe('killed');
    expect(only('Tom Reed, 52, will leave the company.').unit).toBe('age');
    expect(only('A 30-year-old man was arrested.').unit).toBe('age');
  });

  it('reads "the three dissenters" as a count, and still leaves "the two countries" out', () => {
    // As the rate-decision set writes its minority: "the three dissenters" / "The two dissenting members".
    expect(only('The minutes showed that the three dissenters preferred to hold.')).toMatchObject({ low: 3 });
    expect(only('Its five wards were closed to visitors.')).toMatchObject({ low: 5 });
    expect(figures('The two countries signed the deal.')).toEqual([]);
    expect(figures('Both men were freed. These three were not.')).toEqual([]);
    const minority = factValuesWithOtherNews(
      {
        'a.txt': 'The minutes of the Carne council vote showed that the four rebels wanted the library kept open.',
        'b.txt': 'The minutes of the Carne council vote showed that the three rebels wanted the library kept open.',
      },
      'number',
    );
    expect(minority.disagreements).toEqual([['four', 'three']]);
  });

  it('leaves out years, dates, times, ordinals, parts of names, back-references and earlier values', () => {
    for (const text of [
      'The two countries signed the deal in 2021.',
      'The Games last until February 20.',
      'The talks began at 11:30 a.m. on the third day.',
      'The Group of 20 and Article 5 were discussed.',
      'The F-35 jets arrived.',
      'Each has one of the five permanent seats.',
      'The toll rose from 12 to nobody knows.',
      'She said "we lost 40 homes" in the fire.',
      'Millions of people watched.',
      // The car-park set's survey: one thing is not counted in thousands.
      'A 2021 survey of the bridge found corrosion.',
    ]) {
      expect(
        figures(text).map((figure) => figure.text),
        text,
      ).toEqual([]);
    }
  });

  it('still counts a crowd of thousands written with its comma, and things after a year-like figure', () => {
    expect(only('A 2,000 crowd watched the final.').text).toBe('2,000');
    expect(only('Organisers sold 2000 tickets for the final.').text).toBe('2000');
  });

  it('reads a figure after "from" unless it is where a change began or where prices start, not a place', () => {
    expect(only('Inspectors found mould in samples from seven batch codes.').text).toBe('seven');
    expect(only('The chain pulled the jars from five grocers on Friday.').unit).toBe(only('five grocers').unit);
    // Where a thing was lifted from is a place, whatever the verb: "lift" also raises a forecast.
    expect(figures('Divers lifted the bell from about 40 metres below the surface.').map((f) => f.text)).toEqual([
      'about 40 metres',
    ]);
    for (const text of [
      'The firm lifted its output from 30 tonnes.',
      'Unemployment was up from 4.1 per cent.',
      'The bank cut its growth forecast from 2.1 per cent.',
      'The number of beds went from 40 to nobody knows.',
      'Winter tickets from £49 at the box office.',
    ]) {
      expect(
        figures(text).map((figure) => figure.text),
        text,
      ).toEqual([]);
    }
  });

  it('reads no count in a difference between two figures: "two more than last year"', () => {
    const rooms = 'The librarian said the library had 14 reading rooms, two more than last year.';
    expect(figures(rooms).map((f) => f.text)).toEqual(['14']);
    const buses = 'The operator said its fleet had 30 buses, three fewer than in 2024.';
    expect(figures(buses).map((f) => f.text)).toEqual(['30']);
    expect(only('More than 40 lorries were stranded.').text).toBe('More than 40');
  });
});

describe('compareFigures', () => {
  const compare = (a: string, b: string): string => compareFigures(only(a), only(b));

  it('treats equal values written differently as the same', () => {
    expect(compare('It paid $4 million in aid.', 'It paid four million dollars in aid.')).toBe('same');
    expect(compare('Some 100,000 troops are there.', 'About 100,000 troops are there.')).toBe('same');
    expect(compare('Some 1.2 million residents left.', 'Some 1,200,000 residents left.')).toBe('same');
  });

  it('treats a different figure as different, whatever the hedges', () => {
    expect(compare('Up to 130,000 troops are there.', 'Approximately 100,000 troops are there.')).toBe('different');
    expect(compare('More than 100 people were arrested.', 'Fewer than 100 people were arrested.')).toBe('different');
    expect(compare('It costs 4 million dollars.', 'It costs 4.3 million dollars.')).toBe('different');
    // On two sides of one figure: one falls short of it, the other passes it.
    expect(compare('Nearly 3,000 homes lost power.', 'More than 3,000 homes lost power.')).toBe('different');
    expect(compare('Just over 3,000 homes lost power.', 'Up to 3,000 homes lost power.')).toBe('different');
  });

  it('leaves rounded and precise figures that fit each other undecided', () => {
    expect(compare('Some 1.2 million residents left.', 'Some 1,187,000 residents left.')).toBe('compatible');
    expect(compare('Turnout was about 60% this year.', 'Turnout was 61% this year.')).toBe('compatible');
    expect(compare('Between 10 and 12 people were arrested.', '11 people were arrested.')).toBe('compatible');
  });

  it('reads a rough figure as rounded at its last written digit, where its digits show that', () => {
    const members = (figure: string): string => `The choir now has ${figure} members across the county.`;
    expect(compare(members('about 1,100'), members('1,140'))).toBe('compatible');
    expect(compare(members('around 2,350'), members('2,346'))).toBe('compatible');
    expect(compare(members('about 400'), members('412'))).toBe('compatible');
    // Past half a step, it is another figure; an unhedged round figure is not rough; "about 500" may be rounded to
    // the nearest fifty, so "540" is past it.
    expect(compare(members('about 1,100'), members('1,160'))).toBe('different');
    expect(compare(members('1,100'), members('1,140'))).toBe('different');
    expect(compare(members('about 500'), members('540'))).toBe('different');
  });
});

describe('what a figure counts, a few words away', () => {
  it('finds the fate after the verb, and stops at "and"', () => {
    expect(
      figures('A quake struck, killing at least 12 people and injuring more than 300.').map((f) => f.unit),
    ).toEqual(['killed', 'injured']);
    expect(figures('At least 40 were injured and 12 have died.').map((f) => [f.text, f.unit])).toEqual([
      ['At least 40', 'injured'],
      ['12', 'killed'],
    ]);
    expect(only('Fourteen were confirmed dead.').unit).toBe('killed');
    expect(only('Thirty-one were taken to hospital.').unit).toBe('hospitalised');
    // Without the auxiliary, as lists and headlines write it (the marathon set's "a dozen taken to hospital").
    expect(
      figures('Medics treated 71 people on the course and a dozen taken to hospital.').map((f) => [f.text, f.unit]),
    ).toEqual([
      ['71', 'peopl'],
      ['a dozen', 'hospitalised'],
    ]);
    expect(only('Two taken to hospital after crash').unit).toBe('hospitalised');
    // Animals put down or euthanised were killed (the whale set's "11 were put down by vets").
    expect(only('Eleven were put down by vets.').unit).toBe('killed');
    expect(only('Twelve were euthanised on the beach.').unit).toBe('killed');
  });

  it('reads the fate past ages set off by commas, counts the charged apart, and stops at a new clause', () => {
    // As the robbery set tells its arrests, in a protest's words.
    const units = (text: string): string[][] => figures(text).map((figure) => [figure.text, figure.unit]);
    expect(units('Three protesters, aged 19, 24 and 31, have since been arrested.')).toEqual([
      ['Three', 'arrested'],
      ['19', 'age'],
    ]);
    expect(units('Police have charged two protesters over the damage.')).toEqual([['two', 'charged']]);
    expect(units('Two were charged with criminal damage.')).toEqual([['Two', 'charged']]);
    // "arrest" before "as" is another clause's: the two protesters are not the arrested.
    expect(units('Sixth arrest as two protesters appear in court')).toEqual([['two', 'protes']]);
  });

  it('reads "N of them" as a part of what the figure before counted, and a plural acronym as a noun', () => {
    // As the battery-recall set writes them: "almost 150,000 electric cars worldwide, around 61,000 of them in
    // Vesmark", "about 165,000 Lumen electric SUVs".
    const [whole, part] = figures('Harlow Air cancelled 420 flights on Monday, around 150 of them at Carne airport.');
    expect(part).toMatchObject({ text: 'around 150', unit: `${whole?.unit ?? ''} part` });
    expect(figures('Around 150 of them were at Carne airport.')).toEqual([]);
    expect(only('Banks said 300 ATMs were out of action.')).toMatchObject({ text: '300', unit: 'atm' });
    const parts = factValuesWithOtherNews(
      {
        'a.txt': 'Harlow Air cancelled 420 flights on Monday, around 150 of them at Carne airport.',
        'b.txt': 'The airline scrapped 420 flights on Monday, about 110 of them at Carne airport.',
      },
      'number',
    );
    expect(parts.disagreements).toEqual([['around 150', 'about 110']]);
  });

  it('counts a part apart from its whole: "61 of the 140 dams", "Of the 140 dams, 61 ..."', () => {
    const written = figures("More than 60 of the region's 140 dams are over 50 years old.");
    expect(written.map((f) => [f.text, f.unit])).toEqual([
      ['More than 60', 'dam part'],
      ['140', 'dam'],
      ['over 50', 'year'],
    ]);
    expect(figures("Of the region's 140 dams, 61 are more than 50 years old.").map((f) => f.unit)).toEqual([
      'dam',
      'dam part',
      'year',
    ]);
    // The last noun of a compound is what is counted: "baby food pouches" are pouches (the baby-food recall set).
    expect(only('The firm recalled about 140,000 baby food pouches.').unit).toBe(
      only('It recalled 200,000 pouches.').unit,
    );
    expect(only('The board runs 12 water treatment plants.').unit).toBe(only('The board runs nine plants.').unit);
    // A day after the counted noun tells when, though wink calls it a noun (the prison-escape set).
    expect(only('Police caught three of the men yesterday.').unit).toBe(only('Police caught three men.').unit);
    expect(only('Crews will inspect 40 bridges tomorrow.').unit).toBe(only('Crews will inspect 40 bridges.').unit);
    // A part of a small whole told in words ("three of the five wards") is a count too (the maternity-report set).
    expect(figures('Inspectors found failings in three of the five wards.').map((f) => [f.text, f.unit])).toEqual([
      ['three', 'ward part'],
    ]);
  });

  it('counts the figures of a breakdown that adds up to the count before it as parts (the funding-cut set)', () => {
    const written = figures('The ward treated 42 patients (30 adults and 12 children) last week.');
    expect(written.map((f) => [f.text, f.unit])).toEqual([
      ['42', only('It treated 42 patients.').unit],
      ['30', `${only('It treated 30 adults.').unit} part`],
      ['12', `${only('It treated 12 children.').unit} part`],
    ]);
    expect(
      figures('The trust runs 11 hospitals – six general hospitals and five clinics – across the county.').map(
        (f) => f.unit,
      ),
    ).toEqual([
      only('It runs 11 hospitals.').unit,
      `${only('It runs six general hospitals.').unit} part`,
      `${only('It runs five clinics.').unit} part`,
    ]);
    // Figures that do not add up to it are no breakdown of it.
    expect(figures('The ward treated 42 patients (30 adults and 8 children).').map((f) => f.unit)).toEqual(
      figures('It treated 42 patients, 30 adults and 8 children.').map((f) => f.unit),
    );
  });

  it('reads no figure in a span of years: "in 2025-26", "the 2024/25 season"', () => {
    expect(figures('The charities helped 38,400 people in 2025-26, its report says.').map((f) => f.text)).toEqual([
      '38,400',
    ]);
    expect(figures('Attendance fell in the 2024/25 season.')).toEqual([]);
  });

  it('reads people "on board" as passengers, symbols as their units, and a speed apart from a distance', () => {
    expect(only('Some 240 people were on board.').unit).toBe(only('About 240 passengers were aboard.').unit);
    expect(only('The gauge recorded 112mm of rain.').unit).toBe(only('It rained 150 millimetres.').unit);
    expect(only('Winds reached 150 km/h.').unit).toBe(only('The storm brought winds of 130 kilometres an hour.').unit);
    expect(only('Winds reached 150 km/h.').unit).not.toBe(only('The epicentre was 40km south.').unit);
  });

  it('does not take the "7.4" wink cuts out of "7.42pm" for a figure', () => {
    expect(figures('The express left the tracks at 7.42pm on Thursday.')).toEqual([]);
  });
});

describe('compareFigures with bounds', () => {
  const compare = (a: string, b: string): string => compareFigures(only(a), only(b));

  it('takes a figure just past a bound for the same figure told twice, and one far past it for another', () => {
    expect(compare('More than 60 dams are old.', 'Some 61 dams are old.')).toBe('compatible');
    expect(compare('More than 60 dams are old.', '61 dams are old.')).toBe('compatible');
    expect(compare('More than 300 people were hurt.', '320 people were hurt.')).toBe('compatible');
    expect(compare('Up to 150 millimetres fell.', '112 millimetres fell.')).toBe('different');
    expect(compare('At least 12 people died.', '15 people died.')).toBe('different');
  });
});

describe('figures of another group', () => {
  it('keeps "five other workers" apart from the twelve told before them', () => {
    const numbers = (texts: Record<string, string>) =>
      findFacts(articlesOf(texts), everyLine).disagreements.filter((fact) => fact.kind === 'number');
    expect(
      numbers({
        'a.txt': 'Twelve workers were evacuated from the terminal after the crane collapse.',
        'b.txt': 'Five other workers were evacuated from the terminal after the crane collapse.',
      }),
    ).toEqual([]);
    expect(
      numbers({
        'a.txt': 'Twelve workers were evacuated from the terminal after the crane collapse.',
        'b.txt': 'Five workers were evacuated from the terminal after the crane collapse.',
      }).map((fact) => fact.values.map((value) => value.text)),
    ).toEqual([['Twelve', 'Five']]);
  });
});

describe('a count of one person and counts of men and women', () => {
  it('reads "one" as a figure when it counts a person with a fate, and nowhere else', () => {
    const arrest = figures('Ardle Police said one man, aged 34, was arrested on suspicion of a public order offence.');
    expect(arrest.map((figure) => [figure.text, figure.unit])).toEqual([
      ['one', 'arrested'],
      ['34', 'age'],
    ]);
    expect(
      only('On 07/06 the workers went on strike at the factory gates, and the police arrested one person.'),
    ).toMatchObject({
      low: 1,
      unit: 'arrested',
    });
    expect(
      figures('"We were told and then sent back to the line," said one worker, who asked not to be named.'),
    ).toEqual([]);
    expect(figures('It is one of the largest employers in the town.')).toEqual([]);
  });

  it('counts men and women by their fate like any people', () => {
    expect(only('Two men were arrested.')).toMatchObject({ low: 2, unit: 'arrested' });
    const { disagreements } = findIn({
      'a.txt': 'There were angry clashes at the gates when a lorry tried to leave the site. Two men were arrested.',
      'b.txt': 'There was some pushing and shoving when a lorry tried to leave. Police said one man was arrested.',
    });
    expect(
      disagreements.filter((fact) => fact.kind === 'number').map((fact) => fact.values.map((v) => v.text)),
    ).toEqual([['Two', 'one']]);
  });
});

describe('jobs counted by what happens to them', () => {
  it('reads jobs lost however they are told, and jobs created apart', () => {
    expect(only('Around 850 jobs are to go after Solvang Home Group confirmed it will close its factory.').unit).toBe(
      'job lost',
    );
    expect(only('Almost 900 employees will lose their job.').unit).toBe('job lost');
    expect(only('Solvang closes British factory – almost 900 lose the job').unit).toBe('job lost');
    expect(only('The company said 300 workers were laid off.').unit).toBe('job lost');
    expect(only('Solvang offers around 80 jobs at its warehouse in Pelling.').unit).toBe('job created');
    expect(only("Smith's campaign promised 100,000 new jobs.").unit).toBe('job created');
  });

  it('takes the only count of jobs lost in each article for one fact, whatever else the sentences say', () => {
    const { disagreements } = findIn({
      'thunder.txt': '1,100 JOBS AXED AT WEXMOOR WASHER PLANT!',
      'nordvik.txt':
        'Almost 900 employees will lose their job. Solvang offers around 80 jobs at its warehouse in Pelling.',
    });
    expect(disagreements.map((fact) => [fact.fact, ...fact.values.map((value) => value.text)])).toEqual([
      ['Number of jobs lost', '1,100', 'Almost 900'],
    ]);
  });
});

describe('calls to an emergency line', () => {
  it('reads 999, 911 and 101 as lines to call, and counts the calls made to them', () => {
    expect(figures('The first 999 call came at 9pm.')).toEqual([]);
    expect(figures('Anyone with information should contact police on 101.')).toEqual([]);
    expect(only('Ms Orchard made two 999 calls from her flat.')).toMatchObject({ text: 'two', low: 2 });
    // The times a line was called are the calls, so "twice" meets "two 999 calls" and "three desperate calls".
    const callsUnit = only('She made three desperate calls.').unit;
    expect(only('Ms Orchard made two 999 calls from her flat.').unit).toBe(callsUnit);
    expect(only('Natalie called 999 twice from her flat.')).toMatchObject({ low: 2, unit: callsUnit });
    expect(only('The family rang 911 four times.')).toMatchObject({ low: 4, unit: callsUnit });
    // A figure of the same digits still counts what follows it.
    expect(only('The auditors went through 112 expense claims.').low).toBe(112);
  });

  it('finds outlets that count the calls differently', () => {
    const { disagreements } = findIn({
      'wire.txt': 'Natalie Orchard made two 999 calls from her flat on the night she died.',
      'tabloid.txt': 'The terrified mum made three desperate calls from her flat on the night she died.',
    });
    expect(disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([['two', 'three']]);
  });
});
