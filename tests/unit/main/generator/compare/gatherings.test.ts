import { describe, expect, it } from 'vitest';
import { disagreementsWithOtherNews } from './compareTexts.ts';

// A gathering called peaceful by one article and a riot by another (from the student-protest set: "The largely
// peaceful demonstration" / "UNI RIOT: Students storm campus HQ"), tested with farmers, dockers and football fans.
// One event's march, protest and demonstration are one gathering; "riot police" and an airport's "chaos" call no
// gathering violent, and neither do people "ordered" to do something: "orderly" shares its word family.

const claims = (texts: Record<string, string>) => disagreementsWithOtherNews(texts, 'claim');

describe('a gathering called peaceful and a riot', () => {
  it('reports a peaceful march against a riot in a headline and a night of chaos among the protesters', () => {
    expect(
      claims({
        'a.txt': 'The farmers’ march on the ministry in Tarvik was peaceful, police said.',
        'b.txt': 'TRACTOR RIOT: Farmers storm ministry as fuel duty bites',
      }),
    ).toEqual([
      [
        'The farmers’ march on the ministry in Tarvik was peaceful, police said.',
        'TRACTOR RIOT: Farmers storm ministry as fuel duty bites',
      ],
    ]);
    expect(
      claims({
        'a.txt': 'The dockers held a peaceful demonstration outside the port offices on Monday.',
        'b.txt': 'Hundreds of protesters smashed windows at the port offices in a night of chaos on Monday.',
      }),
    ).toHaveLength(1);
  });

  it('stays quiet for riot police, chaos without a crowd, and two articles that agree', () => {
    expect(
      claims({
        'a.txt': 'The fans’ march to the stadium was peaceful, the club said.',
        'b.txt': 'Riot police lined the route as the fans marched to the stadium.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The strikers held a peaceful rally outside the depot.',
        'b.txt': 'Commuters faced chaos at Harwell station as the strike began.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The march through Tarvik turned into a riot after dark.',
        'b.txt': 'Rioting broke out in Tarvik after dark, with shops looted.',
      }),
    ).toEqual([]);
  });

  it('does not read people "ordered" to do something as orderly', () => {
    expect(
      claims({
        'a.txt': 'Two protesters were ordered to pay fines by magistrates on Friday.',
        'b.txt': 'Two protesters turned violent as night fell.',
      }),
    ).toEqual([]);
  });
});
