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
// A looser test with plain ranges, which runs many times faster; only a line it finds is run through the Unicode
// classes above. Every lowercase letter and every capital lies in its ranges (a test checks each code point):
// they leave out ASCII and Latin-1 marks and the punctuation block ("’", "—"), which often follow a letter.
export const mayBeGlued =
  /[a-z\u{aa}\u{b5}\u{ba}\u{c0}-\u{1fff}\u{2070}-\u{10ffff}][A-Z\u{c0}-\u{1fff}\u{2070}-\u{10ffff}]/u;

export function findCues(text: string, wordCount: number): CueMatch[] {
  const cues: CueMatch[] = [];
  if (wordCount > longestFamily) return cues;
  const unglued = mayBeGlued.test(text) ? text.replace(gluedWords, '$1 $2') : text;
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

// Plain loops: this runs for every pattern on every line, where callbacks cost more than the test itself.
function holdsAll(present: Uint8Array, needs: readonly number[][]): boolean {
  for (const clause of needs) {
    let held = false;
    for (const index of clause) {
      if (present[index] === 1) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}
