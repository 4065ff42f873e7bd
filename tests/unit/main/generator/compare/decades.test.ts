import { describe, expect, it } from 'vitest';
import { onlyDate } from './datesIn.ts';
import { factValuesWithOtherNews } from './compareTexts.ts';

// A decade, or a part of one, is a span of years ("built in the 1960s" / "built in 1971", first met on the
// gas-explosion set), written here with sentences from other kinds of story.

const published = new Date(Date.UTC(2026, 10, 20, 12));

const dateFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'date', published);

describe('a decade', () => {
  it('is read as its span of years, its early, middle or late part as part of it', () => {
    expect(onlyDate('The pier at Harwell was built in the 1930s.', published)).toMatchObject({
      text: 'the 1930s',
      years: [1930, 1939],
    });
    expect(onlyDate('The scheme has run since the early 1990s.', published)).toMatchObject({
      relation: 'since',
      years: [1990, 1994],
    });
    expect(onlyDate('The mill closed in the late 1970s.', published).years).toEqual([1976, 1979]);
  });

  it('disagrees with a year outside it, and fits a year inside it', () => {
    expect(
      dateFacts({
        'a.txt': 'The pier at Harwell was built in the 1930s.',
        'b.txt': 'Harwell pier, built in 1948, has been closed since the storm.',
      }).disagreements,
    ).toEqual([['the 1930s', '1948']]);
    expect(
      dateFacts({
        'a.txt': 'The pier at Harwell was built in the 1930s.',
        'b.txt': 'Harwell pier, built in 1934, has been closed since the storm.',
      }).disagreements,
    ).toEqual([]);
  });

  it('agrees with the same decade, and differs from another part of it', () => {
    const same = dateFacts({
      'a.txt': 'The Kessel mill closed in the late 1970s.',
      'b.txt': 'The Kessel mill, which closed in the late 1970s, is now flats.',
    });
    expect(same.disagreements).toEqual([]);
    expect(same.agreements).toContainEqual(['the late 1970s', 'the late 1970s']);
    expect(
      dateFacts({
        'a.txt': 'The Kessel mill closed in the late 1970s.',
        'b.txt': 'The Kessel mill closed in the early 1970s.',
      }).disagreements,
    ).toEqual([['the late 1970s', 'the early 1970s']]);
  });
});
