import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api.ts';
import { callNames } from '../../../src/shared/calls.ts';
import { contract } from '../../../src/shared/contract.ts';
import { contentDir } from '../../support/paths.ts';

describe('the contract registry', () => {
  it('has exactly one schema entry and one handler for every call name', () => {
    const handlers = createHandlers({ contentDir, dataDir: '/nonexistent' });
    expect(Object.keys(contract).sort()).toEqual([...callNames].sort());
    expect(Object.keys(handlers).sort()).toEqual([...callNames].sort());
  });

  it("validates each handler's real result against the call's result schema", async () => {
    const handlers = createHandlers({ contentDir, dataDir: '/nonexistent' });
    const result = await handlers.listArticleSets({});
    if (!result.ok) throw new Error(result.error.message);
    expect(contract.listArticleSets.result.safeParse(result.value).success).toBe(true);
  });
});
