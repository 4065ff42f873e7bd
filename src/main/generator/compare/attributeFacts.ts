import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findHowOften } from './howOften.ts';
import { findTrialPhases } from './trialPhases.ts';
import { findColours } from './colours.ts';

// A thing given one value from a closed list: how often a pill is taken (howOften.ts: once a day, once a week), which
// phase a trial is in (trialPhases.ts), what colour a car is (colours.ts). Mentions are filed under the attribute and the thing, so the cost is one
// pass. Each article's values are those all its mentions allow ("Phase 3" and "late-stage" leave phase 3); an
// article whose mentions allow nothing in common takes no side. Two articles whose values cannot meet disagree.

export interface AttributeMention {
  sentence: ArticleSentence;
  attribute: 'how often' | 'trial phase' | 'colour';
  /** What has the attribute: a word family, or a kind of dose ("pill", "injection"). */
  thing: string;
  /** The values the words allow; two mentions agree when their values meet. */
  values: string[];
  /** The words that give the value, as written. */
  words: string;
}

/** Things given two values that cannot both be true, one finding per thing. */
export function findAttributeFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byThing = new Map<string, AttributeMention[]>();
  for (const sentence of sentences) {
    for (const mention of [...findHowOften(sentence), ...findTrialPhases(sentence), ...findColours(sentence)]) {
      const key = `${mention.attribute}\u0000${mention.thing}`;
      byThing.set(key, [...(byThing.get(key) ?? []), mention]);
    }
  }
  return [...byThing.values()].flatMap((mentions) => finding(mentions) ?? []);
}

interface ArticleSide {
  first: AttributeMention;
  values: Set<string>;
}

function finding(mentions: readonly AttributeMention[]): FactFinding | undefined {
  const sides = new Map<string, ArticleSide>();
  for (const mention of mentions) {
    const side = sides.get(mention.sentence.file);
    if (!side) sides.set(mention.sentence.file, { first: mention, values: new Set(mention.values) });
    else side.values = new Set(mention.values.filter((value) => side.values.has(value)));
  }
  const listed = [...sides.values()].filter((side) => side.values.size > 0);
  const apart = listed.flatMap((one, at) =>
    listed
      .slice(at + 1)
      .filter((other) => !meet(one.values, other.values))
      .map((other) => [one, other] as const),
  );
  const [one, other] = apart[0] ?? [];
  if (!one || !other) return undefined;
  const { attribute, thing } = one.first;
  return {
    fact: {
      fact: question(one.first),
      kind: 'claim',
      values: listed.map((side) => refOf(side.first)),
    },
    verdict: 'disagreement',
    reasons: [`one ${thing}: ${attribute}`, `"${one.first.words}" and "${other.first.words}" cannot both be true`],
  };
}

// "How often the pill is taken or done", "Which phase the trial is in", "What colour the Audi is".
function question(mention: AttributeMention): string {
  if (mention.attribute === 'how often') return `How often the ${mention.thing} is taken or done`;
  if (mention.attribute === 'trial phase') return 'Which phase the trial is in';
  const tokens = mention.sentence.tokens;
  const thing = tokens.find((token) => token.sense === mention.thing)?.text ?? mention.thing;
  return `What colour the ${thing} is`;
}

function meet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

function refOf(mention: AttributeMention): LineRef {
  return { file: mention.sentence.file, line: mention.sentence.line, text: mention.words };
}
