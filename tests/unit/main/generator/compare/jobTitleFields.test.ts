import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTitledNames } from '../../../../../src/main/generator/compare/nameMentions.ts';
import { compareTitles } from '../../../../../src/main/generator/compare/nameFacts.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, disagreementsWithOtherNews, everyLine } from './compareTexts.ts';

// Job titles from councils, courts, hospitals, clubs and companies: the field of a job read from the title's own
// words and not from its employer ("the health board's medical director"), common job nouns after "a" or "the"
// ("a consultant in paediatrics"), and a title before a name set off by commas winning over a courtesy title
// ("the trust's medical director, Doctor Priya Nair"). Beside each, titles of one person that fit together and
// two people with two titles, which must stay quiet.

function title(text: string) {
  const found = sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findTitledNames(sentence));
  expect(found.length, text).toBeGreaterThan(0);
  return found[0]!;
}

function titleDisagreements(texts: Record<string, string>): string[] {
  const facts = findFacts(articlesOf(texts), everyLine);
  return facts.disagreements.filter((fact) => fact.kind === 'name').map((fact) => fact.fact);
}

describe('the field of a job comes from the title, not the employer', () => {
  it('tells a finance director from a planning director at one council', () => {
    const finance = title("Ruth Okafor, the city council's finance director, said the budget would balance.");
    expect(finance).toMatchObject({ office: 'director', field: 'fina' });
    expect(compareTitles(finance, title("Ruth Okafor, the city council's director of planning, spoke."))).toBe(
      'different',
    );
    expect(compareTitles(finance, title("The county council's director of finance, Ruth Okafor, spoke."))).toBe('same');
  });

  it('does not let "health" in "the health trust\'s" make a medical director a director of health', () => {
    const medical = title("Dr Sam Pike, the health trust's medical director, said wards were full.");
    expect(medical.field).toBe('medi');
    expect(compareTitles(medical, title("Dr Sam Pike, the health trust's director of public health, said so."))).toBe(
      'different',
    );
  });

  it('hears one job in "sporting director" and "director of sport" at a football club', () => {
    expect(
      compareTitles(
        title("Amir Haddad, the football club's sporting director, confirmed the signing."),
        title("The club's director of sport, Amir Haddad, confirmed the signing."),
      ),
    ).toBe('same');
  });
});

describe('common job nouns after "a" or "the"', () => {
  it('reads a consultant, a registrar, an auditor and a chief examiner', () => {
    expect(title('Dr Lena Fisk, a consultant in paediatrics at the hospital, urged calm.')).toMatchObject({
      name: 'Lena Fisk',
      office: 'consultant',
      field: 'paed',
    });
    expect(title('Omar Quist, a registrar at the county court, confirmed the date.')).toMatchObject({
      name: 'Omar Quist',
      office: 'registrar',
    });
    expect(title('Paul Lindqvist, an auditor at the firm, raised the alarm.')).toMatchObject({ office: 'auditor' });
    expect(title("The exam board's chief examiner, Tom Reyes, apologised.")).toMatchObject({
      name: 'Tom Reyes',
      office: 'examiner',
      grade: 'chief',
    });
  });

  it('tells a chief examiner from a chief executive, and a consultant from a medical director', () => {
    expect(
      compareTitles(
        title("The exam board's chief examiner, Tom Reyes, apologised."),
        title("Tom Reyes, the exam board's chief executive, apologised."),
      ),
    ).toBe('different');
    expect(
      compareTitles(
        title('Dr Lena Fisk, a consultant in paediatrics at the hospital, urged calm.'),
        title("Dr Lena Fisk, the hospital's medical director, urged calm."),
      ),
    ).toBe('different');
  });

  it('lets a lecturer hold another job, and a former chief executive chair the board', () => {
    expect(
      compareTitles(
        title('Maya Brandt, a lecturer in law at the university, sat on the panel.'),
        title('Maya Brandt, the commission’s director of enforcement, sat on the panel.'),
      ),
    ).toBe('compatible');
    expect(
      compareTitles(
        title("Gil Moreau, the bank's former chief executive, spoke."),
        title("The bank's chair, Gil Moreau, spoke."),
      ),
    ).toBe('compatible');
  });
});

describe('a title before a name set off by commas', () => {
  it('wins over "Doctor" or "Reverend" written before the name', () => {
    expect(title("The trust's medical director, Doctor Priya Nair, said beds were short.")).toMatchObject({
      name: 'Priya Nair',
      office: 'director',
      field: 'medi',
    });
    expect(title("The court's chief clerk, Doctor Alan Morse, read the verdict.")).toMatchObject({
      name: 'Alan Morse',
      office: 'clerk',
    });
    expect(title("The diocese's bishop, Reverend Anne Holt, led the service.")).toMatchObject({
      name: 'Anne Holt',
      office: 'bishop',
    });
  });
});

describe('title findings across articles', () => {
  it('reports one person given two jobs in one field', () => {
    expect(
      titleDisagreements({
        '000.txt': "Dr Priya Nair, the trust's director of public health, said beds were short.",
        '001.txt': "Dr Priya Nair, the trust's medical director, said beds were short.",
        '002.txt': 'Dr Priya Nair, a consultant in infectious diseases at the trust, said beds were short.',
      }),
    ).toEqual(["Priya Nair's job title"]);
  });

  it('stays quiet for one person with titles that fit, and for two people with two jobs', () => {
    expect(
      titleDisagreements({
        '000.txt': "The trust's medical director, Doctor Priya Nair, said beds were short.",
        '001.txt': "Dr Priya Nair, the trust's medical director, said beds were short.",
        '002.txt': 'Dr Priya Nair, a lecturer in medicine at the university, said beds were short.',
      }),
    ).toEqual([]);
    expect(
      titleDisagreements({
        '000.txt': "Tom Reyes, the exam board's chief executive, apologised. Anna Berg, its chief examiner, spoke.",
        '001.txt':
          "The exam board's chief examiner, Anna Berg, spoke after Tom Reyes, the chief executive, apologised.",
      }),
    ).toEqual([]);
  });
});

// First met on the landslide set: "Speaking to NBS Drumcairn, the National Roads Directorate's chief engineer,
// Gráinne Tully, said ...". The title between two names, set off by commas, is the second name's.
describe('a title between two names set off by commas', () => {
  const a = "Petra Lund, the harbour authority's operations manager, said the pier would reopen in May.";
  const b = (job: string) =>
    `Speaking to Coast FM, the harbour authority's ${job}, Petra Lund, said repairs would take months.`;

  it('gives the title to the name after it, not to the one before', () => {
    const found = sentencesOfLine('b.txt', 1, b('chief engineer')).flatMap((sentence) => findTitledNames(sentence));
    expect(found.map((mention) => mention.name)).toEqual(['Petra Lund']);
  });

  it('compares it with the title another article gives that person', () => {
    expect(disagreementsWithOtherNews({ 'a.txt': a, 'b.txt': b('chief engineer') }, 'name')).toEqual([
      ["Petra Lund, the harbour authority's operations manager", 'chief engineer, Petra Lund'],
    ]);
    expect(disagreementsWithOtherNews({ 'a.txt': a, 'b.txt': b('operations manager') }, 'name')).toEqual([]);
  });
});

describe('a family doctor and a hospital specialist', () => {
  // "Dr Tobias Wren, a consultant paediatrician" / "Dr Tobias Wren, a Hexley GP" (the baby-food recall set).
  it('reads "GP" and "paediatrician" as jobs, and a GP and a consultant as two', () => {
    expect(
      titleDisagreements({
        'a.txt': 'Dr Alma Reyes, a consultant paediatrician at St Luke’s Hospital, said most children recover.',
        'b.txt': 'Dr Alma Reyes, a Harbury GP, said most children recover.',
      }),
    ).toHaveLength(1);
    expect(
      titleDisagreements({
        'a.txt': 'Dr Alma Reyes, a Harbury GP, said most children recover.',
        'b.txt': 'Dr Alma Reyes, a general practitioner in Harbury, said most children recover.',
      }),
    ).toEqual([]);
  });
});

// A fire and rescue service's ranks, capitalised before "Manager" (the gas-explosion set: "Group Manager Tomasz
// Wilk" / "Station Manager Tomasz Wilk"), say which manager; they are no employer to pass over.
describe('a service rank before "Manager" or "Commander"', () => {
  it('tells a group manager from a station manager, and fits a manager with no rank', () => {
    const group = title('Group Manager Aled Rhys said crews had worked through the night at the mill.');
    expect(group).toMatchObject({ office: 'manager', grade: 'group' });
    expect(group.qualifier).toBeUndefined();
    const station = title('Station Manager Aled Rhys said crews had worked through the night at the mill.');
    expect(compareTitles(group, station)).toBe('different');
    expect(compareTitles(group, title('Incident manager Aled Rhys said crews were still at the mill.'))).toBe(
      'compatible',
    );
    expect(compareTitles(group, title('Watch Commander Aled Rhys said crews were still at the mill.'))).toBe(
      'different',
    );
  });

  it('leaves a firm before "Manager" a firm', () => {
    expect(title('Tesco Manager Aled Rhys said the store would reopen.').grade).toBeUndefined();
  });
});

describe('a head of a field described by an adjective', () => {
  // The gauge set: "Dr Imogen Hale, head of radiological protection at the ERA" / "Imogen Hale, nuclear regulation
  // manager at the ERA".
  it('reads "head of radiological protection" as a job and sets it against another', () => {
    expect(
      title('Dr Imogen Hale, head of radiological protection at the agency, said the risk was low.'),
    ).toMatchObject({ office: 'head' });
    expect(
      titleDisagreements({
        'a.txt': 'Dr Imogen Hale, head of radiological protection at the agency, said the risk was low.',
        'b.txt': 'Imogen Hale, nuclear regulation manager at the agency, said sealed sources were safe.',
      }),
    ).toEqual(["Imogen Hale's job title"]);
  });
});

describe('the place a seat is held for', () => {
  // The hospital and university sets: "Thornby and Wensdale MP Rachel Ormsby" / "Thornby North MP Rachel Ormsby".
  it('sets one constituency against another said before the title', () => {
    expect(
      titleDisagreements({
        'a.txt': 'Thornby and Wensdale MP Rachel Ormsby said patients deserved answers.',
        'b.txt': 'Thornby North MP Rachel Ormsby said patients deserved answers.',
      }),
    ).toEqual(["Rachel Ormsby's job title"]);
  });

  it('takes no side on a party, a standing or "local" before the title', () => {
    for (const before of ['Local', 'Backbench', 'Lib Dem', 'Opposition']) {
      expect(
        titleDisagreements({
          'a.txt': `${before} MP Owain Pritchard said the outage was unacceptable.`,
          'b.txt': 'Owain Pritchard, the MP for Saltrey and Hadley, said the outage was unacceptable.',
        }),
        before,
      ).toEqual([]);
    }
    expect(
      titleDisagreements({
        'a.txt': 'Backbench MP Owain Pritchard said the outage was unacceptable.',
        'b.txt': 'Saltrey MP Owain Pritchard said the outage was unacceptable.',
      }),
    ).toEqual([]);
  });
});
