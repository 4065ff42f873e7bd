import type { LineRef } from '../../../shared/analysis.ts';
import type { ArticleSentence, Token } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { readNumeral } from './numberWords.ts';

// "a Phase 3 study" / "a phase 2 trial", "a category 4 hurricane" / "category 5", "stage 3 cancer" / "stage 2": a
// number after a word for a step on a scale names which step, as a name would, and counts nothing
// (`numberMentions.ts` leaves it out). Two articles that each name one step of the same scale disagree if the
// steps differ. An article that names two steps of one scale ("phase 2 results led to a phase 3 trial") tells of
// both and takes no side. A star is a step of its own: a "Grade II*" listed building is listed higher than a
// "Grade II" one.

const scales = new Set(['phase', 'stage', 'category', 'level', 'grade', 'tier']);
const romanSteps: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

interface StageLabel {
  file: string;
  order: number;
  line: number;
  scale: string;
  /** The step, with its star if it has one: "2", "2*". */
  step: string;
  text: string;
  /** Length of its sentence: the body's fuller sentence is shown rather than a standfirst's. */
  told: number;
}

/** The step named at token `at`, if a word for a scale stands there: "Phase 3", "category IV", "stage two". */
function labelAt(sentence: ArticleSentence, at: number): StageLabel | undefined {
  const tokens = sentence.tokens;
  const word = tokens[at];
  const next = tokens[at + 1];
  if (!word || !next || !scales.has(word.lower)) return undefined;
  const step = stepOf(tokens, at + 1);
  if (step === undefined) return undefined;
  const star = tokens[at + 2];
  const starred = star?.text === '*' && star.start === next.end;
  return {
    file: sentence.file,
    order: sentence.order * 1000 + at,
    line: sentence.line,
    scale: word.lower,
    step: starred ? `${step}*` : String(step),
    text: sentence.lineText.slice(word.start, starred ? star.end : next.end),
    told: sentence.end - sentence.start,
  };
}

function stepOf(tokens: Token[], at: number): number | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  const roman = /^[IVX]+$/.test(token.text) ? romanSteps[token.lower] : undefined;
  if (roman !== undefined) return roman;
  const numeral = readNumeral(tokens, at);
  return numeral && numeral.last === at && numeral.low === numeral.high && numeral.low < 20 ? numeral.low : undefined;
}

/** Steps of one scale that articles name differently, and the same. */
export function findStageLabels(sentences: readonly ArticleSentence[]): FactFinding[] {
  // Each article's labels per scale, in reading order.
  const byScale = new Map<string, Map<string, StageLabel[]>>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((_, at) => {
      const label = labelAt(sentence, at);
      if (!label) return;
      const articles = byScale.get(label.scale) ?? new Map<string, StageLabel[]>();
      byScale.set(label.scale, articles);
      const own = articles.get(label.file) ?? [];
      articles.set(label.file, own);
      own.push(label);
    });
  }
  const findings: FactFinding[] = [];
  for (const [scale, articles] of byScale) {
    const group = [...articles.values()]
      .filter((labels) => new Set(labels.map((label) => label.step)).size === 1)
      .map((labels) => labels.reduce((best, label) => (label.told > best.told ? label : best)));
    if (group.length < 2) continue;
    findings.push(
      ...findingsFor(group, {
        kind: 'claim',
        fact: `Which ${scale}`,
        compare: (a, b) => (a.step === b.step ? 'same' : 'different'),
        refOf,
        reasonsFor: (a, b) => [`each article names one ${scale}: ${a.text} / ${b.text}`],
      }),
    );
  }
  return findings;
}

function refOf(label: StageLabel): LineRef {
  return { file: label.file, line: label.line, text: label.text };
}
