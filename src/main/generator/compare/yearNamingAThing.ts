import type { DateMention } from './dateMentions.ts';
import { senseFamily } from './wordFamily.ts';

// "The 1972 car park", "its 1931 grandstand": a year written before a thing's name is the year the thing was built
// or opened, so it tells the same fact as "the car park opened in 1969" or "was completed in 1969".

// Word families: "opened", "completed" and "established" fold into these ("established" as "founded", through the
// news synonyms); "built" does not stem to "build".
const beginnings = new Set(
  ['open', 'build', 'built', 'complete', 'construct', 'found', 'erect', 'install', 'introduce'].map(senseFamily),
);

/** The word family of the thing a bare year names ("park" in "The 1972 car park"), if the year names one. */
export function thingNamedByYear(mention: DateMention): string | undefined {
  if (mention.year === undefined || mention.month !== undefined || mention.day !== undefined) return undefined;
  const tokens = mention.sentence.tokens;
  const at = tokens.findIndex((token) => token.start === mention.start);
  if (at < 1 || !/^\d{4}$/.test(tokens[at]?.text ?? '')) return undefined;
  const before = tokens[at - 1];
  if (before?.pos !== 'DET' && before?.pos !== 'PRON') return undefined;
  let head = at + 1;
  if (tokens[head]?.pos !== 'NOUN') return undefined;
  while (tokens[head + 1]?.pos === 'NOUN') head += 1;
  return tokens[head]?.sense || undefined;
}

/** Whether a verb's family tells a thing coming into being: opened, built, completed, founded. */
export function tellsABeginning(verb: string | undefined): boolean {
  return verb !== undefined && beginnings.has(verb);
}
