import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// Whether the police treat what happened as a crime, told one way by one article and the other way by another:
// first met on the festival-stage and gas-explosion sets ("no suggestion of criminality at this stage" / "opened a
// criminal investigation"), written here with sentences from other kinds of story.

const claims = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'claim').disagreements;

describe('whether the police treat it as a crime', () => {
  it('disagrees when one article rules a crime out and another reports a criminal inquiry', () => {
    expect(
      claims({
        'a.txt': 'Police said the warehouse fire in Dunmore was not being treated as suspicious.',
        'b.txt': 'Detectives are treating the Dunmore warehouse fire as suspicious.',
      }),
    ).toEqual([
      [
        'Police said the warehouse fire in Dunmore was not being treated as suspicious.',
        'Detectives are treating the Dunmore warehouse fire as suspicious.',
      ],
    ]);
    expect(
      claims({
        'a.txt': 'Hartley Police said there was "no evidence of wrongdoing" by the care home staff.',
        'b.txt': 'Cops have opened a manslaughter investigation into the death at the care home.',
      }),
    ).toHaveLength(1);
  });

  it('leaves a plain investigation, which police open into every death, beside no suggestion of crime', () => {
    expect(
      claims({
        'a.txt': 'Police said there was no suggestion of criminality in the climber’s death.',
        'b.txt': 'Police have launched an investigation into the climber’s death on Ben Arden.',
      }),
    ).toEqual([]);
  });

  it('takes no side for an article that tells both, or a body that is not the police', () => {
    expect(
      claims({
        'a.txt':
          'Police said there was no suggestion of criminality so far, but a criminal investigation could follow.',
        'b.txt': 'Officers have opened a criminal investigation into the crash at Tarn Bridge.',
      }),
    ).toEqual([]);
    expect(
      claims({
        'a.txt': 'The regulator said it had found no evidence of wrongdoing at the Tarn Bridge depot.',
        'b.txt': 'Officers have opened a criminal investigation into the crash at Tarn Bridge.',
      }),
    ).toEqual([]);
  });
});
