import { describe, expect, it } from 'vitest';
import { datesOfTwo } from './compareTexts.ts';

// Clock times written in words, first met on the marathon set ("at half past nine on Sunday morning" / "The race
// began at 10am", "at around half past twelve" / "at 11.20am"), told here of a regatta and a school fire.

describe('clock times in words', () => {
  it('reads "half past", "a quarter to" and "o\u2019clock" as clock times that can disagree with figures', () => {
    expect(
      datesOfTwo(
        'The regatta began at half past nine on Saturday morning, with 60 boats on the river.',
        'The regatta began at 10am on Saturday, with 60 boats on the river.',
      ).disagreements,
    ).toEqual([['half past nine on Saturday', '10am on Saturday']]);
    expect(
      datesOfTwo(
        'Firefighters were called to Lowfield School at a quarter to four on Friday.',
        'Firefighters were called to Lowfield School at 4.40pm on Friday.',
      ).disagreements,
    ).toEqual([['a quarter to four on Friday', '4.40pm on Friday']]);
  });

  it('agrees with the same time in figures, in either half of the day', () => {
    expect(
      datesOfTwo(
        'The regatta began at half past nine on Saturday, with 60 boats on the river.',
        'The regatta began at 9.30am on Saturday, with 60 boats on the river.',
      ),
    ).toEqual({ disagreements: [], agreements: [['half past nine on Saturday', '9.30am on Saturday']] });
    expect(
      datesOfTwo(
        'Firefighters were called to Lowfield School at six o\u2019clock on Friday evening.',
        'Firefighters were called to Lowfield School at 6pm on Friday.',
      ).disagreements,
    ).toEqual([]);
  });
});
