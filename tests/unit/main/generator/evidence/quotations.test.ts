import { describe, expect, it } from 'vitest';
import { quotedRanges } from '../../../../../src/main/generator/evidence/quotations.ts';

// What stands inside quotation marks is the speaker's; the seed articles mix curly and straight marks.

function quoted(text: string): string[] {
  return quotedRanges(text).map((range) => text.slice(range.start, range.end));
}

describe('quotedRanges', () => {
  it('reads curly and straight double marks, even mixed in one quotation', () => {
    const text = 'Wang Yi called the concerns "legitimate", saying they should be "taken seriously and addressed”.';
    expect(quoted(text)).toEqual(['"legitimate"', '"taken seriously and addressed”']);
  });

  it('keeps a single-quoted phrase inside a double-quoted one as one quotation', () => {
    const text = '“There are no ‘forbidden’ fields of collaboration,” the statement adds.';
    expect(quoted(text)).toEqual(['“There are no ‘forbidden’ fields of collaboration,”']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted("It’s the Games’ opening, and Russia's team is there.")).toEqual([]);
    expect(quoted("A 'friendship' with 'no limits'")).toEqual(["'friendship'", "'no limits'"]);
  });

  it('lets a quotation left open run to the end of the paragraph', () => {
    expect(quoted('He said: “We will not back down. We never have.')).toEqual([
      '“We will not back down. We never have.',
    ]);
  });
});
