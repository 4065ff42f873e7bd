import { describe, expect, it } from 'vitest';
import { expectNoClaimBetween, expectOneClaimBetween, findIn } from './compareTexts.ts';

// One who admitted the charges was not found guilty by a court that heard the case. Sentences from a driving case,
// a fraud and an assault, beside pleas and verdicts that agree or are of two people.

describe('pleaded guilty or found guilty', () => {
  it('reports a guilty plea against a verdict, and a plea against its denial', () => {
    const plea = 'Lorry driver Dean Moss pleaded guilty to causing death by dangerous driving.';
    const verdict = 'Dean Moss was found guilty by a jury at Harlow Crown Court on Friday.';
    expectOneClaimBetween(plea, verdict);
    const admitted = 'Former finance director Helen Varley admitted four charges of fraud.';
    const convicted = 'Helen Varley, 52, was found guilty of four counts of fraud after a six-week trial.';
    expectOneClaimBetween(admitted, convicted);
    const notGuilty = 'Footballer Jay Orme, 24, of Kelby Green, pleaded not guilty to assault.';
    const guilty = 'Jay Orme pleaded guilty to assault at the hearing.';
    expectOneClaimBetween(notGuilty, guilty);
  });

  it('names both answers in the question', () => {
    const found = findIn({
      'a.txt': 'Lorry driver Dean Moss pleaded guilty to causing death by dangerous driving.',
      'b.txt': 'Dean Moss was found guilty by a jury at Harlow Crown Court on Friday.',
    });
    expect(found.disagreements.map((fact) => fact.fact)).toContain(
      'Whether the lorry driver Dean Moss pleaded guilty or was found guilty',
    );
  });

  it('stays quiet on a denial and a verdict, on pleas that agree, and on two people', () => {
    expectNoClaimBetween('Dean Moss denied the charges.', 'Dean Moss was found guilty on Friday.');
    expectNoClaimBetween('Dean Moss pleaded guilty on Monday.', 'Dean Moss admitted the offence at the first hearing.');
    expectNoClaimBetween(
      'Dean Moss pleaded guilty on Monday.',
      'His passenger, Sarah Hill, was found guilty on Friday.',
    );
  });
});
