import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../../src/shared/csp.ts';
import { projectRoot } from '../../support/paths.ts';

describe('the content security policy', () => {
  it('allows no remote origin, no inline script and no eval', () => {
    for (const policy of [contentSecurityPolicy, contentSecurityPolicyMeta]) {
      expect(policy).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval|wasm-unsafe-eval/);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
    }
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it('is the same in index.html as in src/shared/csp.ts', async () => {
    const html = await readFile(join(projectRoot, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicyMeta);
  });
});
