import { cueFamilies } from './cuePhrases.ts';
import { compileLiteralScanner } from './literalScanner.ts';
import { requiredLiterals } from './patternLiterals.ts';

// Finds the chrome cue phrases of one line (see cuePhrases.ts). There are a few hundred patterns and every line of
// every article meets them, so the strings each pattern needs are read from it once, here, and one scan of the
// line for all of them tells which patterns to run: a pattern whose strings the line lacks cannot match it.

export interface CueMatch {
  family: string;
  phrase: string;
}

interface CuePattern {
  pattern: RegExp;
  /** Clauses of indexes into `literals`: a matching line holds one string of each clause. */
  needs: number[][];
}

const literals: string[] = [];
const literalIndex = new Map<string, number>();
const families = cueFamilies.map((family) => ({
  name: family.name,
  maxWords: family.maxWords,
  patterns: family.patterns.map((pattern): CuePattern => ({ pattern, needs: indexClauses(pattern) })),
}));
const scan = compileLiteralScanner(literals);
const longestFamily = Math.max(...cueFamilies.map((family) => family.maxWords));

function indexClauses(pattern: RegExp): number[][] {
  return requiredLiterals(pattern).map((clause) =>
    clause.map((text) => {
      let index = literalIndex.get(text);
      if (index === undefined) {
        index = literals.push(text) - 1;
        literalIndex.set(text, index);
      }
      return index;
    }),
  );
}

// Copying a page often glues link texts together ("Share to TwitterShare to Facebook", "e-fuelsImage: dpa").
// Where a lowercase letter runs into a capital, the cues are also looked for with the two words pulled apart.
const gluedWords = /(\p{Ll})(\p{Lu})/gu;

export function findCues(text: string, wordCount: number): CueMatch[] {
  const cues: CueMatch[] = [];
  if (wordCount > longestFamily) return cues;
  const unglued = text.replace(gluedWords, '$1 $2');
  const inText = scan(text);
  const inUnglued = unglued === text ? undefined : scan(unglued);
  for (const family of families) {
    if (wordCount > family.maxWords) continue;
    for (const { pattern, needs } of family.patterns) {
      const match =
        (holdsAll(inText, needs) ? pattern.exec(text) : null) ??
        (inUnglued && holdsAll(inUnglued, needs) ? pattern.exec(unglued) : null);
      if (match) cues.push({ family: family.name, phrase: match[0].trim() });
    }
  }
  return cues;
}

function holdsAll(present: Uint8Array, needs: readonly number[][]): boolean {
  return needs.every((clause) => clause.some((index) => present[index] === 1));
}
