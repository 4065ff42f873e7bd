import { countsPeopleOrThings, type NumberMention } from './numberMentions.ts';
import type { ValueMatch } from './factValues.ts';
import { sameScore } from './scoreLines.ts';
import { perSamePeriod } from './ratePeriods.ts';
import { sideOfFigure } from './hedges.ts';

// Two figures for one fact: equal once written the same way ("some 100,000" = "about 100,000", "$4 million" =
// "four million dollars"), different ("up to 130,000" against "approximately 100,000"), or only compatible.

/** Whether two figures for the same fact agree. */
export function compareFigures(first: NumberMention, second: NumberMention): ValueMatch {
  if (first.tally || second.tally) {
    return first.tally && second.tally && sameScore(first.tally, second.tally) ? 'same' : 'different';
  }
  // "about one in five" / "roughly a fifth" / "a fifth": one share; "a fifth" / "a third" are two, and so are "more
  // than half" and "half": a bound on the share is a claim of its own.
  if (first.share !== undefined && second.share !== undefined) {
    const bound = (hedge: string): boolean => hedge === 'at least' || hedge === 'at most';
    const sameBound = first.hedge === second.hedge || (!bound(first.hedge) && !bound(second.hedge));
    if (Math.abs(first.share - second.share) < 0.05) return sameBound ? 'same' : 'different';
    return Math.max(first.low, second.low) <= Math.min(first.high, second.high) ? 'compatible' : 'different';
  }
  const [a, b] = perSamePeriod(first, second);
  // "$5 a day" / "$150 a month": months of 28 to 31 days leave a converted rate a few per cent off.
  const converted = a !== first && a.low === a.high && b.low === b.high && a.low !== b.low;
  if (converted && Math.abs(a.low - b.low) <= 0.04 * Math.max(a.low, b.low)) return 'compatible';
  const bounds = new Set([a.hedge, b.hedge]);
  // "more than 3,000" / "fewer than 3,000", and "nearly 3,000" / "more than 3,000": on two sides of one figure.
  const opposite = bounds.has('at most') && bounds.has('at least');
  const sides = new Set([sideOf(a), sideOf(b)]);
  if (sides.has('above') && sides.has('below') && a.low === b.low && a.high === b.high) return 'different';
  if (milesAtSea(a, b)) return opposite ? 'different' : 'same';
  if (a.measure && b.measure && a.measure.name !== b.measure.name && a.low === a.high && b.low === b.high) {
    // "More than 100 acres" / "38 hectares" (93.9 acres): short of the bound, however loosely converted.
    if (pastBound(a, b) || pastBound(b, a)) return 'different';
    return compareConverted(a, b, a.measure.step, b.measure.step, opposite);
  }
  if (a.low === b.low && a.high === b.high) return opposite ? 'different' : 'same';
  if (sameSpanInOtherUnits(a, b)) return opposite ? 'different' : 'same';
  // "aged 18 to 65" / "between 18 and 70": two ranges with both bounds written disagree unless the bounds agree.
  if (a.low !== a.high && b.low !== b.high) return 'different';
  if (a.low !== a.high || b.low !== b.high) {
    const overlap = Math.max(a.low, b.low) <= Math.min(a.high, b.high);
    return overlap ? 'compatible' : 'different';
  }
  // "more than 1,100" / "almost a thousand": a figure on the wrong side of the other's bound is another figure,
  // however roughly it is told.
  if (pastBound(a, b) || pastBound(b, a)) return 'different';
  const side = sideMatch(a, b) ?? sideMatch(b, a);
  if (side) return side;
  if (roundsTo(a, b) || roundsTo(b, a) || wholeOfFraction(a, b) || wholeOfFraction(b, a)) return 'compatible';
  if (roughlyAtItsLastDigit(a, b) || roughlyAtItsLastDigit(b, a)) return 'compatible';
  // "about 60%" and "61%": a rounded figure and a precise one that lies within a hair of it.
  if (bounds.has('about') && Math.abs(a.low - b.low) <= 0.025 * Math.max(a.low, b.low)) return 'compatible';
  if (justPast(a, b) || justPast(b, a)) return 'compatible';
  if (withinCoarserBound(a, b) || withinCoarserBound(b, a)) return 'compatible';
  return 'different';
}

// "a 240-nautical-mile race" / "the 240-mile race": at sea a mile is a nautical mile, and outlets drop the word, so
// one written figure in the two is one distance; converted, the same figure would read as two.
function milesAtSea(a: NumberMention, b: NumberMention): boolean {
  const names = new Set([a.measure?.name, b.measure?.name]);
  if (names.size !== 2 || !names.has('mile') || !names.has('nautical mile')) return false;
  return a.measure?.written === b.measure?.written && a.low === a.high && b.low === b.high;
}

// "a raid that lasted under two minutes" / "their 90-second raid": a span bounded in a coarser unit of time says
// how short it was, and an exact span in a finer unit within the bound fits it. In one unit ("under two minutes" /
// "one minute") the articles give two figures.
function withinCoarserBound(bound: NumberMention, exact: NumberMention): boolean {
  if (bound.hedge !== 'at most' || (exact.hedge !== 'none' && exact.hedge !== 'exactly')) return false;
  if (bound.spanUnit === undefined || exact.spanUnit === undefined || bound.spanUnit <= exact.spanUnit) return false;
  return exact.low < bound.low;
}

// "65 m" and "213 feet", "60mph" and "97 km/h", "800 metres" and "half a mile": a figure converted from another
// unit is the same when each rounds to the other at the step it was written to; it differs when the two are
// further apart than the coarser step allows, and is merely compatible between the two.
function compareConverted(
  a: NumberMention,
  b: NumberMention,
  stepA: number,
  stepB: number,
  opposite: boolean,
): ValueMatch {
  const apart = Math.abs(a.low - b.low);
  const slack = 1e-9 * Math.max(a.low, b.low);
  if (apart <= Math.min(stepA, stepB) / 2 + slack) return opposite ? 'different' : 'same';
  if (apart <= Math.max(stepA, stepB) / 2 + slack) return 'compatible';
  const hedges = new Set([a.hedge, b.hedge]);
  if (hedges.has('about') && apart <= 0.025 * Math.max(a.low, b.low)) return 'compatible';
  if (justPast(a, b) || justPast(b, a)) return 'compatible';
  return 'different';
}

/** How far a span converted between units may land from the other: a month is 28 to 31 days, a year 365 or 366. */
const spanConversionShare = 0.02;

// "48 months" / "four years", "a three-month consultation" / "a 90-day consultation": one span told in two units,
// the months counted as 30 days. In one unit ("59 minutes" / "60 minutes") the figures are exact and differ.
function sameSpanInOtherUnits(a: NumberMention, b: NumberMention): boolean {
  if (a.spanUnit === undefined || b.spanUnit === undefined || a.spanUnit === b.spanUnit) return false;
  if (a.low !== a.high || b.low !== b.high) return false;
  return Math.abs(a.low - b.low) <= spanConversionShare * Math.max(a.low, b.low);
}

/** Past a bound by at most this share: "more than 60" and "61" are one figure told at two precisions. */
const justPastShare = 0.1;

// "more than 60" / "61", "more than 300" / "320", "almost" is not a bound. Further off ("up to 150 mm" / "112 mm",
// "at least 12" / "15") the articles give different figures, even if both could be true.
// A rounded figure on the right side of the bound fits it too: "more than 1,200" / "nearly 1,250"; on the bound
// itself it does not: "more than 3,000" / "nearly 3,000".
function justPast(bound: NumberMention, exact: NumberMention): boolean {
  if (exact.hedge !== 'none' && exact.hedge !== 'exactly' && exact.hedge !== 'about') return false;
  if (bound.hedge === 'at least') return exact.low > bound.low && exact.low <= bound.low * (1 + justPastShare);
  if (bound.hedge === 'at most') return exact.low < bound.low && exact.low >= bound.low * (1 - justPastShare);
  return false;
}

// "41 students" / "nearly 40 students": a precise figure past the one another falls short of is another figure.
// "38 students" / "nearly 40 students", "503" / "just over 500": one a little short of or past it, on the side the
// hedge says, is that figure told roughly (as `justPast` allows for bounds).
function sideMatch(approached: NumberMention, exact: NumberMention): 'different' | 'compatible' | undefined {
  if (exact.hedge !== 'none' && exact.hedge !== 'exactly') return undefined;
  const side = sideOfFigure(approached.text);
  if (side === undefined) return undefined;
  const below = side === 'below';
  if (below ? exact.low > approached.high : exact.low < approached.low) return 'different';
  const near = below
    ? exact.low >= approached.low * (1 - justPastShare)
    : exact.low <= approached.high * (1 + justPastShare);
  return near && withinLastDigit(approached, exact) ? 'compatible' : undefined;
}

function sideOf(figure: NumberMention): 'above' | 'below' | undefined {
  if (figure.hedge === 'at least') return 'above';
  if (figure.hedge === 'at most') return 'below';
  return figure.hedge === 'about' ? sideOfFigure(figure.text) : undefined;
}

function pastBound(bound: NumberMention, other: NumberMention): boolean {
  if (other.hedge === bound.hedge) return false;
  if (bound.hedge === 'at least') return other.high < bound.low;
  if (bound.hedge === 'at most') return other.low > bound.high;
  return false;
}

// "31 full-time midwife posts" / "31.4 whole-time-equivalent midwives": a count of people or things in decimals is a
// full-time equivalent or an average, which another article may give as the whole number it rounds to.
function wholeOfFraction(whole: NumberMention, fraction: NumberMention): boolean {
  if (!countsPeopleOrThings(whole.unit) || !countsPeopleOrThings(fraction.unit)) return false;
  if (!Number.isInteger(whole.low) || Number.isInteger(fraction.low)) return false;
  return Math.round(fraction.low) === whole.low;
}

// "about 1,100" / "1,140": a figure told roughly is rounded at its last written digit, so an exact one within half
// that step of it is the same figure. A figure of one digit before its zeros may be rounded more finely ("about
// 500" to the nearest fifty), so it allows half that: "about 400" fits "412", not "440".
function roughlyAtItsLastDigit(rounded: NumberMention, exact: NumberMention): boolean {
  if (rounded.hedge !== 'about' || (exact.hedge !== 'none' && exact.hedge !== 'exactly')) return false;
  if (rounded.low !== rounded.high) return false;
  return lastDigitStep(rounded.low / (rounded.spanUnit ?? 1)) > 1 && withinLastDigit(rounded, exact);
}

// "almost two hours" is rounded to the hour it is told in, not to the minutes "112 minutes" is compared in.
function withinLastDigit(rounded: NumberMention, exact: NumberMention): boolean {
  const unit = rounded.spanUnit ?? 1;
  const step = lastDigitStep(rounded.low / unit);
  const reach = (rounded.low / unit / step < 10 ? step / 4 : step / 2) * unit;
  return Math.abs(exact.low - rounded.low) <= reach;
}

/** The place of a whole figure's last written digit: 100 for 1,100, 1 for 1,140; 1 for a fraction too. */
function lastDigitStep(value: number): number {
  if (!Number.isInteger(value) || value <= 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

// "1.2 million" is 1,187,000 written to one decimal; "4 million" is not 4.3 million unless hedged ("about").
function roundsTo(rounded: NumberMention, exact: NumberMention): boolean {
  if (rounded.roundedTo <= 0) return false;
  if (rounded.decimals === 0 && rounded.hedge !== 'about') return false;
  return Math.round(exact.low / rounded.roundedTo) * rounded.roundedTo === rounded.low;
}
