import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { findStanceClaims, possible, stancesClash, type StanceClaim } from './stanceClaims.ts';

// One decision told two ways: "the authority would not pay" / "has ruled out paying" in some articles, "the
// health authority has not ruled out paying" in another. Claims are filed under who and what deed, so only
// stances of one actor on one deed are compared. Each article takes the side of its own words (a quotation
// speaks for it only where it says nothing itself); an article that tells both stances takes no side.

/** At most this many claims of one actor and deed are read, so a crowded key costs no more than a quiet one. */
const claimsPerKey = 64;

/** Stances on one deed that rule each other out across articles. */
export function findStanceFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byKey = new Map<string, StanceClaim[]>();
  for (const sentence of sentences) {
    for (const claim of findStanceClaims(sentence)) {
      const key = `${claim.actor}|${claim.deed}`;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [claim]);
      else if (list.length < claimsPerKey) list.push(claim);
    }
  }
  const findings: FactFinding[] = [];
  for (const claims of byKey.values()) {
    const finding = clash(claims);
    if (finding) findings.push(finding);
  }
  return findings;
}

function clash(claims: readonly StanceClaim[]): FactFinding | undefined {
  const sides = new Map<string, { own: StanceClaim[]; quoted: StanceClaim[] }>();
  for (const claim of claims) {
    const entry = sides.get(claim.sentence.file) ?? { own: [], quoted: [] };
    (claim.quoted ? entry.quoted : entry.own).push(claim);
    sides.set(claim.sentence.file, entry);
  }
  const taken: StanceClaim[] = [];
  for (const { own, quoted } of sides.values()) {
    const voice = own.length > 0 ? own : quoted;
    const first = voice[0];
    if (first && voice.every((claim) => !stancesClash(claim, first))) taken.push(first);
  }
  const refusal = taken.find((claim) => claim.stance === 'refused');
  const other = taken.find((claim) => refusal && stancesClash(refusal, claim));
  if (!refusal || !other) return undefined;
  // The articles on either side of this clash; one about another thing done, or agreeing, stays out.
  const listed = taken
    .filter((claim) => claim === refusal || stancesClash(claim, other) || stancesClash(claim, refusal))
    .sort((a, b) => a.sentence.order - b.sentence.order);
  const object = refusal.object ?? other.object;
  const question = refusal.deed.startsWith(possible)
    ? `Whether ${refusal.actorText} ruled out ${object?.text ?? 'it'}`
    : `Whether ${refusal.actorText} will ${deedVerb(taken)}${object ? ` ${object.text}` : ''}`;
  return {
    fact: {
      fact: question,
      kind: 'claim',
      values: listed.map((claim) => sentenceRef(claim.sentence)),
    },
    verdict: 'disagreement',
    reasons: [
      `same actor and deed: ${refusal.actorText} / ${other.actorText}, "${deedVerb(taken)}"`,
      `${stanceWords[refusal.stance]} in ${refusal.sentence.file}, ${stanceWords[other.stance]} in ${other.sentence.file}`,
    ],
  };
}

const stanceWords = { refused: 'refused', open: 'left open', agreed: 'agreed' } as const;

// "pay" from "would not pay" reads better than "paying" from "ruled out paying".
function deedVerb(claims: readonly StanceClaim[]): string {
  const plain = claims.find((claim) => !/ing$/.test(claim.deedText)) ?? claims[0];
  return plain?.deedText ?? '';
}
