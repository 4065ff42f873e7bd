import { describe, expect, it } from 'vitest';
import { itemId } from '../../../../../src/main/generator/items/itemId.ts';
import type { EvidencePassage } from '../../../../../src/shared/items.ts';

// Results are stored against ids, so an id may change only when what the item asks about changes.

const proof: EvidencePassage = { file: '001_4b2cff3ecd599e03.txt', line: 5, text: 'up to 130,000', start: 19, end: 32 };
const other: EvidencePassage = {
  file: '000_3309193dad904053.txt',
  line: 11,
  text: 'Approximately 100,000',
  start: 0,
  end: 21,
};

describe('itemId', () => {
  it('reads "<skill>-<12 hex digits>" and is the same for the same kind and evidence', () => {
    const id = itemId('compare', 'compare-pair', [other, proof]);
    expect(id).toMatch(/^compare-[0-9a-f]{12}$/);
    expect(itemId('compare', 'compare-pair', [other, proof])).toBe(id);
  });

  it('does not depend on the order the passages were collected in', () => {
    expect(itemId('compare', 'compare-pair', [proof, other])).toBe(itemId('compare', 'compare-pair', [other, proof]));
  });

  it('changes with the kind of item or with any passage', () => {
    const id = itemId('compare', 'compare-pair', [other, proof]);
    expect(itemId('compare', 'compare-attribution', [other, proof])).not.toBe(id);
    expect(itemId('compare', 'compare-pair', [other, { ...proof, line: 6 }])).not.toBe(id);
    expect(itemId('compare', 'compare-pair', [other])).not.toBe(id);
  });
});
