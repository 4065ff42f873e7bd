import { describe, expect, it } from 'vitest';
import { sentencesOfLine } from '../../../../../src/main/generator/compare/lineTokens.ts';

// Repairs to wink's parts of speech that the finders rely on (sentences from the plant-closure fixture set).

function posOf(text: string, word: string): string | undefined {
  const tokens = sentencesOfLine('story.txt', 1, text).flatMap((sentence) => sentence.tokens);
  return tokens.find((token) => token.text === word)?.pos;
}

describe('sentencesOfLine repairs', () => {
  it('reads the word after a modal as a verb ("it will close its factory")', () => {
    const line = 'The Aarvik appliance group Solvang Home Group announced that it will close its factory in Wexmoor.';
    expect(posOf(line, 'close')).toBe('VERB');
  });

  it('reads a gerund that names a kind of thing as no verb ("washing-machine factory", "the washing machines")', () => {
    expect(posOf('It will close its washing-machine factory in Wexmoor.', 'washing')).toBe('ADJ');
    expect(posOf('The plant made 400,000 washing machines and dishwashers last year.', 'washing')).not.toBe('VERB');
    expect(posOf('Staff loaded the washing machines onto a lorry.', 'washing')).not.toBe('VERB');
    expect(posOf('Residents were seen washing cars in the street.', 'washing')).toBe('VERB');
  });
});
