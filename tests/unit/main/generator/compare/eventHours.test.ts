import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// Each article's first clock time is the hour of the story's event, however differently the outlets tell what
// happened at that hour (the museum-theft, grid-blackout and coach-crash sets told one moment with "smashed their
// way in" / "got in through a fire exit", "plunged into darkness" / "the cut began"). Tested with sentences from
// other trades, beside the look-alikes that must stay quiet.

const published = new Date(Date.UTC(2026, 10, 16, 12));

const dateFacts = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'date', published);

describe("each article's first hour", () => {
  it('is compared across articles that tell the moment with other words', () => {
    expect(
      dateFacts({
        'a.txt': 'Fire broke out at the Lenner paint works in Castleford at about 3.15pm on Friday.',
        'b.txt': 'Thick black smoke was pouring from the Castleford factory shortly after 4pm on Friday.',
      }).disagreements,
    ).toEqual([['about 3.15pm on Friday', 'shortly after 4pm on Friday']]);
    expect(
      dateFacts({
        'a.txt': 'The polling station computers crashed at 7.40am, the returning officer said.',
        'b.txt': 'Voters in Marford queued in the rain after the electronic register went down at 8.55am.',
      }).disagreements,
    ).toEqual([['7.40am', '8.55am']]);
  });

  it('agrees where the hours are the same, whatever the verbs', () => {
    const same = dateFacts({
      'a.txt': 'Water began pouring through the ceiling of the Kelby ward at 2.50am.',
      'b.txt': 'A burst pipe flooded the children’s ward at Kelby General at 2.50am, staff said.',
    });
    expect(same.disagreements).toEqual([]);
    expect(same.agreements).toContainEqual(['2.50am', '2.50am']);
  });

  it('reads "just before" as closer to the hour than "shortly before"', () => {
    expect(
      dateFacts({
        'a.txt': 'The roof of the Harle sports hall gave way at 6.38pm, the council said.',
        'b.txt': 'Players heard a loud crack just before 7pm and ran for the doors of the Harle hall.',
      }).disagreements,
    ).toEqual([['6.38pm', 'just before 7pm']]);
    const close = dateFacts({
      'a.txt': 'The roof of the Harle sports hall gave way at 6.38pm, the council said.',
      'b.txt': 'Players heard a loud crack shortly before 7pm and ran for the doors of the Harle hall.',
    });
    expect(close.disagreements).toEqual([]);
    const sameWords = dateFacts({
      'a.txt': 'The roof of the Harle sports hall gave way just after 6.30pm, the council said.',
      'b.txt': 'Players heard a loud crack shortly after 6.30pm and ran for the doors of the Harle hall.',
    });
    expect(sameWords.disagreements).toEqual([]);
    expect(sameWords.agreements).toContainEqual(['just after 6.30pm', 'shortly after 6.30pm']);
  });

  it('leaves alone first hours an hour and a half apart or more, which may be two moments of the story', () => {
    expect(
      dateFacts({
        'a.txt': 'An update was installed on the Harwell booking system at 2.30am.',
        'b.txt': 'Check-in desks at Harwell went dark at 4.50am and stayed down until lunchtime.',
      }).disagreements,
    ).toEqual([]);
  });

  it('takes no side for an article that gives the other hour too', () => {
    expect(
      dateFacts({
        'a.txt': 'Riot police were called to the Ostrow stadium at 10.15pm on Saturday. The last fans left at 11pm.',
        'b.txt': 'Fighting broke out among fans leaving the Ostrow stadium at 11pm on Saturday.',
      }).disagreements,
    ).toEqual([]);
  });
});
