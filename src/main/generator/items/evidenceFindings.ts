import type { Analysis, UnsupportedKind } from '../../../shared/analysis.ts';
import type { EvidencePassage } from '../../../shared/items.ts';
import { evidenceCueDifficulty, type Difficulty } from './difficulty.ts';
import { passageIn } from './evidencePassage.ts';
import type { SetIndex } from './setIndex.ts';

// The evidence findings as the items need them: one entry per claim a student is asked about. For a "no proof was
// given" sentence the claim is the sentence it refers to, when the finder found one; the student judges the
// claim, and the flag sentence is the evidence. A sentence the finders judged two ways (it names a source and
// also leans on unnamed people) is left out: any single answer to it would be arguable.

export type SupportVerdict = UnsupportedKind | 'supported';

export interface JudgedClaim {
  file: string;
  line: number;
  /** The sentence the student reads, exactly as in the line. */
  sentence: string;
  verdict: SupportVerdict;
  /** The words that decide the verdict: the missing-proof phrase, the vague source, the guess, the named source. */
  cue: string;
  /** Where the decisive words stand (they may be in another sentence, for a "no proof was given" flag). */
  evidence: EvidencePassage[];
  /** For a flagged claim: the sentence of the article that says it is unproven. */
  flag?: { line: number; sentence: string };
}

type Unsupported = Analysis['unsupported'][number];
type Supported = Analysis['supported'][number];

const cache = new WeakMap<SetIndex, JudgedClaim[]>();

/** Every claim of the set with one clear verdict, worked out once per set however many builders ask. */
export function judgedClaims(index: SetIndex): JudgedClaim[] {
  let claims = cache.get(index);
  if (!claims) {
    claims = judge(index);
    cache.set(index, claims);
  }
  return claims;
}

function judge(index: SetIndex): JudgedClaim[] {
  const { unsupported, supported } = index.analysis;
  const claims = [
    ...unsupported.map((f) => fromUnsupported(index, f)),
    ...supported.map((f) => fromSupported(index, f)),
  ];
  const verdicts = new Map<string, Set<SupportVerdict>>();
  for (const claim of claims) {
    const key = claimKey(claim);
    verdicts.set(key, (verdicts.get(key) ?? new Set()).add(claim.verdict));
  }
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = claimKey(claim);
    if ((verdicts.get(key)?.size ?? 0) > 1 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fromUnsupported(index: SetIndex, finding: Unsupported): JudgedClaim {
  const line = index.lineOf(finding.file, finding.line);
  const sentenceAt = line.text.indexOf(finding.text);
  const cue = passageIn(line, finding.cue, Math.max(0, sentenceAt));
  if (finding.kind === 'flagged' && finding.claim) {
    const claimLine = index.lineOf(finding.claim.file, finding.claim.line);
    return {
      file: finding.claim.file,
      line: finding.claim.line,
      sentence: finding.claim.text,
      verdict: 'flagged',
      cue: finding.cue,
      evidence: [passageIn(claimLine, finding.claim.text), cue],
      flag: { line: finding.line, sentence: finding.text },
    };
  }
  return {
    file: finding.file,
    line: finding.line,
    sentence: withWhatItRefersTo(line.text, finding, sentenceAt),
    verdict: finding.kind,
    cue: finding.cue,
    evidence: [cue],
  };
}

// "We asked the council for the document behind the figure. It has not provided one.": a flag that opens with a
// word pointing back says nothing on its own, so the student reads it with the sentences before it on its line.
function withWhatItRefersTo(lineText: string, finding: Unsupported, sentenceAt: number): string {
  // So does a reply of a few words ("Nothing yet.").
  const pointsBack =
    /^(?:It|They|This|That|These|Those|He|She|Neither|None of them)\b/.test(finding.text) ||
    finding.text.split(/\s+/).length <= 4;
  if (finding.kind !== 'flagged' || !pointsBack || sentenceAt <= 0) return finding.text;
  return lineText.slice(0, sentenceAt + finding.text.length);
}

function fromSupported(index: SetIndex, finding: Supported): JudgedClaim {
  const line = index.lineOf(finding.file, finding.line);
  const sentenceAt = Math.max(0, line.text.indexOf(finding.text));
  // The source as the finder wrote it is usually words of the sentence; when it is not, the sentence is the proof.
  const inSentence = finding.text.includes(finding.source);
  return {
    file: finding.file,
    line: finding.line,
    sentence: finding.text,
    verdict: 'supported',
    cue: finding.source,
    evidence: [inSentence ? passageIn(line, finding.source, sentenceAt) : passageIn(line, finding.text)],
  };
}

function claimKey(claim: JudgedClaim): string {
  return `${claim.file}\u0000${claim.line}\u0000${claim.sentence}`;
}

/** The claims of one article, in the order the finders reported them. */
export function claimsOf(index: SetIndex, file: string): JudgedClaim[] {
  let byFile = fileCache.get(index);
  if (!byFile) {
    byFile = new Map();
    for (const claim of judgedClaims(index)) {
      const own = byFile.get(claim.file) ?? [];
      own.push(claim);
      byFile.set(claim.file, own);
    }
    fileCache.set(index, byFile);
  }
  return byFile.get(file) ?? [];
}

const fileCache = new WeakMap<SetIndex, Map<string, JudgedClaim[]>>();

/** How hard the claim is to judge: how explicit its cue is, and whether the proof is in another paragraph. */
export function claimDifficulty(claim: JudgedClaim): Difficulty {
  return evidenceCueDifficulty(claim.verdict, claim.flag !== undefined && claim.flag.line !== claim.line);
}
