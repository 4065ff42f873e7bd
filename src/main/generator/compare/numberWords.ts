import type { Token } from './lineTokens.ts';

// Reads a figure the way a reporter may write it: "130,000", "3.5", "10-12", "$4m", "four million", "twenty-five",
// "a dozen", "half a million", "one hundred and twenty". Equal values written differently must meet.

export interface Numeral {
  /** Lowest and highest value; equal unless the figure is a range such as "10-12". */
  low: number;
  high: number;
  /** Token indexes of the figure, scale words included. */
  first: number;
  last: number;
  /** The step a rounded figure was written to: 0.1 million for "1.2 million", 0 when written out in full. */
  roundedTo: number;
  /** Decimal places written before a scale word: 1 for "1.2 million". */
  decimals: number;
  /** Written with words ("four"), not digits. */
  spelled: boolean;
}

const units: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const scales: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
};

/** The figure that starts at token `index`, or undefined when none does. */
export function readNumeral(tokens: Token[], index: number): Numeral | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const numeral = token.kind === 'number' ? readDigits(tokens, index) : readSpelled(tokens, index);
  return numeral && tidy(withHalf(tokens, numeral));
}

/** "and a half" starting at token `at`. */
export function andAHalfAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'and' && tokens[at + 1]?.lower === 'a' && tokens[at + 2]?.lower === 'half';
}

// "six-and-a-half": the index of "half", when hyphens with no spaces join the words.
function hyphenatedHalfAt(tokens: readonly Token[], at: number): number | undefined {
  const words = ['and', 'a', 'half'];
  for (let step = 0; step < words.length; step += 1) {
    const hyphen = tokens[at + step * 2];
    if (hyphen?.text !== '-' || hyphen.spaceBefore || tokens[at + step * 2 + 1]?.lower !== words[step])
      return undefined;
  }
  return at + 5;
}

// "two and a half hours", "three and a half million": the half belongs to the figure, which would otherwise read
// as two, with "a half" left over. Only a whole figure written to the unit takes one ("two million and a half" is
// rare and read as written).
function withHalf(tokens: Token[], numeral: Numeral): Numeral {
  if (numeral.low !== numeral.high || !Number.isInteger(numeral.low) || numeral.roundedTo !== 0) return numeral;
  // "a six-and-a-half-hour hearing": the same words joined by hyphens.
  const hyphenated = hyphenatedHalfAt(tokens, numeral.last + 1);
  if (hyphenated !== undefined)
    return { ...numeral, low: numeral.low + 0.5, high: numeral.low + 0.5, last: hyphenated };
  if (!andAHalfAt(tokens, numeral.last + 1)) return numeral;
  const half = numeral.low + 0.5;
  const scale = scales[tokens[numeral.last + 4]?.lower ?? ''];
  if (scale !== undefined && scale >= 1e3 && (tokens[numeral.last + 4]?.lower.length ?? 0) > 3) {
    return { ...numeral, low: half * scale, high: half * scale, last: numeral.last + 4, roundedTo: scale / 2 };
  }
  return { ...numeral, low: half, high: half, last: numeral.last + 3 };
}

/** The value of one spelled-out number word ("four", "twenty"), or "a" for one; undefined for any other word. */
export function valueOfNumberWord(lower: string): number | undefined {
  if (lower === 'a' || lower === 'an') return 1;
  return units[lower] ?? tens[lower];
}

/** Whether a word is part of a spelled-out figure ("four", "million", "dozen"). */
export function isNumberWord(lower: string): boolean {
  return lower in units || lower in tens || lower in scales || lower === 'dozen';
}

function readDigits(tokens: Token[], index: number): Numeral | undefined {
  const token = tokens[index];
  // "4,1" in an article that writes decimal commas is 4.1 (`decimalCommas.ts`).
  // "41 209": thousands grouped with spaces, joined into one token by the same file.
  const written = ((token?.decimalComma ? token.text.replace(',', '.') : token?.text) ?? '').replace(
    /(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}\b)/gu,
    '',
  );
  const range = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/.exec(written);
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(written);
  if (!range && !plain) return undefined;
  let low = parseFigure(range ? (range[1] ?? '') : written);
  let high = range ? parseFigure(range[2] ?? '') : low;
  let last = index;
  let roundedTo = 0;
  let decimals = 0;
  const scale = scaleAfter(tokens, index);
  if (scale) {
    low *= scale.factor;
    high *= scale.factor;
    last = scale.index;
    decimals = (/\.(\d+)$/.exec(written)?.[1] ?? '').length;
    roundedTo = scale.factor / 10 ** decimals;
  }
  return { low, high, first: index, last, roundedTo, decimals, spelled: false };
}

function scaleAfter(tokens: Token[], index: number): { factor: number; index: number } | undefined {
  const next = tokens[index + 1];
  if (!next) return undefined;
  // "£28m." at the end of a sentence: wink keeps the full stop with the letter.
  const word = next.lower.replace(/(?<=[a-z])\.$/u, '');
  const factor = scales[word];
  if (factor === undefined || word === 'hundred') return undefined;
  // "4m" and "4bn" are written without a space; "4 m" is more likely metres, so only words may stand apart.
  if (next.spaceBefore && word.length <= 3) return undefined;
  return { factor, index: index + 1 };
}

function readSpelled(tokens: Token[], index: number): Numeral | undefined {
  let at = index;
  let total = 0;
  let group = 0;
  let seen = false;
  let roundedTo = 0;
  let decimals = 0;
  const first = tokens[at];
  // "a dozen", "a million", "half a million", "half a dozen"
  if (first?.lower === 'half' && tokens[at + 1]?.lower === 'a') {
    if (tokens[at + 2]?.lower === 'dozen')
      return { low: 6, high: 6, first: at, last: at + 2, roundedTo: 0, decimals: 0, spelled: true };
    const scale = scales[tokens[at + 2]?.lower ?? ''];
    if (scale && scale >= 1e3)
      return { low: scale / 2, high: scale / 2, first: at, last: at + 2, roundedTo: 0, decimals: 0, spelled: true };
    return undefined;
  }
  if (first?.lower === 'a' || first?.lower === 'an') {
    const word = tokens[at + 1]?.lower ?? '';
    if (word === 'dozen')
      return { low: 12, high: 12, first: at, last: at + 1, roundedTo: 0, decimals: 0, spelled: true };
    const scale = scales[word];
    if (!scale || word.length <= 3) return undefined;
    group = 1;
    seen = true;
    at += 1;
  }
  let last = at - 1;
  for (; at < tokens.length; at += 1) {
    const word = tokens[at]?.lower ?? '';
    if (word in units) {
      group += units[word] ?? 0;
    } else if (word in tens) {
      group += tens[word] ?? 0;
    } else if (
      word === '-' &&
      seen &&
      !tokens[at]?.spaceBefore &&
      tokens[at + 1]?.lower !== undefined &&
      (tokens[at + 1]?.lower ?? '') in units
    ) {
      continue;
    } else if (
      word === 'and' &&
      seen &&
      // "one hundred and six", never "aged nine and six": two numbers listed.
      (tokens[at - 1]?.lower ?? '') in scales &&
      isNumberWord(tokens[at + 1]?.lower ?? '') &&
      !((tokens[at + 1]?.lower ?? '') in scales)
    ) {
      continue;
    } else if (word === 'point' && seen && decimals === 0 && (units[tokens[at + 1]?.lower ?? ''] ?? 10) <= 9) {
      // "two point four million": digits after "point" are spoken one by one.
      let digits = '';
      while ((units[tokens[at + 1]?.lower ?? ''] ?? 10) <= 9) {
        digits += String(units[tokens[at + 1]?.lower ?? '']);
        at += 1;
      }
      group = Number(`${group}.${digits}`);
      decimals = digits.length;
    } else if (word === 'dozen' && seen) {
      group *= 12;
    } else if (word in scales && word.length > 3 && seen) {
      const factor = scales[word] ?? 1;
      if (factor === 100) group *= 100;
      else {
        total += Math.round(group * factor * 1e6) / 1e6;
        group = 0;
        roundedTo = factor / 10 ** decimals;
      }
    } else {
      break;
    }
    seen = true;
    last = at;
  }
  if (!seen || last < index) return undefined;
  const value = total + group;
  return {
    low: value,
    high: value,
    first: index,
    last,
    roundedTo: group === 0 ? roundedTo : 0,
    decimals,
    spelled: true,
  };
}

function parseFigure(written: string): number {
  return Number(written.replace(/,/g, ''));
}

/** Scale words multiply in binary floating point; 1.2 x 1,000,000 must equal 1,200,000. */
function tidy(numeral: Numeral): Numeral {
  return { ...numeral, low: Number(numeral.low.toPrecision(12)), high: Number(numeral.high.toPrecision(12)) };
}
