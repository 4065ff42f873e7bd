import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTitledNames } from '../../../../../src/main/generator/compare/nameMentions.ts';
import { compareTitles } from '../../../../../src/main/generator/compare/nameFacts.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// People with titles, and characterisations of the same relation or conflict.

function titled(text: string) {
  return sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findTitledNames(sentence));
}

describe('findTitledNames', () => {
  it('reads titles before the name, after it, and set off by commas', () => {
    expect(titled("Australia's former Prime Minister Kevin Rudd spoke.")[0]).toMatchObject({
      text: "Australia's former Prime Minister Kevin Rudd",
      name: 'Kevin Rudd',
      office: 'prime minister',
      former: true,
      qualifier: 'aust',
    });
    expect(titled('Qin Gang, China’s ambassador to the U.S. said war was likely.')[0]).toMatchObject({
      text: 'Qin Gang, China’s ambassador to the U.S.',
      office: 'ambassador',
      complement: 'us',
    });
    expect(titled('The Chinese ambassador to the UN, Zhang Jun also spoke.')[0]).toMatchObject({
      name: 'Zhang Jun',
      complement: 'un',
    });
    expect(titled("Sweden's foreign minister, Karl Lund, signed it.")[0]).toMatchObject({
      name: 'Karl Lund',
      portfolio: 'foreig',
    });
  });

  it('does not take councils, games or parliaments for people', () => {
    expect(titled('The General Assembly and President Council met.')).toEqual([]);
  });

  it('reads a job past "Dr" or "Mr" to the name, and "head of" a field as a job', () => {
    expect(titled("The firm's chief executive, Dr Lena Falk, resigned.")[0]).toMatchObject({
      name: 'Lena Falk',
      office: 'chief executive',
      rank: 'other',
    });
    expect(titled('Chief executive Mr Omar Reyes spoke first.')[0]).toMatchObject({
      name: 'Omar Reyes',
      office: 'chief executive',
    });
    expect(titled("Pia Lund, the school's head of science, said so.")[0]).toMatchObject({
      name: 'Pia Lund',
      office: 'head',
      field: 'scie',
    });
    expect(titled('The head of security, Pia Lund, said so.')[0]).toMatchObject({ office: 'head', field: 'secu' });
    // An organisation is no field: "the head of the UN" says nothing about the job.
    expect(titled('The head of the UN, Pia Lund, said so.').filter((name) => name.rank !== 'generic')).toEqual([]);
  });
});

describe('compareTitles', () => {
  const title = (text: string) => titled(text)[0]!;

  it('lets one person be both spokesman and adviser, but not foreign and defence minister', () => {
    expect(
      compareTitles(title('Kremlin spokesman Dmitry Peskov spoke.'), title('Kremlin adviser Dmitry Peskov spoke.')),
    ).toBe('compatible');
    expect(compareTitles(title('Foreign Minister Lena Berg spoke.'), title('Defence Minister Lena Berg spoke.'))).toBe(
      'different',
    );
    expect(
      compareTitles(title('Prime Minister Erik Holm spoke.'), title('former Prime Minister Erik Holm spoke.')),
    ).toBe('different');
    expect(
      compareTitles(
        title('Russian President Vladimir Putin spoke.'),
        title("Russia's President Vladimir Putin spoke."),
      ),
    ).toBe('same');
    expect(
      compareTitles(title('Moscow leader Vladimir Putin spoke.'), title('Russian President Vladimir Putin spoke.')),
    ).toBe('compatible');
  });

  it('reads titles after the name, "chief" before a job, and a job with its field either way round', () => {
    expect(title("Clara Voss, the firm's chief engineer, said so.")).toMatchObject({
      name: 'Clara Voss',
      office: 'engineer',
    });
    expect(title('Voss, the firm’s chief engineer, said so.')).toMatchObject({ name: 'Voss', office: 'engineer' });
    expect(
      compareTitles(
        title("The company's operations director, Clara Voss, spoke."),
        title('Clara Voss, the director of operations at Norvale, spoke.'),
      ),
    ).toBe('same');
    expect(
      compareTitles(
        title("The company's operations director, Clara Voss, spoke."),
        title("The company's finance director, Clara Voss, spoke."),
      ),
    ).toBe('different');
    expect(compareTitles(title('Deputy director Clara Voss spoke.'), title('Director Clara Voss spoke.'))).toBe(
      'different',
    );
  });

  it('tells two jobs apart, but lets a company head be president and chief executive, a general a commander', () => {
    expect(
      compareTitles(title('TechCorp chair Maria Chen spoke.'), title('TechCorp chief executive Maria Chen spoke.')),
    ).toBe('different');
    // Unless an article gives her both.
    expect(
      compareTitles(
        title('TechCorp chair Maria Chen spoke.'),
        title("TechCorp's chairwoman and chief executive, Maria Chen, spoke."),
      ),
    ).toBe('compatible');
    expect(
      compareTitles(
        title('Maria Chen, chief executive and chair of TechCorp, spoke.'),
        title('Managing director Maria Chen spoke.'),
      ),
    ).toBe('compatible');
    expect(
      compareTitles(title('Norvale chief executive Clara Voss spoke.'), title('Operations director Clara Voss spoke.')),
    ).toBe('different');
    expect(compareTitles(title('Mayor Ana Holt spoke.'), title('Governor Ana Holt spoke.'))).toBe('different');
    expect(
      compareTitles(title('TechCorp president Maria Chen spoke.'), title('TechCorp chief executive Maria Chen spoke.')),
    ).toBe('compatible');
    expect(compareTitles(title('General Tom Hale spoke.'), title('Commander Tom Hale spoke.'))).toBe('compatible');
    expect(compareTitles(title('Founder Ana Holt spoke.'), title('Director Ana Holt spoke.'))).toBe('compatible');
  });
});

describe('titles read with the word before them', () => {
  const title = (text: string) => titled(text)[0]!;

  it('reads the leader of an elected body as an office, and "union leader" as a description', () => {
    expect(title('Council leader Ruth Adebayo said: "Wexmoor has been let down."')).toMatchObject({
      text: 'Council leader Ruth Adebayo',
      office: 'council leader',
      rank: 'other',
    });
    expect(
      compareTitles(title('Council leader Ruth Adebayo spoke.'), title('Mayor Ruth Adebayo said to British media.')),
    ).toBe('different');
    expect(compareTitles(title('Council leader Joan Pike spoke.'), title('Councillor Joan Pike spoke.'))).toBe(
      'compatible',
    );
    expect(title('Union leader Gary Lomax from Unify calls the decision "a hammer blow".').rank).toBe('generic');
    expect(
      compareTitles(title('Union leader Gary Lomax spoke.'), title('Unify regional organiser Gary Lomax spoke.')),
    ).toBe('compatible');
  });

  it("reads a council's cabinet member for a portfolio as a post beside a seat, not the council's leader", () => {
    const member = title("Ola Brandt, the council's cabinet member for housing, said the repairs would start in May.");
    expect(member).toMatchObject({ office: 'cabinet member', rank: 'other' });
    expect(compareTitles(member, title('Council leader Ola Brandt spoke.'))).toBe('different');
    expect(compareTitles(member, title('Councillor Ola Brandt spoke.'))).toBe('compatible');
    expect(compareTitles(member, title('Housing chief Ola Brandt spoke.'))).toBe('compatible');
    expect(compareTitles(member, title("Ola Brandt, Marlow's cabinet member for housing, spoke."))).toBe('same');
    expect(compareTitles(member, title('Ola Brandt, the cabinet member for transport, spoke.'))).toBe('different');
  });

  it('makes a role with a scope a post, and knows a union convenor, behind an owner wink takes for a verb', () => {
    const organiser = title('Unify regional organiser Gary Lomax blasted the closure as "a hammer blow".');
    expect(organiser).toMatchObject({ office: 'organiser', rank: 'other' });
    const convenor = title('Gary Lomax, Unify\'s convenor at the plant, said: "This is a hammer blow."');
    expect(convenor).toMatchObject({ office: 'convenor', qualifierText: 'Unify' });
    expect(compareTitles(organiser, convenor)).toBe('different');
    expect(title('Organiser Jo Hart said the march was peaceful.').rank).toBe('role');
  });
});

describe('how a name is written', () => {
  const nameFacts = (texts: Record<string, string>) =>
    findFacts(articlesOf(texts), everyLine).disagreements.filter((fact) => fact.kind === 'name');
  const written = (texts: Record<string, string>) =>
    nameFacts(texts).map((fact) => fact.values.map((value) => value.text));

  it('reports a spelling variant of one person as a name disagreement', () => {
    const [spelling] = nameFacts({
      'a.txt': 'Ukrainian President Volodymyr Zelensky spoke to reporters.',
      'b.txt': 'Ukrainian President Volodymyr Zelenskyy spoke to reporters.',
    });
    expect(spelling?.fact).toBe("How Volodymyr Zelensky's name is written");
    expect(spelling?.values.map((value) => value.text)).toEqual(['Volodymyr Zelensky', 'Volodymyr Zelenskyy']);
  });

  it('takes a first name written two ways for one person only when the job is the same', () => {
    expect(
      nameFacts({
        'a.txt': 'Mayor Debra Ruiz opened the shelter.',
        'b.txt': 'Mayor Deborah Ruiz opened the shelter.',
      }).map((fact) => fact.values.map((value) => value.text)),
    ).toEqual([['Debra Ruiz', 'Deborah Ruiz']]);
    expect(
      nameFacts({
        'a.txt': 'Mayor Debra Ruiz opened the shelter.',
        'b.txt': 'Judge Deborah Ruiz opened the hearing.',
      }),
    ).toEqual([]);
  });

  it('takes a first name that reads the same (a silent "h", a doubled letter) for one person whatever the job', () => {
    expect(
      written({
        'a.txt': 'Chief executive Tomas Reyland said the hospital would reopen its wards on Monday.',
        'b.txt': "The trust's managing director, Thomas Reyland, said the wards would reopen on Monday.",
      }),
    ).toContainEqual(['Tomas Reyland', 'Thomas Reyland']);
    expect(
      written({
        // The tagger reads "flying" as a verb: the field is still "flying operations".
        'a.txt': 'The inquiry is run by its head of flying operations, Ana Morrow.',
        'b.txt': 'Its chief inspector, Anna Morrow, said the inquiry would report in spring.',
      }),
    ).toContainEqual(['Ana Morrow', 'Anna Morrow']);
    // A silent "h" opening the name.
    expect(
      written({
        'a.txt': 'Parish councillor Hester Quayle, 52, said half the hives had died.',
        'b.txt': 'Esther Quayle, a parish councillor near Dunmorrow, said the spraying had to stop.',
      }),
    ).toContainEqual(['Hester Quayle', 'Esther Quayle']);
    // An article that names both writes two people.
    expect(
      written({
        'a.txt': 'Chief executive Tomas Reyland and his brother, finance director Thomas Reyland, spoke.',
        'b.txt': 'Chief executive Tomas Reyland spoke.',
      }),
    ).toEqual([]);
  });

  it('finds a name written a letter off after a capitalised word no title list knows ("Boss")', () => {
    expect(
      written({
        'a.txt': 'Chief executive Marguerite Fennimore said the depot would reopen.',
        'b.txt': 'Boss Marguerite Fenimore said: "We are sorry."',
      }),
    ).toEqual([['Marguerite Fennimore', 'Marguerite Fenimore']]);
    expect(
      written({
        'a.txt': 'Chief executive Marguerite Fennimore said the depot would reopen.',
        'b.txt': 'Boss Marguerite Fennimore said: "We are sorry."',
      }),
    ).toEqual([]);
  });

  it('finds a surname a letter off, alone with the same job or before "said"', () => {
    expect(
      written({ 'a.txt': 'Mayor Debra Ruiz opened the shelter.', 'b.txt': 'Mayor Ruis opened the shelter.' }),
    ).toEqual([['Debra Ruiz', 'Ruis']]);
    expect(
      written({
        'a.txt': 'Mayor Debra Ruiz opened the shelter.',
        'b.txt': 'Mayor Debra Ruiz opened the shelter. Ruis said it would stay open.',
        'c.txt': 'The shelter is open, Ruis said.',
      }),
    ).toEqual([['Debra Ruiz', 'Ruis']]);
  });

  it('leaves two people with one surname, a lone surname and short forms alone', () => {
    expect(
      nameFacts({
        'a.txt': 'County fire chief Mark Dunn said crews were stretched. Dr Helen Dunn, the medical director, agreed.',
        'b.txt': 'Fire chief Mark Dunn said 30% of the fire was contained.',
      }),
    ).toEqual([]);
    expect(
      nameFacts({
        'a.txt': 'President Xi met the delegation.',
        'b.txt': 'Chinese President Xi Jinping met the delegation.',
      }),
    ).toEqual([]);
    expect(
      nameFacts({
        'a.txt': 'Mayor D. Ruiz opened the shelter.',
        'b.txt': 'Mayor Debra Ruiz opened the shelter.',
      }),
    ).toEqual([]);
  });
});

describe('characterisations', () => {
  it('takes capitalised words with no "and" between them for one name, not two parties', () => {
    const { disagreements } = findFacts(
      articlesOf({
        'a.txt': 'The council refused to close the Elm Street library.',
        'b.txt': 'The council has not decided whether to close the Elm Street library.',
      }),
      everyLine,
    );
    expect(disagreements.filter((fact) => fact.fact.includes('Elm'))).toEqual([]);
  });

  it('finds a relation stated in one article and denied in another, only between the same parties', () => {
    const { disagreements } = findFacts(
      articlesOf({
        'a.txt': 'Russia and China, the closest allies, denounced the move.',
        'b.txt': 'Though Russia and China do not have a formal alliance, they agree on most issues.',
        'c.txt': 'Russia and China criticised the NATO alliance at the summit.',
        'd.txt': 'India and China are not allies.',
      }),
      everyLine,
    );
    expect(disagreements.map((fact) => [fact.kind, fact.fact, fact.values.map((value) => value.file)])).toEqual([
      ['claim', 'Whether Russia and China are allies', ['a.txt', 'b.txt']],
    ]);
  });

  it('finds "tensions" against "fighting" for the same escalating conflict, and leaves a trade war alone', () => {
    const { disagreements } = findFacts(
      articlesOf({
        'a.txt': 'The talks came as tensions escalated between Moscow and Kyiv at the border.',
        'b.txt': 'The call comes amid escalating fighting between Moscow and the West in Eastern Europe.',
        'c.txt': 'It comes amid an escalating trade war between Moscow and Washington.',
      }),
      everyLine,
    );
    expect(disagreements.map((fact) => fact.values.map((value) => value.file))).toEqual([['a.txt', 'b.txt']]);
    expect(disagreements[0]?.fact).toBe(
      'How bad the conflict involving Moscow was: "tensions escalated" or "escalating fighting"',
    );
  });
});

describe('titles that cannot belong to one person', () => {
  const title = (text: string) => titled(text)[0]!;

  it('sets a spokesman against a spokeswoman, and a spokesperson against a chief of staff', () => {
    const spokesman = title('Government spokesman Tomas Bereny said so.');
    expect(compareTitles(spokesman, title('Presidential spokeswoman Tomas Bereny said so.'))).toBe('different');
    expect(compareTitles(spokesman, title('Chief of staff Tomas Bereny said so.'))).toBe('different');
    expect(compareTitles(spokesman, title('Tomas Bereny, the president’s chief of staff, said so.'))).toBe('different');
    expect(compareTitles(spokesman, title('Spokesperson Tomas Bereny said so.'))).toBe('same');
  });

  it('lets a spokesperson be an officer, a communications director or an adviser', () => {
    const spokeswoman = title('Police spokeswoman Jane Doe said so.');
    expect(compareTitles(spokeswoman, title('Sergeant Jane Doe said so.'))).toBe('compatible');
    expect(compareTitles(spokeswoman, title('Communications director Jane Doe said so.'))).toBe('compatible');
    expect(compareTitles(spokeswoman, title('Adviser Jane Doe said so.'))).toBe('compatible');
  });

  it('reads "the president’s chief of staff" as the chief of staff, and a chair as a job', () => {
    expect(title('Tomas Bereny, the president’s chief of staff, spoke.')).toMatchObject({ office: 'chief of staff' });
    expect(
      compareTitles(title('Board chair Omar Haddad spoke.'), title('Board chief investigator Omar Haddad spoke.')),
    ).toBe('different');
  });

  it('names a person by a role in the story, which conflicts with no job', () => {
    expect(title('The driver, Ilse Marchetti, was killed.')).toMatchObject({ name: 'Ilse Marchetti', rank: 'role' });
    expect(compareTitles(title('Driver Ilse Marchetti died.'), title('Conductor Ilse Marchetti died.'))).toBe(
      'compatible',
    );
  });
});

describe('names across articles', () => {
  it('finds a name spelled two ways for a person who holds no office', () => {
    const { disagreements } = findFacts(
      articlesOf({
        'a.txt': 'The driver, Ilse Marchetti, was killed when the train left the tracks.',
        'b.txt': 'Driver Ilse Marchetty died at the scene after the train left the tracks.',
      }),
      everyLine,
    );
    expect(disagreements.map((fact) => fact.values.map((value) => value.text))).toEqual([
      ['Ilse Marchetti', 'Ilse Marchetty'],
    ]);
  });

  it('finds a person called "Mr" in one article and "Ms" in another', () => {
    const { disagreements } = findFacts(
      articlesOf({
        'a.txt': 'Maren Holt spoke to reporters at the dam.\n\n"The dam is holding," Mr Holt said.',
        'b.txt': 'Maren Holt spoke on local radio.\n\n"We expect it to hold," Ms Holt said.',
      }),
      everyLine,
    );
    const [holt] = disagreements.filter((fact) => fact.kind === 'name');
    expect(holt?.fact).toBe('Whether Holt is a man or a woman');
    expect(holt?.values.map((value) => value.text)).toEqual(['Mr Holt', 'Ms Holt']);
  });
});
