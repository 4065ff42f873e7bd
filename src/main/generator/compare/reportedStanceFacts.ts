import type { ArticleSentence } from './lineTokens.ts';
import { sentenceRef, type FactFinding } from './finding.ts';
import { findReportedClaims, type ReportedClaim } from './reportedStances.ts';
import { nearSpelling } from './samePerson.ts';

// One statement reported as conceded in one article and as a mere claim in another (reportedStances.ts). The
// statements are matched through an index of their words: two reports are one statement when they share at least
// three word families, and most of the shorter one's, and name no two different speakers ("He claimed" may be
// anyone the article named).

const sharedNeeded = 3;
const shareOfShorter = 0.6;
/** At most this many reports are filed under one word, so a common word costs no more than a rare one. */
const reportsPerWord = 32;

/** Statements one article reports as conceded and another as claimed. */
export function findReportedStanceFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const reports = sentences.flatMap((sentence) => findReportedClaims(sentence));
  const conceded = reports.filter((report) => report.stance === 'conceded');
  const byWord = new Map<string, ReportedClaim[]>();
  for (const report of reports) {
    if (report.stance !== 'doubted') continue;
    for (const sense of report.senses) {
      const list = byWord.get(sense);
      if (!list) byWord.set(sense, [report]);
      else if (list.length < reportsPerWord) list.push(report);
    }
  }
  const findings: FactFinding[] = [];
  const paired = new Set<ReportedClaim>();
  for (const admitted of conceded) {
    const candidates = new Set<ReportedClaim>();
    for (const sense of admitted.senses) for (const other of byWord.get(sense) ?? []) candidates.add(other);
    const doubted = [...candidates].find(
      (other) => !paired.has(other) && other.sentence.file !== admitted.sentence.file && sameStatement(admitted, other),
    );
    if (!doubted) continue;
    paired.add(doubted);
    const [first, second] =
      admitted.sentence.order <= doubted.sentence.order ? [admitted, doubted] : [doubted, admitted];
    findings.push({
      fact: {
        fact: `How a statement is reported: "${first.verb}" or "${second.verb}"`,
        kind: 'claim',
        values: [sentenceRef(first.sentence), sentenceRef(second.sentence)],
      },
      verdict: 'disagreement',
      reasons: [
        `same statement: ${[...admitted.senses].filter((sense) => doubted.senses.has(sense)).join(', ')}`,
        `"${admitted.verb}" concedes it, "${doubted.verb}" casts doubt on it`,
      ],
    });
  }
  return findings;
}

function sameStatement(a: ReportedClaim, b: ReportedClaim): boolean {
  if (a.speaker && b.speaker && a.speaker !== b.speaker && !nearSpelling(a.speaker, b.speaker)) return false;
  let shared = 0;
  for (const sense of a.senses) if (b.senses.has(sense)) shared += 1;
  return shared >= sharedNeeded && shared >= shareOfShorter * Math.min(a.senses.size, b.senses.size);
}
