import type { Analysis } from '../../../shared/analysis.ts';
import type { ArticleText } from '../articleText.ts';
import { readArticleSpelling } from './articleSpelling.ts';
import { judgeSentence, readSentence, type EvidenceVerdict } from './judgeSentence.ts';
import { requestLeftUnanswered } from './missingEvidenceCues.ts';
import { claimWindow, linkClaim, type ClaimLink } from './linkClaim.ts';
import { followPronouns } from './pronounSources.ts';
import { wordsOf, type SentenceReading } from './sentenceRule.ts';
import { readEvidenceSentences } from './sentenceTokens.ts';

// The check-the-evidence finder: for every sentence of every article line, is its claim flagged by the article
// as unproven, vaguely attributed, the writer's speculation, or supported by a named source? Chrome lines are
// skipped (isArticleLine comes from the clutter classifier).

export type IsArticleLine = (file: string, line: number) => boolean;

export interface JudgedSentence {
  reading: SentenceReading;
  verdict: EvidenceVerdict;
  /** For a flagged sentence: the earlier claim it refers to. */
  claim?: ClaimLink;
}

/** Every article sentence with its verdict and the reasons behind it, in reading order. */
export function judgeArticle(article: ArticleText, isArticleLine: IsArticleLine): JudgedSentence[] {
  const sentences = article.lines
    .filter((line) => isArticleLine(article.file, line.line))
    .flatMap((line) => readEvidenceSentences(line));
  // Two passes, both linear: how the article spells its words (names or everyday words), then each sentence read
  // with that in hand, and "she said" followed back to the person the article named.
  const spelling = readArticleSpelling(sentences);
  const readings = followPronouns(sentences.map((sentence) => readSentence({ ...sentence, spelling })));
  const judged: JudgedSentence[] = readings.map((reading) => ({ reading, verdict: judgeSentence(reading) }));
  judged.forEach((entry, index) => {
    const before = judged[index - 1];
    if (before) answerToRequest(before.reading, entry);
  });
  judged.forEach((entry, index) => {
    if (entry.verdict.kind !== 'flagged' || !entry.verdict.cue) return;
    const earlier = judged.slice(Math.max(0, index - claimWindow), index).map((e) => ({
      reading: e.reading,
      unsourced: e.verdict.kind === 'vague_attribution' || e.verdict.kind === 'speculation',
    }));
    const claim = linkClaim(entry.reading, entry.verdict.cue, earlier);
    if (claim) entry.claim = claim;
  });
  return judged;
}

/** "We asked for the document. It has not provided one.": the second sentence is flagged, its claim the request's. */
function answerToRequest(request: SentenceReading, entry: JudgedSentence): void {
  if (entry.verdict.kind === 'flagged') return;
  const found = requestLeftUnanswered(request.sentence, entry.reading.sentence);
  if (!found?.cue) return;
  entry.verdict = {
    kind: 'flagged',
    score: found.score,
    cue: found.cue,
    reasons: [`request left unanswered (+${found.score}): ${found.reason}`, ...entry.verdict.reasons],
  };
}

export function findEvidence(
  articles: readonly ArticleText[],
  isArticleLine: IsArticleLine,
): { unsupported: Analysis['unsupported']; supported: Analysis['supported'] } {
  const unsupported: Analysis['unsupported'] = [];
  const supported: Analysis['supported'] = [];
  for (const article of articles) {
    const judged = judgeArticle(article, isArticleLine);
    // The claim a flagged sentence points at is unproven by the article's own account, so it is no clean case.
    const claims = new Set(judged.flatMap((entry) => (entry.claim ? [entry.claim.reading] : [])));
    for (const { reading, verdict, claim } of judged) {
      const { sentence } = reading;
      const ref = { file: sentence.file, line: sentence.line, text: sentence.text };
      if (verdict.kind === 'supported' && verdict.source && !claims.has(reading)) {
        supported.push({ ...ref, source: wordsOf(sentence, verdict.source) });
      } else if (verdict.kind !== 'supported' && verdict.kind !== 'none' && verdict.cue) {
        const entry: Analysis['unsupported'][number] = {
          ...ref,
          kind: verdict.kind,
          cue: wordsOf(sentence, verdict.cue),
        };
        if (claim) {
          const target = claim.reading.sentence;
          entry.claim = { file: target.file, line: target.line, text: target.text };
        }
        unsupported.push(entry);
      }
    }
  }
  return { unsupported, supported };
}
