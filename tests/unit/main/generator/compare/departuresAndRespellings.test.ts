import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findTitledNames } from '../../../../../src/main/generator/compare/nameMentions.ts';
import { findDirectives } from '../../../../../src/main/generator/compare/directives.ts';
import { findIn } from './compareTexts.ts';

// How someone came to leave (walked out, or was put out), a surname respelled without a title, and a job given
// after "Dr Name,". Phrasings from parliament, sport, courts and business, beside look-alikes that must stay quiet.

const departures = (texts: Record<string, string>) =>
  findIn(texts).disagreements.filter((fact) => fact.fact.startsWith('Whether') && fact.kind === 'claim');

describe('walked out against was made to leave', () => {
  it('reports one person told as walking out and as being put out, in several trades', () => {
    const cases: [string, string][] = [
      [
        'Senator Ruth Vance walked out of the chamber before the vote.',
        'Senator Ruth Vance was ordered out of the chamber by the Speaker before the vote.',
      ],
      [
        'The striker stormed out of training on Monday.',
        'The striker was sent out of training by the coach on Monday.',
      ],
      [
        'The defendant walked out of the courtroom during the verdict.',
        'The defendant was told to leave the courtroom by the judge during the verdict.',
      ],
      [
        'Shareholder Tom Briggs walked out of the annual meeting.',
        'Shareholder Tom Briggs was asked to leave the annual meeting by the chairman.',
      ],
    ];
    for (const [left, putOut] of cases) {
      expect(departures({ 'a.txt': left, 'b.txt': putOut }).length, putOut).toBe(1);
    }
  });

  it('stays quiet for two tellings of one side, an active order, another person and a possibility', () => {
    expect(
      departures({
        'a.txt': 'Senator Ruth Vance walked out of the chamber before the vote.',
        'b.txt': 'Senator Ruth Vance stormed out of the chamber before the vote.',
      }),
    ).toEqual([]);
    expect(
      departures({
        'a.txt': 'The Speaker ordered the protesters out of the gallery.',
        'b.txt': 'The Speaker walked out of the chamber.',
      }),
    ).toEqual([]);
    expect(
      departures({
        'a.txt': 'Senator Ruth Vance walked out of the chamber.',
        'b.txt': 'Senator Omar Haddad was ordered out of the chamber.',
      }),
    ).toEqual([]);
    expect(
      departures({
        'a.txt': 'The striker walked out of training on Monday.',
        'b.txt': 'The striker could be sent out of training if he is late again.',
      }),
    ).toEqual([]);
  });

  it('reads "asked to leave" as saying nothing of how firm an order was', () => {
    const strengths = (text: string) =>
      sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findDirectives(sentence).map((found) => found.strength));
    expect(strengths('Residents were asked to leave their homes by police.')).toEqual([]);
    expect(strengths('Residents were advised to leave their homes.')).toEqual(['recommendation']);
    expect(strengths('Residents were ordered to leave their homes.')).toEqual(['obligation']);
  });
});

describe('a surname respelled where no title stands', () => {
  const names = (texts: Record<string, string>) =>
    findIn(texts)
      .disagreements.filter((fact) => fact.kind === 'name')
      .map((fact) => fact.values.map((v) => v.text));

  it('joins a full name a letter off to the one titled person with that given name', () => {
    expect(
      names({
        'a.txt': 'Judge Miriam Okonkwo adjourned the hearing.',
        'b.txt': 'Judge Miriam Okonkwo said the jury would return on Monday.',
        'c.txt': 'Miriam Okonkow, who sits at the crown court, adjourned the hearing.',
      }),
    ).toEqual([['Miriam Okonkwo', 'Miriam Okonkow']]);
  });

  it('joins a surname misheard after its third letter, under the same given name', () => {
    expect(
      names({
        'a.txt': 'Head coach Carla Benning named an unchanged side for the final.',
        'b.txt': 'Head coach Carla Benning said the squad was fit.',
        'c.txt': 'Carla Bennett, who took over in June, said the squad was fit.',
      }),
    ).toEqual([['Carla Benning', 'Carla Bennett']]);
    // Two tellings by title alone, each article naming the official once.
    expect(
      names({
        'a.txt': 'GMB regional officer Dean Farrow said members would ballot for strikes.',
        'b.txt': 'GMB regional officer Dean Farrell said members would ballot for strikes.',
      }),
    ).toEqual([['Dean Farrow', 'Dean Farrell']]);
    expect(
      names({
        'a.txt': 'Head coach Carla Benning named an unchanged side for the final.',
        'b.txt': 'Head coach Carla Benning said the squad was fit.',
        'c.txt': 'Carla Barton, who took over in June, said the squad was fit.',
      }),
    ).toEqual([]);
  });

  it('joins a surname spelled as it sounds, under the same given name (the robbery set\u2019s detective)', () => {
    const sounded = (surname: string): string[][] =>
      names({
        'a.txt': 'Station manager Ian Cullen said the fire spread through the roof space.',
        'b.txt': 'Station manager Ian Cullen said the crews stayed all night.',
        'c.txt': `Station manager Ian ${surname} said the crews stayed all night.`,
      });
    expect(sounded('Collin')).toEqual([['Ian Cullen', 'Ian Collin']]);
    expect(sounded('Colvin')).toEqual([]);
  });

  it('leaves another given name, and a short surname far off, alone', () => {
    expect(
      names({
        'a.txt': 'Mayor Mark Dunn opened the bridge.',
        'b.txt': 'Mayor Mark Dunn said it was late.',
        'c.txt': 'Helen Dunne, who lives nearby, said it was late.',
      }),
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'Coach Anna Berg named the team.',
        'b.txt': 'Coach Anna Berg said the team was ready.',
        'c.txt': 'Anna Borg, who played for the club, said the team was ready.',
      }),
    ).toEqual([]);
  });
});

describe('a job after "Dr Name,"', () => {
  it('reads the job in apposition, not the courtesy title', () => {
    const offices = (text: string) =>
      sentencesOfLine('a.txt', 1, text).flatMap((sentence) => findTitledNames(sentence).map((found) => found.office));
    expect(offices("Dr Petra Aukland, the company's chief medical officer, said the trial would go on.")).toEqual([
      'chief medical officer',
    ]);
    expect(offices('Dr Lena Fisk, the hospital’s chief executive, apologised.')).toEqual(['chief executive']);
    expect(offices('Dr Lena Fisk, who runs the clinic, apologised.')).toEqual(['mr']);
  });

  it('reads "Dean" before one name as a given name, a union\'s officers as posts', () => {
    const titled = (text: string) =>
      sentencesOfLine('a.txt', 1, text).flatMap((sentence) =>
        findTitledNames(sentence).map((found) => `${found.office}: ${found.name}`),
      );
    expect(titled('Unite regional officer Dean Farrell said drivers were told by text.')).toEqual([
      'regional officer: Dean Farrell',
    ]);
    expect(titled('GMB national officer Kath Rowe said the vote was close.')).toEqual(['national officer: Kath Rowe']);
    expect(titled('Dean Helen Ruiz opened the new law library.')).toEqual(['dean: Helen Ruiz']);
  });
});
