import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// Who gives a figure is not whom it is said of: "Chief fire officer Niamh Rooney said about 70 personnel took part"
// and "Tomás Bergin, 61, was freed by about 70 firefighters" may count the same rescuers, and an engineer who "put
// the cost ... at about 4.5 million euros" and a councillor who "said the bill for the clean-up could hit €7m" give
// two estimates of one cost. First met on the landslide set, told here in other trades' words. A figure said of a
// person (what each was paid) still belongs to that person.

const disagreements = disagreementsWithOtherNews;

describe('a figure given by a named person', () => {
  it('pairs a count a named officer gives with a count of the same rescuers said of a named survivor', () => {
    const a = "The boat's skipper, Ewan Morrow, 58, was winched to safety by about 40 coastguards.";
    const b = (count: string) => `Chief Inspector Lena Holt said ${count} coastguards took part in the rescue.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('25') }, 'number')).toEqual([['about 40', '25']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('40') }, 'number')).toEqual([]);
  });

  it('pairs two named people\u2019s estimates of one cost, past a long "put ... at" and a hyphenated word', () => {
    const a = 'Engineer Dr Sara Quint put the cost of rebuilding the harbour wall at about 3 million euros.';
    const b = (sum: string) => `Councillor Tom Reid said the cost of rebuilding the harbour wall could hit ${sum}.`;
    expect(disagreements({ 'a.txt': a, 'b.txt': b('€5m') }, 'number')).toEqual([['about 3 million euros', '€5m']]);
    expect(disagreements({ 'a.txt': a, 'b.txt': b('€3m') }, 'number')).toEqual([]);
  });

  it('keeps apart figures said of two named people', () => {
    const a = 'Skipper Ewan Morrow, 58, was paid 40,000 euros for rebuilding the harbour wall.';
    const b = 'Chief Inspector Lena Holt was paid 25,000 euros for rebuilding the harbour wall.';
    expect(disagreements({ 'a.txt': a, 'b.txt': b }, 'number')).toEqual([]);
  });
});
