import type { Token } from './lineTokens.ts';
import type { Numeral } from './numberWords.ts';
import { readNumeral } from './numberWords.ts';

// A share told in words: "one in five", "1 in 4", "a fifth", "two-thirds", "three quarters", "half of". Reporters
// swap these freely with percentages, so each is read as a percentage. A fraction is coarse: "a third" fits 33% and
// 34%, so it is read as a narrow range around its value, and two fractions agree only when they are the same.

const parts: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

const timeWords = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|games?|matches?)$/;

/** The share written at `at`, as a percentage numeral ("one in five" gives 19.5-20.5), if one starts there. */
export function readShare(tokens: Token[], at: number): Numeral | undefined {
  return oneInFive(tokens, at) ?? fractionWords(tokens, at);
}

// "one in five", "1 in 4", "nine in ten", "94 out of 100": a count of a whole, the whole a plain small number.
function oneInFive(tokens: Token[], at: number): Numeral | undefined {
  const part = readNumeral(tokens, at);
  if (!part || part.low !== part.high) return undefined;
  const outOf = tokens[part.last + 1]?.lower === 'out' && tokens[part.last + 2]?.lower === 'of';
  if (tokens[part.last + 1]?.lower !== 'in' && !outOf) return undefined;
  const whole = readNumeral(tokens, part.last + (outOf ? 3 : 2));
  if (!whole || whole.low !== whole.high || whole.low > 100 || part.low >= whole.low) return undefined;
  // "one in five days" is a rate over time, not a share of people or things ("nine in ten parents").
  if (timeWords.test(tokens[whole.last + 1]?.lower ?? '')) return undefined;
  return shareNumeral(part.low / whole.low, at, whole.last, whole.low >= fineWhole);
}

// "94 out of 100" is told to the point, not rounded the way "nine in ten" is.
const fineWhole = 20;

// "a fifth", "one-fifth", "two thirds", "three-quarters", "half of the pupils".
function fractionWords(tokens: Token[], at: number): Numeral | undefined {
  const first = tokens[at]?.lower ?? '';
  let count: number | undefined;
  let partAt = at + 1;
  if (first === 'a' || first === 'an') count = 1;
  else if (first === 'half') return ofAWhole(tokens, at + 1) ? shareNumeral(0.5, at, at) : undefined;
  else {
    const numeral = readNumeral(tokens, at);
    if (numeral && numeral.spelled && numeral.low === numeral.high) {
      count = numeral.low;
      partAt = numeral.last + 1;
    }
  }
  if (count === undefined) return undefined;
  if (tokens[partAt]?.text === '-' && !tokens[partAt]?.spaceBefore) partAt += 1;
  const whole = parts[tokens[partAt]?.lower ?? ''];
  if (!whole || count >= whole || !ofAWhole(tokens, partAt + 1)) return undefined;
  return shareNumeral(count / whole, at, partAt);
}

// "a third of pupils", "half the staff", "two-thirds of those asked": a share is of something; "a third time",
// "a quarter past six", "the second half" are not shares.
// "A quarter of an hour", "half a mile": a part of one unit is a measure, not a share.
function ofAWhole(tokens: Token[], at: number): boolean {
  const next = tokens[at]?.lower;
  if (next === 'of') return !['a', 'an'].includes(tokens[at + 1]?.lower ?? '');
  return next === 'the' || next === 'its' || next === 'their';
}

function shareNumeral(share: number, first: number, last: number, fine = false): Numeral {
  const percent = share * 100;
  const slack = fine ? 0.5 : Math.max(0.5, percent * 0.025);
  return {
    low: Math.round((percent - slack) * 10) / 10,
    high: Math.round((percent + slack) * 10) / 10,
    first,
    last,
    roundedTo: 0,
    decimals: 0,
    spelled: true,
  };
}
