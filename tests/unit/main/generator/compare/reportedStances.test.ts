import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';
import { findReportedClaims } from '../../../../../src/main/generator/compare/reportedStances.ts';
import { findIn } from './compareTexts.ts';

// A statement reported as conceded ("admitted") in one article and as a mere claim ("claimed") in another.
// Sentences from the plant-closure fixture set, and look-alikes that must stay quiet.

const admitted = 'Solvang chief Magnus Erlandson admitted the factory had been losing money for three years.';
const claimed = 'He claimed the plant had lost money in each of the past three years.';

function reports(text: string): string[] {
  return sentencesOfLine('story.txt', 1, text).flatMap((sentence) =>
    findReportedClaims(sentence).map((claim) => `${claim.stance} ${claim.verb} ${claim.speaker ?? '-'}`),
  );
}

describe('findReportedClaims', () => {
  it('reads the stance of the reporting verb and who said it', () => {
    expect(reports(admitted)).toEqual(['conceded admitted erlandson']);
    expect(reports(claimed)).toEqual(['doubted claimed -']);
    expect(reports('The company also claims that no other factories in the group are in danger.')).toEqual([
      'doubted claims compan',
    ]);
  });

  it('leaves out a denial, a verb inside a quotation and a verb with nothing reported after it', () => {
    expect(reports('Erlandsen did not admit that the plant had lost money.')).toEqual([]);
    expect(reports('"Nobody here ever admitted the plant was losing money," one worker said.')).toEqual([]);
    expect(reports('The losses were smaller than claimed.')).toEqual([]);
  });
});

describe('findReportedStanceFacts', () => {
  it('reports one statement conceded in one article and claimed in another', () => {
    const { disagreements } = findIn({ 'thunder.txt': admitted, 'ardle.txt': claimed });
    expect(disagreements.map((fact) => fact.fact)).toEqual(['How a statement is reported: "admitted" or "claimed"']);
  });

  it('says nothing when two named speakers report it, or when the statements differ', () => {
    const other = findIn({
      'a.txt': admitted,
      'b.txt': 'Union convenor Gary Lomax claimed the plant had lost money in each of the past three years.',
    });
    expect(other.disagreements).toEqual([]);
    const different = findIn({
      'a.txt': admitted,
      'b.txt': 'He claimed the new plant in Kostrava would hire 600 workers next year.',
    });
    expect(different.disagreements).toEqual([]);
  });
});
