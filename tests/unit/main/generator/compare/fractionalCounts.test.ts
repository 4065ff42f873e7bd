import { describe, expect, it } from 'vitest';
import { valuesOfTwo } from './compareTexts.ts';

// A count of people in decimals is a full-time equivalent or an average: "31 full-time midwife posts" / "31.4
// whole-time-equivalent midwives", first met on the maternity-report set. Sentences from a school inspection,
// beside a count that does differ.

const numbers = (a: string, b: string) => valuesOfTwo('number', a, b);

describe('a whole count against the decimal it rounds', () => {
  it('does not set the whole number against the decimal count it rounds off', () => {
    expect(
      numbers(
        'According to the inspection report, 31 full-time teacher posts were vacant at Hartley Academy in March.',
        'The inspection report puts vacancies at Hartley Academy at 31.4 full-time-equivalent teachers.',
      ).disagreements,
    ).toEqual([]);
  });

  it('still finds a whole count that the decimal does not round to', () => {
    expect(
      numbers(
        'According to the inspection report, 31 full-time teacher posts were vacant at Hartley Academy in March.',
        'The inspection report puts vacancies at Hartley Academy at 27.6 full-time-equivalent teachers.',
      ).disagreements,
    ).toEqual([['31', '27.6']]);
  });
});
