import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// A seat on an elected body goes with the posts its members hold: "Councillor Alun Pritchard" chairs the committee
// that another article calls him the chairman of (the wind-farm set). A council's staff are not its members: a
// councillor is not its head of licensing (the festival-collapse set). Written here with other kinds of story.

const names = (texts: Record<string, string>): string[][] => disagreementsWithOtherNews(texts, 'name');

describe('a seat on an elected body beside a post', () => {
  it('is one person, whose given name the articles may write differently', () => {
    expect(
      names({
        'a.txt': 'Councillor Gwyn Talbot said the school would stay open until the summer.',
        'b.txt': 'Education committee chairman Glyn Talbot said the school would stay open until the summer.',
      }),
    ).toEqual([['Gwyn Talbot', 'Glyn Talbot']]);
  });

  it('is no disagreement on the title: the councillor chairs the committee, the MP is the minister', () => {
    expect(
      names({
        'a.txt': 'Councillor Gwyn Talbot said the school would stay open until the summer.',
        'b.txt': 'Education committee chairman Gwyn Talbot said the school would stay open until the summer.',
      }),
    ).toEqual([]);
    expect(
      names({
        'a.txt': 'Labour MP Sarah Quinn said the flood defences would be finished by March.',
        'b.txt': 'Housing minister Sarah Quinn said the flood defences would be finished by March.',
      }),
    ).toEqual([]);
  });

  it("disagrees with a staff job: a councillor is not the council's head of licensing", () => {
    expect(
      names({
        'a.txt': 'Councillor Anil Bhatt said the club would lose its licence for three months.',
        'b.txt': "The council's head of licensing, Anil Bhatt, said the club would lose its licence for three months.",
      }),
    ).toEqual([['Councillor Anil Bhatt', 'head of licensing, Anil Bhatt']]);
  });

  it('leaves two people two when one article names both', () => {
    expect(
      names({
        'a.txt': 'Councillor Mark Dunn and committee chair Mary Dunn both backed the scheme.',
        'b.txt': 'Councillor Mark Dunn said the scheme was sound.',
        'c.txt': 'Committee chair Mary Dunn said the scheme was sound.',
      }),
    ).toEqual([]);
  });
});
