import { describe, expect, it } from 'vitest';
import { factValuesWithOtherNews } from './compareTexts.ts';

// "14 of the port's 40 cranes": a part and the whole it is of. A bare count equal to the part is that part, not the
// whole; two wholes of one kind are one whole, whatever part each article takes of it. Sentences from ports
// and fire services, beside lines on other news.

const numbers = (texts: Record<string, string>) => factValuesWithOtherNews(texts, 'number');

describe('wholes and their parts', () => {
  it('does not set a count against the whole its equal is a part of', () => {
    const found = numbers({
      'a.txt': 'Inspectors found cracks in 14 of the 40 cranes at the port, the harbour board said.',
      'b.txt': 'Inspectors who visited the port in March found cracks in 14 cranes, the board said.',
      'c.txt': 'Inspectors found cracks in nine of the cranes at the port.',
    });
    expect(found.disagreements.flat()).not.toContain('40');
    expect(found.disagreements).toEqual([['14', 'nine']]);
  });

  it('reads two wholes as one whole, set apart from the parts', () => {
    const found = numbers({
      'a.txt': 'The county council voted to close four village fire stations on Tuesday.',
      'b.txt': 'Four of the county’s 21 fire stations will be closed under the plan.',
      'c.txt': 'The plan shuts three stations. That is one in seven of the county’s 24 fire stations gone.',
    });
    expect(found.disagreements).toEqual([['21', '24']]);
  });
});
