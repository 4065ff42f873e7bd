import { distance } from 'fastest-levenshtein';
import type { ArticleSentence } from './lineTokens.ts';
import type { FactFinding } from './finding.ts';
import { findingsFor } from './factFindings.ts';
import { pushTo } from './pushTo.ts';

// A reference code copied wrongly: "recall notice R-2026-0417" / "recall notice R-2026-0471", "flight BA2490" /
// "flight BA2940", "case number 24/0183" / "24/0138". Outlets copy notice numbers, flight numbers, case numbers and
// call signs from one source, and a slip of a digit or two is a disagreement a reader can check. A code is filed
// under the word before it ("notice", "flight", "Rescue"); two codes of one label, of one length and at most two
// characters apart, in articles that give one code each, are one code written two ways. A bare number needs a
// capitalised label or a word that names codes ("Rescue 914", "case 2291"), since "about 400 people" is a count.

export interface CodeMention {
  sentence: ArticleSentence;
  label: string;
  code: string;
  /** The label and the code as written. */
  text: string;
  start: number;
}

const codeWords = new Set(['notice', 'number', 'no', 'flight', 'case', 'reference', 'ref', 'application', 'callsign']);
// A label, then a code with a digit: letters, digits, hyphens and slashes, no comma or point (no amount, no time).
const codeIn = /\b([A-Za-z]+)\.? +((?=[A-Z0-9/-]*\d)[A-Z0-9](?:[A-Z0-9/-]*[A-Z0-9])?)\b/gu;
const shortestCode = 3;
// Words that open a sentence before a count: "About 400 people", "In 2019", "Over 300 homes".
const openingWords = new Set(
  'about some nearly around over almost roughly just more fewer less only up at by in on from since until the all'
    .concat(' another approximately and of')
    .split(' '),
);
const year = /^(?:19|20)\d\d$/u;

/** The reference codes of one sentence. */
export function findCodeMentions(sentence: ArticleSentence): CodeMention[] {
  const text = sentence.lineText.slice(sentence.start, sentence.end);
  const found: CodeMention[] = [];
  for (const match of text.matchAll(codeIn)) {
    const [whole, label = '', code = ''] = match;
    if (code.length < shortestCode || year.test(code)) continue;
    const digitsOnly = /^\d+$/u.test(code);
    const capitalised = /^\p{Lu}/u.test(label) && (match.index > 0 || !openingWords.has(label.toLowerCase()));
    if (digitsOnly && !capitalised && !codeWords.has(label.toLowerCase())) continue;
    found.push({
      sentence,
      label: label.toLowerCase(),
      code,
      text: whole,
      start: sentence.start + match.index,
    });
  }
  return found;
}

/** Codes of one label written two ways across the articles. */
export function referenceCodeFacts(sentences: readonly ArticleSentence[]): FactFinding[] {
  const byLabel = new Map<string, CodeMention[]>();
  for (const sentence of sentences)
    for (const mention of findCodeMentions(sentence)) pushTo(byLabel, mention.label, mention);
  const findings: FactFinding[] = [];
  for (const mentions of byLabel.values()) {
    const byFile = new Map<string, CodeMention[]>();
    for (const mention of mentions) pushTo(byFile, mention.sentence.file, mention);
    // An article that gives two codes of one label may be naming two things.
    const one = [...byFile.values()]
      .filter((own) => new Set(own.map((mention) => mention.code)).size === 1)
      .map((own) => own[0] as CodeMention);
    const codes = [...new Set(one.map((mention) => mention.code))];
    if (codes.length !== 2) continue;
    const [a = '', b = ''] = codes;
    if (a.length !== b.length || distance(a, b) > 2) continue;
    const group = one.sort((x, y) => x.sentence.order - y.sentence.order || x.start - y.start);
    const lead = group[0];
    if (!lead) continue;
    findings.push(
      ...findingsFor(group, {
        kind: 'name',
        fact: `How the ${lead.label} code is written`,
        compare: (x, y) => (x.code === y.code ? 'same' : 'different'),
        refOf: (mention) => ({ file: mention.sentence.file, line: mention.sentence.line, text: mention.text }),
        reasonsFor: (x, y) => [`one code, two writings: ${x.code} / ${y.code}`, 'each article gives one'],
      }),
    );
  }
  return findings;
}
