import type { LineRef } from '../../../shared/analysis.ts';
import type { FactFinding } from './finding.ts';
import type { TitledName } from './nameMentions.ts';
import { findingsFor } from './factFindings.ts';
import { pushTo } from './pushTo.ts';

// "Dr Owen Threlfall" in one article, "Professor Owen Threlfall" in another: a doctor and a professor are two
// grades, and the articles disagree on which one the person holds. The courtesy title stands right before the name
// ("Senior coroner Dr Alisdair Venn" keeps its job title apart); "Mr" and "Ms" say nothing of a grade.

interface Person extends TitledName {
  file: string;
  order: number;
  person: string;
}

interface Graded {
  grade: string;
  /** The courtesy title and the name, as written in the line: "Dr Isobel Carrick". */
  text: string;
}

const grades: Readonly<Record<string, string>> = { dr: 'Dr', doctor: 'Dr', professor: 'Professor', prof: 'Professor' };

/** The grade a courtesy title right before the name gives ("Dr", "Professor"), with the two as written. */
export function academicGrade(mention: TitledName): Graded | undefined {
  // "Dr Isobel Carrick, a consultant in sport medicine": a job after the name leaves the courtesy title outside.
  const nameStart = mention.start + mention.text.lastIndexOf(mention.name);
  const line = mention.sentence.lineText;
  // "Sports doctor Isobel Carrick" names a job; the courtesy title is written with a capital.
  const courtesy = /(\p{Lu}\p{L}*)\.?\s+$/u.exec(line.slice(Math.max(0, nameStart - 12), nameStart));
  const grade = grades[courtesy?.[1]?.toLowerCase() ?? ''];
  if (!courtesy || !grade) return undefined;
  const start = nameStart - courtesy[0].length;
  return { grade, text: line.slice(start, nameStart + mention.name.length) };
}

/** Whether the articles give one person the same grade: "Dr" in each, or "Dr" in one and "Professor" in another. */
export function academicTitleFacts(
  named: readonly Person[],
  nameOf: (mentions: readonly Person[]) => string,
): FactFinding[] {
  const byPerson = new Map<string, { mention: Person; graded: Graded }[]>();
  for (const mention of named) {
    const graded = academicGrade(mention);
    if (graded) pushTo(byPerson, mention.person, { mention, graded });
  }
  const findings: FactFinding[] = [];
  for (const mentions of byPerson.values()) {
    const first = new Map<string, { mention: Person; graded: Graded }>();
    for (const one of mentions) if (!first.has(one.mention.file)) first.set(one.mention.file, one);
    const group = [...first.values()].sort((a, b) => a.mention.order - b.mention.order);
    if (group.length < 2) continue;
    findings.push(
      ...findingsFor(group, {
        kind: 'name',
        fact: `${nameOf(mentions.map((one) => one.mention))}'s title`,
        compare: (a, b) => (a.graded.grade === b.graded.grade ? 'same' : 'different'),
        refOf: ({ mention, graded }): LineRef => ({
          file: mention.file,
          line: mention.sentence.line,
          text: graded.text,
        }),
        reasonsFor: (a, b) => [
          `same person: ${a.mention.name} / ${b.mention.name}`,
          `called ${a.graded.grade} / ${b.graded.grade}`,
        ],
      }),
    );
  }
  return findings;
}
