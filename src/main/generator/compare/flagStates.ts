import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { pushTo } from './pushTo.ts';

// The country a ship is registered in: "the Liberian-flagged Thessaly Venture", "the Liberia-registered vessel",
// "the Marshall Islands-flagged vessel", "sails under the Panamanian flag". A ship story's
// outlets often copy the flag from different registers, and a country and its adjective ("Liberia" / "Liberian")
// are one flag. An article that gives two flags (a ship re-flagged, or two ships) takes no side.

export interface FlagMention {
  sentence: ArticleSentence;
  /** The country as written, in lower case, without "the". */
  country: string;
  text: string;
  start: number;
}

// Up to three capitalised words before "-flagged" or "-registered", or between "under the" and "flag". ("Registered
// in Piraeus" may name a port of registry, or a company's seat, so it is not read.)
const flaggedPattern = /\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)[-‑](?:flagged|registered)\b/g;
const underFlagPattern = /\b(?:under|flies|flying|flew) (?:the|a) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) flag\b/g;
// Capitalised words that open a sentence or a name and are no country: "The Liberian-flagged", "Its".
const notCountries = new Set(['the', 'its', 'a', 'an', 'this', 'that']);

/** The flags one sentence gives a ship. */
export function findFlagMentions(sentence: ArticleSentence): FlagMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  const found: FlagMention[] = [];
  for (const pattern of [flaggedPattern, underFlagPattern]) {
    for (const match of text.matchAll(pattern)) {
      const words = (match[1] ?? '').split(' ').filter((word) => !notCountries.has(word.toLowerCase()));
      if (words.length === 0) continue;
      const country = words.join(' ').toLowerCase();
      const start = sentence.start + match.index + match[0].indexOf(words[0] ?? '');
      const end = sentence.start + match.index + match[0].length;
      found.push({ sentence, country, text: sentence.lineText.slice(start, end), start });
    }
  }
  return found;
}

/** The ship's flag across the articles that give one. */
export function findFlagFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byFile = new Map<string, FlagMention[]>();
  for (const sentence of sentences)
    for (const mention of findFlagMentions(sentence)) {
      pushTo(byFile, sentence.file, mention);
    }
  const told = [...byFile.values()]
    .filter((mentions) => mentions.every((mention) => sameFlag(mention, mentions[0] as FlagMention)))
    .map((mentions) => mentions[0] as FlagMention);
  if (told.length < 2) return [];
  return findingsFor(told, {
    kind: 'name',
    fact: 'The flag the ship sails under',
    compare: (a, b) => (sameFlag(a, b) ? 'same' : 'different'),
    refOf,
    reasonsFor: (a, b) => [`flags: ${a.text} / ${b.text}`, 'a country and its adjective are one flag'],
  });
}

// "Liberia" and "Liberian", "Panama" and "Panamanian", "Malta" and "Maltese": one country, by the letters they share.
function sameFlag(a: FlagMention, b: FlagMention): boolean {
  const [short, long] = a.country.length <= b.country.length ? [a.country, b.country] : [b.country, a.country];
  if (long.startsWith(short)) return true;
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared += 1;
  return shared >= 4 && shared >= short.length - 1;
}

function refOf(mention: FlagMention): LineRef {
  return { file: mention.sentence.file, line: mention.sentence.line, text: mention.text };
}
