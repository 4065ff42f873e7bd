import { describe, expect, it } from 'vitest';
import { factInSentence } from '../../../../../src/main/generator/items/compareWording.ts';

// A fact's heading is set inside a prompt ("Two articles report ..."): it must read as the object of "report".

describe('a fact inside a sentence', () => {
  const none = new Set<string>();

  it('turns a count into "the number of" what is counted', () => {
    expect(factInSentence('How many Russian troops on the Ukrainian border', none)).toBe(
      'the number of Russian troops on the Ukrainian border',
    );
    expect(factInSentence('How many ambulances', none)).toBe('the number of ambulances');
  });

  it('leaves a question with a clause after its colon, and other headings, as they are', () => {
    expect(factInSentence('How many: Shaw was third with …', none)).toBe('how many: Shaw was third with …');
    expect(factInSentence('When the attack began', new Set(['when']))).toBe('when the attack began');
  });
});
