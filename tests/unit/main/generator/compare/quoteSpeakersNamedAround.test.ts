import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../../src/main/generator/compare/quoteMentions.ts';
import { findIn } from './compareTexts.ts';

// Who speaks a quotation when the name carries accents or follows the job ("the club's chair, Ingrid Wahlstrom,
// said: ..."), and one statement quoted by two articles that spell the speaker differently and word the apology
// differently. Phrasings from sport, business, schools and health, beside different statements that stay apart.

const speakerOf = (line: string) => findQuotations('a.txt', 1, line)[0]?.speaker;

describe('the speaker named around the job', () => {
  it('reads a name with accents before its job, and a name after its job', () => {
    expect(speakerOf('Ingrid Valström, the board’s chief executive, said: "We got this wrong."')).toBe(
      'Ingrid Valström',
    );
    expect(speakerOf('José Núñez, a club director, told reporters: "The deal is done."')).toBe('José Núñez');
    expect(speakerOf('KQB’s chair, Ingrid Wahlstrom, said in a short statement: "We got it wrong."')).toBe(
      'Ingrid Wahlstrom',
    );
    expect(speakerOf('The hospital’s medical director, Dr Ama Owusu, said: "Wards are full."')).toBe('Dr Ama Owusu');
  });

  it('finds no name where a job alone speaks', () => {
    expect(speakerOf('The club’s chair, speaking on Monday, said: "The deal is done."')).toBeUndefined();
  });
});

describe('one apology, two wordings, a speaker spelt two ways', () => {
  const apology = (second: string) =>
    findIn({
      'a.txt':
        'Ingrid Valström, the board’s chief executive, said: "We got this wrong and I apologise unreservedly to every student affected."',
      'b.txt': second,
    }).disagreements.filter((fact) => fact.kind === 'quote');

  it('reports the drift when each article quotes the speaker once', () => {
    const found = apology(
      'KQB’s chair, Ingrid Wahlstrom, said in a short statement: "We got it wrong and we are sorry for the stress this has caused."',
    );
    expect(found).toHaveLength(1);
  });

  it('keeps apart another person’s words on the same subject', () => {
    const found = apology(
      'The union’s leader, Tomas Brekke, said: "They got it wrong and they should be sorry for the stress this has caused."',
    );
    expect(found).toEqual([]);
  });
});
