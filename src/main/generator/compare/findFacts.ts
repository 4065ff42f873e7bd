import type { Fact } from '../../../shared/analysis.ts';
import type { ArticleText } from '../articleText.ts';
import type { FactFinding } from './finding.ts';
import { readSentences } from './lineTokens.ts';
import { senseWeights } from './senseWeights.ts';
import { findNumberFacts } from './numberFacts.ts';
import { findStageLabels } from './stageLabels.ts';
import { findDateFacts } from './dateFacts.ts';
import { publicationDate, setReferenceDate } from './publicationDate.ts';
import type { DateReferences } from './dateMentions.ts';
import { findQuoteFacts } from './quoteFacts.ts';
import { findNameFacts } from './nameFacts.ts';
import { findCharacterisations } from './characterisations.ts';

// The compare-sources finder: the same fact told differently across articles (disagreements) and told the same
// way (agreements, the clean cases). Each kind of fact has its own finder; this file only runs them in turn.

/** Every finding with its reasons, for tests and for teachers who ask why. */
export function explainFacts(
  articles: ArticleText[],
  isArticleLine: (file: string, line: number) => boolean,
  setDate?: Date,
): FactFinding[] {
  const sentences = readSentences(articles, isArticleLine);
  const weight = senseWeights(sentences);
  const references = dateReferences(articles, setDate);
  return [
    ...findNumberFacts(sentences, weight),
    ...findStageLabels(sentences),
    ...findDateFacts(sentences, weight, (file) => references.get(file) ?? {}),
    ...findQuoteFacts(articles, isArticleLine, sentences),
    ...findNameFacts(sentences),
    ...findCharacterisations(sentences),
  ];
}

/** Disagreements and agreements between the articles of one set; `setDate` is the day set.json gives, if any. */
export function findFacts(
  articles: ArticleText[],
  isArticleLine: (file: string, line: number) => boolean,
  setDate?: Date,
): { disagreements: Fact[]; agreements: Fact[] } {
  const findings = explainFacts(articles, isArticleLine, setDate);
  return {
    disagreements: findings.filter((finding) => finding.verdict === 'disagreement').map((finding) => finding.fact),
    agreements: findings.filter((finding) => finding.verdict === 'agreement').map((finding) => finding.fact),
  };
}

// Each article's dates are read against its own publication date; "yesterday" in an article without one against
// the set's date (set.json), give or take a day; years and day-month order against the set's middle date.
function dateReferences(articles: ArticleText[], setDate: Date | undefined): Map<string, DateReferences> {
  const own = new Map(articles.map((article) => [article.file, publicationDate(article)]));
  const set = setReferenceDate([...own.values()]) ?? setDate;
  return new Map(
    articles.map((article) => {
      const published = own.get(article.file);
      return [article.file, published ? { own: published, set } : { near: setDate, set }];
    }),
  );
}
