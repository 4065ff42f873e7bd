import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type Handlers } from '../../../src/main/api.ts';
import { invokeCall } from '../../../src/main/invokeCall.ts';
import { contentDir } from '../../support/paths.ts';

const handlers = createHandlers({ contentDir, dataDir: '/nonexistent' });

describe('invokeCall', () => {
  it('runs a valid call against the real handler', async () => {
    const result = await invokeCall(handlers, 'listArticleSets', {});
    expect(result.ok).toBe(true);
  });

  it('answers a wrong argument with BAD_ARGUMENT naming the field', async () => {
    const result = await invokeCall(handlers, 'listArticleSets', { setId: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    if (!result.ok) expect(result.error.message).toContain('setId');
    expect(await invokeCall(handlers, 'listArticleSets', 'not an object')).toMatchObject({
      error: { code: 'BAD_ARGUMENT' },
    });
  });

  it('answers an unknown call with UNKNOWN_CALL', async () => {
    expect(await invokeCall(handlers, 'deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CALL' },
    });
  });

  it('turns an exception inside a handler into INTERNAL without leaking the stack', async () => {
    const throwing: Handlers = {
      ...handlers,
      listArticleSets: () => Promise.reject(new Error('disk on fire at /secret/path')),
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await invokeCall(throwing, 'listArticleSets', {});
    quiet.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).not.toContain('/secret/path');
  });
});
