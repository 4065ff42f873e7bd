import type { NumberMention } from './numberMentions.ts';
import type { Token } from './lineTokens.ts';

// A count broken down beside itself: "17 member organisations – nine food banks and eight advice charities –",
// "42 patients (30 adults and 12 children)", "six crew: four sailors and two officers". The figures inside add up
// to the one before, so each counts a part of that whole, compared only with other parts, never with the whole
// another article gives ("the 17 members"). Figures that do not add up are told as themselves.

const openers = new Set(['–', '—', '(', ':', '-']);
const closers: Readonly<Record<string, string>> = { '–': '–', '—': '—', '(': ')', '-': '-' };

/** The mentions with the parts of each breakdown marked by `asPart`. */
export function markBreakdowns(
  tokens: readonly Token[],
  mentions: readonly NumberMention[],
  asPart: (unit: string) => string,
  isPart: (unit: string) => boolean,
): NumberMention[] {
  const marked = [...mentions];
  mentions.forEach((whole, at) => {
    const opener = tokens[whole.last + 1];
    if (!opener || !openers.has(opener.text) || !exact(whole)) return;
    const closer = closers[opener.text];
    let end = tokens.length;
    for (let index = whole.last + 2; index < tokens.length; index += 1) {
      if (tokens[index]?.text === closer) {
        end = index;
        break;
      }
    }
    const inside = mentions
      .map((mention, index) => ({ mention, index }))
      .filter(({ index, mention }) => index > at && mention.first > whole.last + 1 && mention.last < end);
    if (inside.length < 2 || !inside.every(({ mention }) => exact(mention))) return;
    const sum = inside.reduce((total, { mention }) => total + mention.low, 0);
    if (sum !== whole.low) return;
    for (const { mention, index } of inside) {
      if (!isPart(mention.unit)) marked[index] = { ...mention, unit: asPart(mention.unit) };
    }
  });
  return marked;
}

function exact(mention: NumberMention): boolean {
  return (
    mention.low === mention.high &&
    (mention.hedge === 'none' || mention.hedge === 'exactly') &&
    mention.measure === undefined
  );
}
