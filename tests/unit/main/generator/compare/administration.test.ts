import { describe, expect, it } from 'vitest';
import { datesOfTwo } from './compareTexts.ts';

// A British company "goes into administration" or "calls in administrators": the day it failed, however told. First
// met on the bus-collapse set; sentences from a football club and a department store.

describe('a company failing, told as administration or administrators', () => {
  it('dates one failure when one outlet calls in administrators and another goes into administration', () => {
    expect(
      datesOfTwo(
        'Holm Rovers called in administrators on Monday night after missing a tax deadline.',
        'Holm Rovers went into administration late on Tuesday, the league said.',
      ).disagreements,
    ).toEqual([['Monday night', 'late on Tuesday']]);
    expect(
      datesOfTwo(
        'Ferrand & Sons entered administration on 17 November, its 140 staff were told.',
        'The department store chain Ferrand & Sons went into administration on Tuesday 17 November.',
      ).agreements,
    ).toEqual([['17 November', 'Tuesday 17 November']]);
  });

  it('keeps a government apart from a company in administration', () => {
    expect(
      datesOfTwo(
        'The Ferrand administration took office on 4 March, the president said.',
        'Holm Rovers went into administration late on Tuesday, the league said.',
      ).disagreements,
    ).toEqual([]);
  });
});
