import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// The only count of one kind of thing in each of two articles is one fact, even when the sentences say it in other
// words ("contacted the board" / "complained") or name other places ("23 homes" under a dateline / "30 houses" on
// the N61): first met on the exam-grades, airport and landslide sets, told here in other trades' words. An article that counts the thing twice leaves the pairing to the words around each count, and the
// votes of one side of a division are not the votes of the other. A count far above every other count of its
// thing in each article is the size of the whole (the marathon set's field of runners).

const disagreements = disagreementsWithOtherNews;

describe('the only count of one kind of thing in each article', () => {
  it('pairs two articles\u2019 only counts of lorries told in other words', () => {
    const a = 'More than 40 lorries were stranded on the Carrow bypass, the haulage association said.';
    const b = (count: string) => `In the snow, ${count} lorries were trapped until dawn and their drivers slept.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('nearly 30') }, 'number')).toEqual([['More than 40', 'nearly 30']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('over 40') }, 'number')).toEqual([]);
    // Short of 40 and past it are two sides of the figure.
    expect(disagreements({ 'a.txt': a, 'b.txt': b('nearly 40') }, 'number')).toEqual([['More than 40', 'nearly 40']]);
  });

  it('leaves two counts of one thing in an article to the words around them', () => {
    const a = 'More than 40 lorries were stranded on the Carrow bypass. Police turned 12 lorries back at the port.';
    const b = 'In the snow, nearly 30 lorries were trapped until dawn and their drivers slept.';
    expect(disagreements({ 'a.txt': a, 'b.txt': b }, 'number')).toEqual([]);
  });

  it('pairs the only counts of a thing at their size, far above the article\u2019s other counts of it', () => {
    const a = 'About 8,000 fans queued at the gates before noon. Stewards helped 45 fans who fainted in the sun.';
    const b = (count: string) => `${count} fans attended the concert in Holm Park, now in its third summer.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Around 9,500') }, 'number')).toEqual([
      ['About 8,000', 'Around 9,500'],
    ]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('Some 8,000') }, 'number')).toEqual([]);
    // A third count within ten times of the crowd may be the one the other article gives.
    const thrice = `${a} About 3,000 fans stayed on for the encore.`;
    expect(disagreements({ 'a.txt': thrice, 'b.txt': b('Around 9,500') }, 'number')).toEqual([]);
  });

  it('does not pair the votes of one side with the votes of the other', () => {
    const a = 'The board split 7-2, with two governors voting against the plan.';
    const b = 'Six votes carried the merger on Thursday.';
    expect(disagreements({ 'a.txt': a, 'b.txt': b }, 'number')).toEqual([]);
  });

  it('pairs them whatever places each sentence names, unless an article counts the thing twice', () => {
    const a = 'KESSLAND, May 3 (Wirenews) - Fire destroyed 14 homes in the village of Harlby on Tuesday.';
    const b = "Nine houses burned down in the blaze near St Anne's Church.";
    expect(disagreements({ 'a.txt': a, 'b.txt': b }, 'number')).toEqual([['14', 'Nine']]);
    const twice = 'KESSLAND, May 3 (Wirenews) - Fire destroyed 14 homes in Harlby on Tuesday, and 3 homes in Orby.';
    expect(disagreements({ 'a.txt': twice, 'b.txt': b }, 'number')).toEqual([]);
  });

  it('keeps a third article\u2019s only count with a pair whose sentences name other things', () => {
    // The pier set's firefighters: the service that sent them in one sentence, the pier in another.
    const a = 'Kessland Mountain Rescue said it was called at 2.10pm and sent more than 40 volunteers up the fell.';
    const b = 'More than 40 volunteers and two dogs searched through the night.';
    const c = (count: string) => `${count} volunteers combed the slopes of Harl Crag, which is often hidden in cloud.`;
    // One value of each reading is shown; the two that agree are a clean case of their own.
    expect(disagreements({ 'a.txt': a, 'b.txt': b, 'c.txt': c('Nearly 70') }, 'number')).toEqual([
      ['more than 40', 'Nearly 70'],
    ]);
    // A third count that agrees joins the same fact as a clean case.
    expect(disagreements({ 'a.txt': a, 'b.txt': b, 'c.txt': c('Over 40') }, 'number')).toEqual([]);
  });
});
