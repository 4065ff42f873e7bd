import { describe, expect, it } from 'vitest';
import { skillNames, skillOrder } from '../../../src/renderer/src/lib/skillNames.ts';
import { skills } from '../../../src/shared/items.ts';

describe('the skills as the screens list them', () => {
  it('are the shared skills, in the same order, each with a name', () => {
    expect(skillOrder).toEqual(skills);
    expect(Object.keys(skillNames)).toEqual([...skills]);
  });
});
