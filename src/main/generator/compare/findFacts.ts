import type { Fact } from '../../../shared/analysis.ts';
import type { ArticleText } from '../articleText.ts';
import type { FactFinding } from './finding.ts';
import { readSentences } from './lineTokens.ts';
import { senseWeights } from './senseWeights.ts';
import { findNumberFacts } from './numberFacts.ts';
import { findOrdinalFacts } from './ordinalFacts.ts';
import { findStageLabels } from './stageLabels.ts';
import { findDateFacts } from './dateFacts.ts';
import { findThingAges } from './thingAges.ts';
import { publicationDate, setReferenceDate } from './publicationDate.ts';
import type { DateReferences } from './dateMentions.ts';
import { findQuoteFacts } from './quoteFacts.ts';
import { findNameFacts } from './nameFacts.ts';
import { findCharacterisations } from './characterisations.ts';
import { findFrameFillerFacts } from './frameFillers.ts';

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
  const characterisations = findCharacterisations(sentences);
  const dates = findDateFacts(sentences, weight, (file) => references.get(file) ?? {});
  const yearOf = (file: string): number | undefined => {
    const { own, near, set } = references.get(file) ?? {};
    return (own ?? near ?? set)?.getUTCFullYear();
  };
  const findings = [
    ...findNumberFacts(sentences, weight),
    ...findOrdinalFacts(sentences),
    // A step named by its number ("phase 2") and the same step told in words ("late-stage") are one fact, which the
    // characterisations (trialPhases.ts) tell whole.
    ...findStageLabels(sentences).filter((finding) => !toldBy(finding, characterisations)),
    ...dates,
    // "Built in 1962" / "built in 1965" may already be a date finding: told once, as a date. Another date on the
    // line ("had its cladding replaced in 2019") tells something else.
    ...findThingAges(sentences, yearOf).filter((finding) => !toldAsDate(finding, dates)),
    ...findQuoteFacts(articles, isArticleLine, sentences),
    ...findNameFacts(sentences),
    ...characterisations,
  ];
  // A frame filled two ways is read last: a difference another finder already tells is told once, as its own. (An
  // agreement on the same lines, a title both give, is no such difference.)
  const differences = findings.filter((finding) => finding.verdict === 'disagreement');
  return [...findings, ...findFrameFillerFacts(sentences).filter((finding) => !toldBy(finding, differences))];
}

/** Whether another finding tells the same thing: a value in every article of this one, and a line in common. */
function toldBy(finding: FactFinding, others: readonly FactFinding[]): boolean {
  const values = finding.fact.values;
  return others.some((other) => {
    const theirs = other.fact.values;
    const sameArticles = values.every((value) => theirs.some((their) => their.file === value.file));
    const lineInCommon = values.some((value) =>
      theirs.some((their) => their.file === value.file && their.line === value.line),
    );
    return sameArticles && lineInCommon;
  });
}

/** Whether a date finding tells the same thing in the finding's own words ("1962" in "built in 1962"). */
function toldAsDate(finding: FactFinding, dates: readonly FactFinding[]): boolean {
  const inItsWords = dates.filter((date) => wordsInCommon(date, finding));
  return toldBy(finding, inItsWords);
}

/** Whether the two findings give a value in words of one another's, on one line. */
function wordsInCommon(one: FactFinding, other: FactFinding): boolean {
  return one.fact.values.some((value) =>
    other.fact.values.some(
      (their) =>
        their.file === value.file &&
        their.line === value.line &&
        (their.text.includes(value.text) || value.text.includes(their.text)),
    ),
  );
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
