import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTitledNames } from '../../../../../src/main/generator/compare/nameMentions.ts';
import { compareTitles } from '../../../../../src/main/generator/compare/nameFacts.ts';
import { sameSoundingName } from '../../../../../src/main/generator/compare/samePerson.ts';
import { findInstitutions } from '../../../../../src/main/generator/compare/institutionNames.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Sentences from the crane-collapse and ferry-grounding sets (tests/fixtures/articles): job titles from a lexicon of
// common titles, ministers named by their portfolio, one person's name spelled two ways, and the hospital the
// injured were taken to. Each beside look-alikes that must stay quiet.

function title(text: string) {
  const found = sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findTitledNames(sentence));
  expect(found.length, text).toBeGreaterThan(0);
  return found[0]!;
}

function nameFacts(texts: Record<string, string>) {
  const facts = findFacts(articlesOf(texts), everyLine);
  return {
    disagreements: facts.disagreements.filter((fact) => fact.kind === 'name'),
    agreements: facts.agreements.filter((fact) => fact.kind === 'name'),
  };
}

const valuesOf = (fact: { values: { text: string }[] } | undefined) => fact?.values.map((value) => value.text);

describe('job titles from a general lexicon', () => {
  it('reads "CEO" as chief executive, and a managing director as another job', () => {
    const chief = title(
      'Morag Leckie, chief executive of Westmark Ferries, said: "Our first thought is for everyone."',
    );
    expect(compareTitles(chief, title('Westmark CEO Morag Leckie has pointed to a loss of steering.'))).toBe('same');
    expect(
      compareTitles(chief, title('The ferry operator\'s managing director, Morag Leckie, said: "We are truly sorry."')),
    ).toBe('different');
    // Chairing the board is another job, unless an article gives both.
    expect(compareTitles(title('Managing director Ruth Aldane spoke.'), title('Chairwoman Ruth Aldane spoke.'))).toBe(
      'different',
    );
    expect(
      compareTitles(
        title('Chairwoman and managing director Ruth Aldane spoke.'),
        title('Chairwoman Ruth Aldane spoke.'),
      ),
    ).toBe('compatible');
  });

  it('reads one chief officer written three ways, and "Cllr" as a councillor', () => {
    const finance = title('Ann Cole, the chief finance officer, said the budget would balance.');
    expect(compareTitles(finance, title('CFO Ann Cole said the budget would balance.'))).toBe('same');
    expect(compareTitles(finance, title('Chief financial officer Ann Cole spoke.'))).toBe('same');
    expect(compareTitles(finance, title('Chief operating officer Ann Cole spoke.'))).toBe('different');
    expect(compareTitles(title('Cllr Jane Smith voted against.'), title('Councillor Jane Smith voted against.'))).toBe(
      'same',
    );
  });

  it('knows a harbour master from a chief executive, and a ship’s master as its captain', () => {
    const master = title('The harbour master, Fionnuala Keane, has just spoken to reporters outside the port offices.');
    expect(master).toMatchObject({ name: 'Fionnuala Keane', office: 'harbour master' });
    expect(compareTitles(master, title('Fionnuala Keane, CEO of Brennock Harbour Company, said so.'))).toBe(
      'different',
    );
    expect(
      compareTitles(
        title("The ship's master, Ruairidh MacPhail, has been stood down while the investigation continues."),
        title('Its master, Captain Ruairidh MacPhail, has worked on the Brannoch route for 19 years.'),
      ),
    ).toBe('same');
  });

  it('knows a yacht club\u2019s commodore from its race director (the yacht set)', () => {
    const commodore = title('Club commodore Ewan Tregarth defended the decision to start the regatta.');
    expect(commodore).toMatchObject({ name: 'Ewan Tregarth', office: 'commodore' });
    expect(compareTitles(commodore, title('The race director, Ewan Tregarth, said the forecast was checked.'))).toBe(
      'different',
    );
    expect(compareTitles(commodore, title('Commodore Ewan Tregarth said the fleet was safe.'))).toBe('same');
  });

  it('reads the capitalised word before "Minister" or "Secretary" as the portfolio, not a people', () => {
    const islands = title('The Islands Minister, Alasdair Kerr, said: "Island communities depend on these ferries."');
    expect(islands).toMatchObject({ office: 'minister', portfolioText: 'islands' });
    expect(compareTitles(islands, title('Transport Secretary Alasdair Kerr fumed: "Islanders deserve answers."'))).toBe(
      'different',
    );
    // A secretary and a minister of one portfolio are two posts (a Culture Secretary has ministers under her).
    expect(
      compareTitles(
        title('Transport Secretary Alasdair Kerr spoke.'),
        title('Transport Minister Alasdair Kerr spoke.'),
      ),
    ).toBe('different');
    expect(
      compareTitles(
        title('Transport Secretary Alasdair Kerr spoke.'),
        title('Alasdair Kerr, the transport secretary, spoke.'),
      ),
    ).toBe('same');
    expect(title('Chinese Foreign Minister Wang Yi spoke.')).toMatchObject({ qualifier: 'chin', portfolio: 'foreig' });
    // After the name too.
    expect(title('Alasdair Kerr, the Islands Minister, said so.')).toMatchObject({ portfolioText: 'islands' });
    expect(title('Wang Yi, the Chinese Foreign Minister, said so.')).toMatchObject({
      qualifier: 'chin',
      portfolioText: 'foreign',
    });
  });

  it('reports the disagreement and keeps the agreement of "chief executive" with "CEO"', () => {
    const { disagreements, agreements } = nameFacts({
      '000.txt': 'Morag Leckie, chief executive of Westmark Ferries, said the company was sorry.',
      '002.txt': "The ferry operator's managing director, Morag Leckie, said the company was sorry.",
      '003.txt': 'Westmark CEO Morag Leckie has pointed to a loss of steering.',
    });
    expect(disagreements.map((fact) => fact.fact)).toEqual(["Morag Leckie's job title"]);
    expect(valuesOf(agreements[0])).toEqual([
      'Morag Leckie, chief executive of Westmark Ferries',
      'Westmark CEO Morag Leckie',
    ]);
  });
});

describe('one name spelled two ways', () => {
  it('hears "Finola" in "Fionnuala" and "Ruaridh" in "Ruairidh", but not "Don" in "Dan"', () => {
    expect(sameSoundingName('fionnuala', 'finola')).toBe(true);
    expect(sameSoundingName('stephen', 'steven')).toBe(true);
    expect(sameSoundingName('dan', 'don')).toBe(false);
    expect(sameSoundingName('mark', 'helen')).toBe(false);
  });

  it('reports "Fionnuala Keane" / "Finola Keane" with the same job, and not a lone "Keane"', () => {
    const { disagreements } = nameFacts({
      '000.txt':
        '"We will not reopen the quay until we are certain it is safe," said Fionnuala Keane, chief executive of Brennock Harbour Company.',
      '002.txt': "The harbour's chief executive, Finola Keane, has promised a public meeting at the Custom House.",
      '003.txt': 'Ms Keane said the quay would stay shut.',
    });
    expect(disagreements.map((fact) => fact.fact)).toEqual(["How Fionnuala Keane's name is written"]);
    expect(valuesOf(disagreements[0])).toEqual(expect.arrayContaining(['Fionnuala Keane', 'Finola Keane']));
    // A surname alone fits any spelling of the given name.
    const alone = nameFacts({
      '000.txt': 'Fionnuala Keane, CEO of Brennock Harbour Company, said the quay would stay shut.',
      '001.txt': 'Ms Keane said the quay would stay shut.',
    });
    expect(alone.disagreements).toEqual([]);
  });

  it('finds an untitled "Ruairidh MacPhail" beside a titled "Captain Ruaridh MacPhail"', () => {
    const { disagreements } = nameFacts({
      '000.txt': 'Its master, Captain Ruaridh MacPhail, has worked on the Brannoch route for 19 years.',
      '001.txt': 'Captain Ruaridh MacPhail, who was at the helm, is said to have been "devastated".',
      '002.txt': 'Investigators want to speak to Ruairidh MacPhail about the last hour of the crossing.',
    });
    expect(valuesOf(disagreements[0])).toEqual(['Ruaridh MacPhail', 'Ruairidh MacPhail']);
  });

  it('leaves two people who share a surname alone', () => {
    const { disagreements } = nameFacts({
      '000.txt': 'Captain Mark Dunn said the crossing had been calm.',
      '001.txt': 'Helen Dunn, a passenger, said the crossing had been rough.',
      '002.txt': 'Captain Mark Dunn has worked on the route for 19 years.',
    });
    expect(disagreements).toEqual([]);
  });
});

describe('institutions', () => {
  const institutions = (text: string) => sentencesOfLine('a.txt', 1, text).flatMap((s) => findInstitutions(s));

  it('reads the place after its verb, the whole name and not a part of it', () => {
    expect(institutions('The injured men were taken to Brennock University Hospital.')).toMatchObject([
      { text: 'Brennock University Hospital', kind: 'hospital', leadIn: 'taken to' },
    ]);
    expect(institutions('Brennock University Hospital is the largest in the county.')).toEqual([]);
  });

  it('reports two hospitals the injured were taken to, and leaves other hospitals and other verbs alone', () => {
    const { disagreements } = nameFacts({
      '000.txt': 'The injured men were taken to Brennock University Hospital.',
      '001.txt': 'Brennock Harbour Company says four people were taken to Brennock General Hospital.',
    });
    expect(valuesOf(disagreements[0])).toEqual(['Brennock University Hospital', 'Brennock General Hospital']);
    const clean = nameFacts({
      '000.txt': 'The injured men were taken to Brennock University Hospital.',
      '001.txt': 'Two nurses who trained at Brennock General Hospital were among the first on the quay.',
      '002.txt':
        'Four people were taken to Brennock General Hospital and two more were taken to Brennock University Hospital.',
      '003.txt': 'The injured men were taken to Brennock University Hospital, the company said.',
    });
    expect(clean.disagreements).toEqual([]);
    expect(valuesOf(clean.agreements[0])).toEqual(['Brennock University Hospital', 'Brennock University Hospital']);
  });

  it('takes any verb of care and any kind of hospital as one question, a short name as the long one', () => {
    const { disagreements } = nameFacts({
      '000.txt': 'Four children have been treated at Lenholm Royal Infirmary, the board said.',
      '001.txt': "Five children have ended up in hospital at Kirkwade Children's Hospital.",
      '002.txt': 'Six children have been admitted to the Royal Infirmary since the outbreak began.',
    });
    expect(disagreements.map((fact) => fact.fact)).toEqual(['Which hospital: "treated at …"']);
    expect(valuesOf(disagreements[0])).toEqual([
      'Lenholm Royal Infirmary',
      "Kirkwade Children's Hospital",
      'Royal Infirmary',
    ]);
    const shortName = nameFacts({
      '000.txt': 'The injured driver was airlifted to St Mary’s Hospital in Harl.',
      '001.txt': 'The driver was taken to Harl St Mary’s Hospital with head injuries.',
    });
    expect(shortName.disagreements).toEqual([]);
  });
});
