import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../../src/main/generator/compare/quoteMentions.ts';
import { focusedWordDiff, wordDiff } from '../../../../../src/main/generator/compare/quoteDiff.ts';
import { findFacts } from '../../../../../src/main/generator/compare/findFacts.ts';
import { articlesOf, everyLine } from './compareTexts.ts';

// Quotations in straight, curly, single and nested marks, and how their wording is compared.

const texts = (line: string): string[] => findQuotations('a.txt', 1, line).map((quote) => quote.text);

describe('findQuotations', () => {
  it('finds curly, straight and single quotation marks, nested ones inside the outer quotation', () => {
    expect(texts('“There are no ‘forbidden’ fields of collaboration,” the statement adds.')).toEqual([
      'There are no ‘forbidden’ fields of collaboration',
    ]);
    expect(texts("He said: \"We won't 'give up' now,\" and left.")).toEqual(["We won't 'give up' now"]);
    expect(texts("US, West 'ideologised cold war approaches': China")).toEqual(['ideologised cold war approaches']);
    expect(texts("A 'friendship' with 'no limits'")).toEqual(['friendship', 'no limits']);
    // A curly opening mark closed by a straight one, as some sites print them.
    expect(texts('“The ever-closer relationship [that is] the last defence," as per a report.')).toEqual([
      'The ever-closer relationship [that is] the last defence',
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts("Russia’s leader attended the Games’ opening with the US' envoy.")).toEqual([]);
  });

  it('names the speaker when the line does', () => {
    const [quote] = findQuotations(
      'a.txt',
      1,
      '"The sides oppose further enlargement of NATO," Putin and Xi said in the statement.',
    );
    expect(quote?.speaker).toBe('Putin and Xi');
  });

  it('reads a title with a full stop, and the name before an apposition, as the speaker', () => {
    const [titled] = findQuotations('a.txt', 1, '"The results are a genuine step forward," said Prof. Jonas Ekdahl.');
    const [apposed] = findQuotations(
      'a.txt',
      1,
      'Prof. Jonas Ekdahl, the lead investigator, called the results "a real step forward for people with migraine".',
    );
    expect([titled?.speaker, apposed?.speaker]).toEqual(['Prof. Jonas Ekdahl', 'Prof. Jonas Ekdahl']);
  });

  it('marks a speaker told only by "he" or "she", for the lines before to name', () => {
    const [after] = findQuotations('a.txt', 1, '"We will not give up," she said on Monday.');
    const [before] = findQuotations('a.txt', 1, 'He added: "The work goes on."');
    const [named] = findQuotations('a.txt', 1, '"We will not give up," Ms Hale said.');
    expect([after?.pronoun, before?.pronoun, named?.pronoun]).toEqual(['she', 'he', undefined]);
  });
});

describe('whose words', () => {
  const found = (texts: Record<string, string>) => findFacts(articlesOf(texts), everyLine);
  const quoteFacts = (texts: Record<string, string>): string[] =>
    found(texts)
      .disagreements.filter((fact) => fact.kind === 'quote')
      .map((fact) => fact.fact);

  it('names "she" by the person the line or the line before named, and pairs her words told shorter', () => {
    const { disagreements } = found({
      'a.txt':
        'The mayor, Anna Berg, toured the streets. "This is a disaster for every family in the valley," she said.',
      'b.txt': 'Mayor Anna Berg spoke to reporters.\n\n"This was a disaster for the whole valley," she said.',
    });
    expect(disagreements.map((fact) => fact.fact)).toEqual(['How Anna Berg is quoted: "This was a disaster for the…"']);
  });

  it('keeps a slogan on placards apart from words someone said, and compares two outlets\u2019 slogans', () => {
    const spoken = 'Union leader Jo Pike said: "Our jobs are not for sale, and this yard is not for sale either."';
    const placards = (slogan: string) => `Strikers held placards reading "${slogan}" outside the gates.`;
    const quotes = (texts: Record<string, string>) =>
      found(texts)
        .disagreements.filter((fact) => fact.kind === 'quote')
        .map((fact) => fact.values.map((v) => v.text));
    expect(quotes({ 'a.txt': spoken, 'b.txt': placards('Our yard is not for sale') })).toEqual([]);
    expect(
      quotes({ 'a.txt': placards('Our yard is not for sale'), 'b.txt': placards('This yard is not for sale') }),
    ).toEqual([['Our yard is not for sale', 'This yard is not for sale']]);
  });

  it('keeps two people’s words apart when they share only two words', () => {
    const { disagreements, agreements } = found({
      'a.txt':
        'The mayor, Anna Berg, toured the streets. "This is a disaster for every family in the valley," she said.',
      'b.txt': 'Fire chief Tom Reid spoke to reporters.\n\n"This was a disaster for the whole valley," he said.',
    });
    expect([...disagreements, ...agreements].filter((fact) => fact.kind === 'quote')).toEqual([]);
  });

  it('pairs a person’s only quotation in each article when they share words, even in other words', () => {
    expect(
      quoteFacts({
        'a.txt': '"We will not be bullied into closing our libraries," said council leader Mara Quill.',
        'b.txt': 'Council leader Mara Quill said: "We won\'t be pushed into shutting libraries."',
      }),
    ).toEqual(['How the council leader Mara Quill is quoted: "We won\'t be pushed into shutting…"']);
    // Once each, but different remarks: one word in common ("city", "savings") is not enough.
    expect(
      quoteFacts({
        'a.txt': '"The savings are a fiction," said Dana Kowalczyk, the union\'s branch secretary.',
        'b.txt': 'Dana Kowalczyk, a regional organiser, said: "These savings exist only on paper."',
      }),
    ).toEqual([]);
    expect(
      quoteFacts({
        'a.txt': '"The city will recover from this," said Mayor Mara Quill.',
        'b.txt': 'Mayor Mara Quill said: "Our libraries are the heart of the city."',
      }),
    ).toEqual([]);
  });

  it('names the speaker as the middle of a sentence would', () => {
    expect(
      quoteFacts({
        'a.txt':
          'Lead prosecutor Lise Brandtmeyer said: "He sold a machine that did not work to people who trusted him."',
        'b.txt':
          '"He sold a machine that never worked to people who trusted him," lead prosecutor Lise Brandtmeyer said.',
      }),
    ).toEqual(['How the lead prosecutor Lise Brandtmeyer is quoted: "He sold a machine that never…"']);
    expect(
      quoteFacts({
        'a.txt':
          'In his statement afterwards the mayor said: "No one came into politics to close a library, but I will not bankrupt this city."',
        'b.txt': 'The mayor said: "Nobody came into politics to close a library, but I will not bankrupt the city."',
      })[0],
    ).toMatch(/^How the mayor is quoted/);
  });

  it('compares an article by its full quotation, not a fragment its heading repeats', () => {
    const { disagreements } = found({
      'a.txt':
        'Mayor: \'A disaster for every family\'\n\n"This is a disaster for every family here," Mayor Anna Berg said.',
      'b.txt': '"This is a catastrophe for every family in the valley," Mayor Anna Berg said.',
    });
    expect(disagreements.flatMap((fact) => fact.values.map((value) => `${value.file}:${value.line}`))).toEqual([
      'a.txt:3',
      'b.txt:1',
    ]);
  });
});

describe('quote drift', () => {
  const set = articlesOf({
    'a.txt': 'The mayor said: "We will rebuild this city, street by street, and nobody will be left behind."',
    'b.txt': '"We are going to rebuild the city street by street, and no one will be left behind," the mayor said.',
    'c.txt': 'The mayor said: "We will rebuild this city, street by street, and nobody will be left behind."',
    'd.txt': 'The mayor promised "a new era" and said the city "will rebuild ... street by street".',
  });
  const { disagreements, agreements } = findFacts(set, everyLine);

  it('pairs the same statement worded differently, and calls identical wording (gaps marked "...") an agreement', () => {
    expect(disagreements.map((fact) => [fact.kind, fact.values.map((value) => value.file)])).toEqual([
      ['quote', ['a.txt', 'b.txt']],
    ]);
    const agreed = agreements.find((fact) => fact.kind === 'quote');
    expect(agreed?.values.map((value) => value.file)).toEqual(['a.txt', 'c.txt', 'd.txt']);
  });

  it('shows the drift word by word', () => {
    expect(
      wordDiff('The parties oppose the further expansion of NATO', 'The sides oppose further enlargement of NATO'),
    ).toEqual([
      { op: 'same', text: 'The' },
      { op: 'removed', text: 'parties' },
      { op: 'added', text: 'sides' },
      { op: 'same', text: 'oppose' },
      { op: 'removed', text: 'the' },
      { op: 'same', text: 'further' },
      { op: 'removed', text: 'expansion' },
      { op: 'added', text: 'enlargement' },
      { op: 'same', text: 'of NATO' },
    ]);
    // Case, punctuation and British spelling are not drift.
    expect(wordDiff('ideologised Cold War approaches,', 'ideologized cold war approaches')).toEqual([
      { op: 'same', text: 'ideologized cold war approaches' },
    ]);
  });

  it('compares a fragment with its own part of a long quotation', () => {
    const changes = focusedWordDiff(
      'ideological approaches since the Cold War',
      'The sides oppose further enlargement of NATO and call on the North Atlantic Alliance to abandon its ideologized Cold War approaches, to respect the sovereignty',
    );
    expect(
      changes
        .filter((change) => change.op === 'added')
        .map((change) => change.text)
        .join(' '),
    ).not.toMatch(/sides oppose/);
    expect(changes).toContainEqual({ op: 'same', text: 'Cold War' });
  });
});

describe('who said it', () => {
  const speakers = (a: string, b: string): string[][] =>
    findFacts(articlesOf({ 'a.txt': a, 'b.txt': b }), everyLine)
      .disagreements.filter((fact) => fact.fact.startsWith('Who said'))
      .map((fact) => fact.values.map((value) => value.text));
  const quote = '"Please leave now, do not wait for the water,"';

  it('finds one statement put in two people’s mouths, each value the quotation with its speaker', () => {
    expect(speakers(`${quote} Mayor Deborah Okafor said.`, `${quote} said police chief Alan Pryce.`)).toEqual([
      [`${quote.slice(1, -2)}," Mayor Deborah Okafor`, `${quote.slice(1, -2)}," said police chief Alan Pryce`],
    ]);
  });

  it('takes one name for the full one, and "she", "a spokeswoman" or a body for nobody', () => {
    expect(speakers(`${quote} Mayor Deborah Okafor said.`, `${quote} Okafor told residents.`)).toEqual([]);
    expect(speakers(`${quote} Mayor Deborah Okafor said.`, `${quote} a spokeswoman said.`)).toEqual([]);
    expect(speakers(`${quote} Mayor Deborah Okafor said.`, `${quote} the Regional Council said.`)).toEqual([]);
  });
});

describe('a quotation opened by a dash', () => {
  const dashed =
    '– It was a difficult decision, but Wexmoor site is not competitive any more in the market of today, says CEO Magnus Erlandsen to Nordvik Post.';

  it('reads the words up to the verb of saying as the quotation, and the rest as its speaker', () => {
    const [quote] = findQuotations('nordvik.txt', 29, dashed);
    expect(quote).toMatchObject({
      text: 'It was a difficult decision, but Wexmoor site is not competitive any more in the market of today',
      speaker: 'CEO Magnus Erlandsen to Nordvik Post',
    });
    expect(findQuotations('a.txt', 1, '– Prices rose, and wages fell.')).toEqual([]);
    expect(findQuotations('a.txt', 1, 'Pelling bypass roadworks – to last until August, says council')).toEqual([]);
  });

  it('compares it with the same statement in quotation marks, and reads no date in "the market of today"', () => {
    const { disagreements, agreements } = findFacts(
      articlesOf({
        'a.txt':
          'Chief executive Magnus Erlandsen said in a statement: "This was a difficult decision, but the Wexmoor site is no longer competitive in today\'s market."',
        'b.txt': dashed,
      }),
      everyLine,
    );
    expect(disagreements.map((fact) => fact.kind)).toEqual(['quote']);
    expect(agreements.filter((fact) => fact.kind === 'date')).toEqual([]);
  });
});
