import { describe, expect, it } from 'vitest';
import { sameFullName } from '../../../../../src/main/generator/compare/samePerson.ts';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// A given name in its familiar form ("Danny" for "Daniel", "Garry" for "Gareth"), or one that keeps its first four
// letters ("Paula" / "Pauline"), beside the same surname or one a letter or two off: one person, whose name the
// articles write differently. First met on the airport-outage set ("Ops chief Danny Fairbrace" / "Daniel Fairbrass,
// Northcrest's director of operations"), written here with people from other kinds of story.

const names = (texts: Record<string, string>): string[][] => disagreementsWithOtherNews(texts, 'name');

const words = (name: string): string[] => name.toLowerCase().split(' ');

describe('a familiar form of a given name', () => {
  it('is one person in articles that never name both', () => {
    const apart = true;
    expect(sameFullName(words('Danny Fairbrace'), words('Daniel Fairbrass'), false, apart)).toBe(true);
    expect(sameFullName(words('Garry Price'), words('Gareth Pryce'), false, apart)).toBe(true);
    expect(sameFullName(words('Paula Rusk'), words('Pauline Rusk'), false, apart)).toBe(true);
    // Two names that only begin alike, and two people an article names side by side, stay two.
    expect(sameFullName(words('Mark Dunn'), words('Mary Dunn'), false, apart)).toBe(false);
    expect(sameFullName(words('Jerry Hale'), words('Jeffrey Hale'), false, apart)).toBe(false);
    expect(sameFullName(words('Danny Fairbrace'), words('Daniel Fairbrass'), false, false)).toBe(false);
  });

  it("is reported as how the person's name is written", () => {
    expect(
      names({
        'a.txt': 'Head coach Danny Whitcombe said the team had been unlucky.',
        'b.txt': 'Head coach Daniel Whitcomb said the team had been unlucky.',
      }),
    ).toEqual([['Danny Whitcombe', 'Daniel Whitcomb']]);
  });

  it('meets a titled name when the other article writes it without a title', () => {
    expect(
      names({
        'a.txt': 'Harbour master Gareth Pritchard said the trawler was unseaworthy.',
        'b.txt': 'Gary Prichard, who has run the harbour for a decade, said the trawler was unseaworthy.',
      }),
    ).toEqual([['Gareth Pritchard', 'Gary Prichard']]);
  });

  it('reads a family word before a name as who the person is, not as part of the name (the cruise set)', () => {
    expect(
      names({
        'a.txt': 'Grandmother Pauline Rusk, 64, said the hotel had been like a ghost ship by the end.',
        'b.txt': 'Paula Rusk, 61, from Carrick Sands, was one of the first guests to leave the hotel.',
      }),
    ).toEqual([['Pauline Rusk', 'Paula Rusk']]);
  });

  it('reads a given name cut short beside a surname a letter off as one person (the meteorite set)', () => {
    const apart = true;
    expect(sameFullName(words('Daniel Pellow'), words('Dan Pellowe'), false, apart)).toBe(true);
    expect(sameFullName(words('Samuel Ashdown'), words('Sam Ashdowne'), false, apart)).toBe(true);
    // With the same surname the shorter name may be a relative's; two letters are too short to be a name cut.
    expect(sameFullName(words('Daniel Pellow'), words('Dan Pellow'), false, apart)).toBe(false);
    expect(sameFullName(words('Edward Hale'), words('Ed Hales'), false, apart)).toBe(false);
    expect(
      names({
        'a.txt': 'Samuel Ashdown, 41, was on the landing when the stone came through the roof.',
        'b.txt': 'Sam Ashdowne, 42, had just reached the top of the stairs when the rock hit.',
      }),
    ).toEqual([['Samuel Ashdown', 'Sam Ashdowne']]);
  });

  it('stays two people with two different jobs', () => {
    expect(
      names({
        'a.txt': 'Head coach Danny Whitcombe said the team had been unlucky.',
        'b.txt': 'Chairman Daniel Whitcombe said the club would appeal.',
      }),
    ).toEqual([]);
  });
});
