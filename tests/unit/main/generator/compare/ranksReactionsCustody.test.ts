import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTitledNames } from '../../../../../src/main/generator/compare/nameMentions.ts';
import { compareTitles } from '../../../../../src/main/generator/compare/nameFacts.ts';
import { findDirectives } from '../../../../../src/main/generator/compare/directives.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// General families, each tried on sentences from several kinds of story beside look-alikes that must stay quiet:
// grades and ranks of one office ("Chief Judge" / "Presiding Judge", "Battalion Chief" / "Deputy Chief Officer"),
// a name spelled a letter off in both its parts, an advisory against an order, how a person took news (no
// emotion / in tears), and custody against bail.

function title(text: string) {
  const found = sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findTitledNames(sentence));
  expect(found.length, text).toBeGreaterThan(0);
  return found[0]!;
}

function factsOf(texts: Record<string, string>) {
  return findFacts(articlesOf(texts), everyLine);
}

describe('grades and ranks of one office', () => {
  it('reads two grades of one office as two posts, and a title without a grade as fitting either', () => {
    const presiding = title('Presiding Judge Maria Kell read the verdict shortly after noon.');
    const chief = title('Chief Judge Maria Kell will pass sentence next month.');
    expect(compareTitles(presiding, chief)).toBe('different');
    expect(compareTitles(presiding, title('Judge Maria Kell read the verdict.'))).toBe('compatible');
    expect(
      compareTitles(title('Principal engineer Omar Diallo spoke.'), title('Chief engineer Omar Diallo spoke.')),
    ).toBe('different');
    // A senior economist works under the chief one; "lead" describes a role in one case and names no grade.
    expect(
      compareTitles(title('Senior prosecutor Omar Diallo spoke.'), title('Chief prosecutor Omar Diallo spoke.')),
    ).toBe('different');
    expect(
      compareTitles(
        title('Marta Kjellin, chief economist at Nordhalm Bank, spoke.'),
        title('Marta Kjellin, a senior economist at Nordhalm Bank, spoke.'),
      ),
    ).toBe('different');
    expect(
      compareTitles(title('Lead prosecutor Omar Diallo spoke.'), title('Senior prosecutor Omar Diallo spoke.')),
    ).toBe('compatible');
    expect(compareTitles(title('Economist Marta Kjellin spoke.'), title('Chief economist Marta Kjellin spoke.'))).toBe(
      'compatible',
    );
    // A place or body is no clash: a senior public prosecutor may be called a state prosecutor.
    expect(
      compareTitles(title('Senior public prosecutor Ana Ruiz spoke.'), title('State prosecutor Ana Ruiz spoke.')),
    ).toBe('compatible');
  });

  it('reads the ranks of fire and police services as one rank each', () => {
    const battalion = title('Battalion Chief Rosa Lind said crews held the line overnight.');
    expect(battalion.office).toBe('battalion chief');
    expect(compareTitles(battalion, title('Deputy Chief Officer Rosa Lind said the blaze was contained.'))).toBe(
      'different',
    );
    expect(
      compareTitles(title('Chief Inspector Dev Patel led the raid.'), title('Chief Superintendent Dev Patel led it.')),
    ).toBe('different');
    // A rank goes with a post: an incident commander may hold any rank.
    expect(compareTitles(battalion, title('The incident commander, Rosa Lind, said so.'))).toBe('compatible');
  });

  it('reads an officer named by what the office does as a post, and its deputy as another', () => {
    const returning = title('Returning officer Ian Shaw declared the result at midnight.');
    expect(returning.office).toBe('returning officer');
    expect(compareTitles(returning, title('The deputy returning officer Ian Shaw rejected the claim.'))).toBe(
      'different',
    );
    expect(compareTitles(returning, title("The council's returning officer, Ian Shaw, said so."))).toBe('same');
    // A plain "officer" names no post.
    expect(compareTitles(returning, title('Officer Ian Shaw said so.'))).toBe('compatible');
  });

  it('keeps a step or a past written before a capitalised field: "Deputy Privacy Commissioner", "Former Privacy Commissioner"', () => {
    const commissioner = title('Privacy Commissioner Ana Ruiz said the clinics would stay open.');
    const deputy = title('Deputy Privacy Commissioner Ana Ruiz said the clinics would stay open.');
    expect(deputy.subordinate).toBe('deputy');
    expect(compareTitles(commissioner, deputy)).toBe('different');
    expect(title('Former Privacy Commissioner Tom Reed said the force was stretched.').former).toBe(true);
    expect(title('Privacy Commissioner Tom Reed said the force was stretched.').former).toBe(false);
  });

  it('tells a deputy from an assistant of one office, and reads a vice-chair as the chair’s deputy', () => {
    const deputy = title('Deputy Chief Fire Officer Maya Lund inspected the depot.');
    const assistant = title('Assistant Chief Fire Officer Maya Lund inspected the depot.');
    expect(assistant.subordinate).toBe('assistant');
    expect(compareTitles(deputy, assistant)).toBe('different');
    expect(compareTitles(deputy, title('Deputy Chief Fire Officer Maya Lund said so.'))).toBe('same');
    const vice = title('The vice-chair of the trust, Owen Pryce, resigned.');
    expect(compareTitles(vice, title('The deputy chair of the trust, Owen Pryce, resigned.'))).not.toBe('different');
  });

  it('reports a judge whose names are each spelled a letter off, but not two people of one surname', () => {
    const spelled = factsOf({
      'a.txt': 'Judge Annelie Vosberg read the verdicts.',
      'b.txt': 'Judge Annalie Vossberg read the verdicts.',
    });
    expect(spelled.disagreements.map((fact) => fact.fact)).toContain(
      'How Annelie Vosberg’s name is written'.replace('’', "'"),
    );
    const two = factsOf({
      'a.txt': 'Coach Mark Dunn praised the defence.',
      'b.txt': 'Coach Mary Dunne praised the defence.',
    });
    expect(two.disagreements.filter((fact) => fact.kind === 'name')).toEqual([]);
  });
});

describe('an advisory against an order', () => {
  it('reads "an evacuation advisory" as advice, though wink tags "advisory" an adjective', () => {
    const strengths = (text: string) =>
      sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findDirectives(sentence).map((found) => found.strength));
    expect(strengths('Residents of the valley were given an evacuation advisory on Monday.')).toEqual([
      'recommendation',
    ]);
    expect(strengths('The county issued an evacuation order for the coast.')).toEqual(['obligation']);
    expect(strengths('The flood advisory stayed in place all week.')).toEqual([]);
  });
});

describe('how a person took news', () => {
  it('reports no emotion against tears, for one person, in court, sport and politics', () => {
    const found = factsOf({
      'a.txt': 'Moreau showed no emotion as the sentence was read.',
      'b.txt': 'Moreau wept as the judge read the sentence.',
      'c.txt': 'The defeated captain, Ola Berg, stood stony-faced at the final whistle.',
      'd.txt': 'Ola Berg broke down in tears at the final whistle.',
      'e.txt': 'Senator Hale showed little emotion as the results came in.',
    });
    const claims = found.disagreements.filter((fact) => fact.kind === 'claim');
    expect(claims.map((fact) => fact.values.map((value) => value.file).sort())).toEqual(
      expect.arrayContaining([
        ['a.txt', 'b.txt'],
        ['c.txt', 'd.txt'],
      ]),
    );
  });

  it('stays quiet when articles agree, when two people react, and on "fought back tears"', () => {
    const found = factsOf({
      'a.txt': 'Moreau showed no emotion as the sentence was read.',
      'b.txt': 'Moreau stood impassive as the sentence was read.',
      'c.txt': 'Her mother wept in the public gallery.',
      'd.txt': 'Lund fought back tears as she conceded.',
      'e.txt': 'Lund showed little emotion as she conceded.',
    });
    expect(found.disagreements.filter((fact) => fact.kind === 'claim')).toEqual([]);
  });
});

describe('custody against bail', () => {
  it('reports held against free, with "he" standing for the person the article last named', () => {
    const found = factsOf({
      'a.txt': 'The magistrate allowed Okafor to remain on bail until the trial.',
      'b.txt': 'Okafor wept in the dock. He was then led away and taken into custody.',
      'c.txt': 'Councillor Reyes was remanded in custody on Friday.',
      'd.txt': 'Councillor Reyes was granted bail on Friday.',
    });
    const claims = found.disagreements.filter((fact) => fact.kind === 'claim');
    expect(claims.map((fact) => fact.values.map((value) => value.file).sort())).toEqual(
      expect.arrayContaining([
        ['a.txt', 'b.txt'],
        ['c.txt', 'd.txt'],
      ]),
    );
  });

  it('reads "remains in custody" as held, as "remains on bail" is free', () => {
    const found = factsOf({
      'a.txt': 'Marek Holm remains in custody, police said on Tuesday.',
      'b.txt': 'Marek Holm has since been released on bail.',
      'c.txt': 'Marek Holm was kept in custody overnight.',
    });
    const claims = found.disagreements.filter((fact) => fact.kind === 'claim');
    expect(claims.map((fact) => fact.values.map((value) => value.file).sort())).toEqual([['a.txt', 'b.txt', 'c.txt']]);
  });

  it('stays quiet on agreement, on two people, and on "police custody" said of no one named', () => {
    const found = factsOf({
      'a.txt': 'Okafor was released on bail on Monday.',
      'b.txt': 'Okafor was freed on bail on Monday.',
      'c.txt': 'His co-accused, Tembo, was remanded in custody.',
      'd.txt': 'The files were taken into police custody for safekeeping.',
    });
    expect(found.disagreements.filter((fact) => fact.kind === 'claim')).toEqual([]);
  });
});

describe('something moving into a place', () => {
  it('reports an entry against "has not entered", in fires, floods and protests', () => {
    const found = factsOf({
      'a.txt': 'The fire swept through the town’s eastern streets on Saturday night.',
      'b.txt': 'The fire has not entered the town itself, the chief said.',
      'c.txt': 'Floodwater poured into the eastern half of Brantley before dawn.',
      'd.txt': 'Officials said floodwater had not entered Brantley.',
      'e.txt': 'Protesters forced their way into the assembly building.',
      'f.txt': 'Protesters did not enter the assembly building, police said.',
    });
    const claims = found.disagreements.filter((fact) => fact.kind === 'claim');
    expect(claims.map((fact) => fact.values.map((value) => value.file).sort())).toEqual(
      expect.arrayContaining([
        ['a.txt', 'b.txt'],
        ['c.txt', 'd.txt'],
        ['e.txt', 'f.txt'],
      ]),
    );
    expect(claims.find((fact) => fact.values.some((value) => value.file === 'a.txt'))?.fact).toBe(
      'Whether the fire entered the town',
    );
  });

  it('stays quiet for another place, another thing entering, and a wall broken through', () => {
    const found = factsOf({
      'a.txt': 'The fire pushed into the eastern edge of Millbeck.',
      'b.txt': 'The fire has not entered Tarrow.',
      'c.txt': 'Floodwater poured into the town centre.',
      'd.txt': 'The fire has not entered the town.',
      'e.txt': 'Water broke through the levee overnight.',
      'f.txt': 'The water has not entered the levee.',
    });
    expect(found.disagreements.filter((fact) => fact.kind === 'claim')).toEqual([]);
  });
});
