import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../../src/main/desktop/appFiles.ts';

const root = '/opt/crossread/out/renderer';

describe('resolveAppFile', () => {
  it('maps app paths into the renderer folder', () => {
    expect(resolveAppFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, '/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
  });

  it.each([
    '/../package.json',
    '/assets/../../main/index.js',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveAppFile(root, path)).toBeUndefined();
  });
});
